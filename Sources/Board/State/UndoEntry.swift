import Pipeline

/// A saved change this session can take back: what kind it was and the deal before and after.
public struct UndoEntry: Sendable, Hashable {
    /// What the change was, which decides how it is taken back.
    public enum Kind: Sendable, Hashable {
        /// A move, won or lost: its history entry is marked undone and the deal restored.
        case stageChange(StageChange)
        /// Fields changed with `e`: the fields go back to `before`.
        case dealEdited
        /// A deal created with `n`: undo deletes it, redo creates it again with the same id.
        case dealCreated
    }

    public var kind: Kind
    public var before: Deal
    public var after: Deal
    /// What happened, for messages: "Moved Acme renewal to Contact".
    public var summary: String

    public init(change: StageChange, before: Deal, after: Deal, summary: String) {
        self.init(kind: .stageChange(change), before: before, after: after, summary: summary)
    }

    public init(kind: Kind, before: Deal, after: Deal, summary: String) {
        self.kind = kind
        self.before = before
        self.after = after
        self.summary = summary
    }

    /// The history entry of a stage change; nil for edits and creations.
    public var change: StageChange? {
        if case .stageChange(let change) = kind { return change }
        return nil
    }

    /// Taking back (or putting again) a stage change that left the deal open on both sides is a
    /// move between lanes: the deal goes from `after` to `before` (undone) or the other way (redone).
    public func move(undone: Bool) -> SavedMove? {
        guard change != nil, before.status == .open, after.status == .open else { return nil }
        return undone ? SavedMove(before: after, after: before) : SavedMove(before: before, after: after)
    }
}
