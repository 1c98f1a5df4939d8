/// A change the store has saved: what to say, what can be undone, and where the deal is now.
public struct SavedChange: Sendable, Hashable {
    public var message: String
    public var undo: UndoEntry?
    public var dealID: Int64
    /// The stage whose lane now holds the deal; nil when it left the board (won, lost).
    public var stageID: Int64?
    /// Set when the change was a move and nothing else: the board then updates the two lanes only.
    public var move: SavedMove?
    /// True when the selection goes to the deal in its new lane; false for a deal sent on to the end
    /// of another lane (L, H, m), where the selection stays on the card that took its place.
    public var selectsDeal: Bool

    public init(
        message: String, undo: UndoEntry? = nil, dealID: Int64, stageID: Int64?, move: SavedMove? = nil, selectsDeal: Bool = true
    ) {
        self.message = message
        self.undo = undo
        self.dealID = dealID
        self.stageID = stageID
        self.move = move
        self.selectsDeal = selectsDeal
    }
}
