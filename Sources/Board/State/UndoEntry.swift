import Pipeline

/// A saved stage change this session can take back: the history entry and the deal before and after.
public struct UndoEntry: Sendable, Hashable {
    public var change: StageChange
    public var before: Deal
    public var after: Deal
    /// What happened, for messages: "Moved Acme renewal to Contact".
    public var summary: String

    public init(change: StageChange, before: Deal, after: Deal, summary: String) {
        self.change = change
        self.before = before
        self.after = after
        self.summary = summary
    }
}
