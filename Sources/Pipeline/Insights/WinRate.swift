/// Won deals against all closed deals (won or lost).
public struct WinRate: Hashable, Sendable {
    public var won: Int
    public var lost: Int

    public init(won: Int = 0, lost: Int = 0) {
        self.won = won
        self.lost = lost
    }

    /// Deals that are closed either way.
    public var closed: Int { won + lost }

    /// Won of closed; nil with fewer than five closed deals.
    public var share: DealShare { DealShare(part: won, whole: closed) }
}
