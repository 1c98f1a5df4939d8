import Wording

/// Why a deal is in today's review, most urgent first.
public enum ReviewReason: String, Sendable, Hashable, CaseIterable, Comparable {
    case overdueActivity = "overdue_activity"
    case activityDueToday = "activity_due_today"
    case stalled
    case noNextStep = "no_next_step"
    case hotLeadNoContact = "hot_no_contact"
    case pastExpectedClose = "past_expected_close"
    /// A deal parked in Revisit whose revisit day has come.
    case revisitDue = "revisit_due"
    /// The weekly sweep: open longer than the usual sales cycle, worth parking.
    case parkSuggested = "park_suggested"

    /// The words in English, as the review's JSON (`reason_text`) and the review screen say them.
    public var label: String { shownName.rendered(in: .english) }

    /// The words in any language: `funnel review --print` in Chinese.
    public var shownName: Text {
        switch self {
        case .overdueActivity: .reasonOverdueActivity
        case .activityDueToday: .reasonActivityDueToday
        case .stalled: .reasonStalled
        case .noNextStep: .reasonNoNextStep
        case .hotLeadNoContact: .reasonHotLeadNoContact
        case .pastExpectedClose: .reasonPastExpectedClose
        case .revisitDue: .reasonRevisitDue
        case .parkSuggested: .reasonParkSuggested
        }
    }

    public static func < (lhs: ReviewReason, rhs: ReviewReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
