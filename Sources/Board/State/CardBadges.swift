/// What the stalled-deals work adds to a card: the next-activity state and the stalled flag.
///
/// The card keeps a slot for each even while nothing fills them, so adding them later
/// changes no layout.
public struct CardBadges: Sendable, Hashable {
    public var nextActivity: NextActivity
    public var stalled: Bool

    public init(nextActivity: NextActivity = .unknown, stalled: Bool = false) {
        self.nextActivity = nextActivity
        self.stalled = stalled
    }

    /// Whether something is planned for the deal.
    public enum NextActivity: Sendable, Hashable {
        /// Not known yet (nothing reports activities): the slot stays blank.
        case unknown
        case none
        case planned
        case dueToday
        case overdue

        /// One column: blank, `○` none planned, `◷` planned, `●` due today, `!` overdue.
        public var symbol: String {
            switch self {
            case .unknown: " "
            case .none: "○"
            case .planned: "◷"
            case .dueToday: "●"
            case .overdue: "!"
            }
        }
    }
}
