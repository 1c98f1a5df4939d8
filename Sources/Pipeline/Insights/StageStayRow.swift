/// One row a deal adds to a store's kept stage stays: one of its stays, and whether the deal is
/// won now (a kept stay counts among the won stays of its stage while its deal is won).
///
/// A store keeps every deal's rows summed (`StageStayGroup`) and the ended stays' lengths per
/// stage. When a write changes a deal's history or status, the store takes the deal's rows from
/// before the write away and adds its rows after (`StageStayChange`): every engine keeps the sums
/// by this one rule, `StageStay.forEachStay`, and none restates it in its own language.
public struct StageStayRow: Hashable, Sendable {
    /// The stay: its stage, how and where it ended, and its seconds (nil while it lasts).
    public var stay: StageStay
    /// True when the deal is won now.
    public var won: Bool

    public init(stay: StageStay, won: Bool) {
        self.stay = stay
        self.won = won
    }

    /// One deal's rows, from its history oldest first without undone entries (`StageFlowTally.Event`s,
    /// as a store reads them) and whether it is won now.
    public static func rows(of events: [StageFlowTally.Event], dealWon: Bool) -> [StageStayRow] {
        var rows: [StageStayRow] = []
        StageStay.forEachStay(of: events) { rows.append(StageStayRow(stay: $0, won: dealWon)) }
        return rows
    }

    /// One deal's rows from its history entries as the store keeps them (any order, undone ones
    /// included: they are left out here) and whether it is won now.
    public static func rows(of history: [StageChange], dealWon: Bool) -> [StageStayRow] {
        rows(of: StageFlowTally.events(of: history), dealWon: dealWon)
    }
}
