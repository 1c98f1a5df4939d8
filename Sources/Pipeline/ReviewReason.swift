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

    /// Words for the review screen and `funnel review --print`.
    public var label: String {
        switch self {
        case .overdueActivity: "overdue activity"
        case .activityDueToday: "activity due today"
        case .stalled: "stalled"
        case .noNextStep: "no next step"
        case .hotLeadNoContact: "hot lead, no contact in 7 days"
        case .pastExpectedClose: "past expected close date"
        case .revisitDue: "revisit date reached"
        case .parkSuggested: "open longer than the usual sales cycle: park it?"
        }
    }

    public static func < (lhs: ReviewReason, rhs: ReviewReason) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
