import Wording

/// Where a deal's next step stands today: overdue, due today, upcoming, or missing.
public enum NextActivityState: String, Sendable, Hashable, CaseIterable, Comparable {
    case overdue
    case dueToday = "today"
    case upcoming
    /// No planned activity: the deal has no next step.
    case none

    /// A one-column symbol that reads without colour.
    public var symbol: String {
        switch self {
        case .overdue: "!"
        case .dueToday: "●"
        case .upcoming: "◷"
        case .none: "○"
        }
    }

    /// Words for lists and the review: "overdue", "due today", "upcoming", "no next step".
    public var label: String { name.rendered(in: .english) }

    /// The state as a person reads it, in the table's languages.
    public var name: Text {
        switch self {
        case .overdue: .activityOverdue
        case .dueToday: .activityDueToday
        case .upcoming: .activityUpcoming
        case .none: .activityNoNextStep
        }
    }

    /// Most urgent first.
    public static func < (lhs: NextActivityState, rhs: NextActivityState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
