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
    public var label: String {
        switch self {
        case .overdue: "overdue"
        case .dueToday: "due today"
        case .upcoming: "upcoming"
        case .none: "no next step"
        }
    }

    /// Most urgent first.
    public static func < (lhs: NextActivityState, rhs: NextActivityState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
