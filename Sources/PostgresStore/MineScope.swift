import Foundation
import FunnelStore
import Pipeline

/// "My deals" (the board's `o`, `Salesperson.owns`) as a condition on `deal`: no owner, or one of the stored
/// spellings of the salesperson's name.
///
/// As `ReportScope`, an owner matches when both sides are equal in Swift's Unicode lower case, whatever the
/// server's collation would fold. The stored spellings of open deals are walked through the owner index
/// (`deal_on_open_owner`) one distinct owner at a time, so finding them costs a probe per owner, not a pass
/// over the deals.
struct MineScope {
    /// The stored owners of open deals that are the salesperson's name in another case (or the same).
    let spellings: [String]

    init(_ session: ServerSession, mine: Salesperson) throws {
        spellings = try session.rows("""
            WITH RECURSIVE owners(owner) AS (
                SELECT min(owner) FROM deal WHERE status = 'open'
                UNION ALL
                SELECT (SELECT min(deal.owner) FROM deal WHERE deal.status = 'open' AND deal.owner > owners.owner)
                FROM owners WHERE owners.owner IS NOT NULL
            )
            SELECT owner FROM owners WHERE owner IS NOT NULL
            """)
            .map { try $0.decode(String.self) }
            .filter { mine.isNamed($0) }
    }

    /// The condition on `deal` aliased `alias`, binding the spellings into `statement`.
    func condition(binding statement: inout ServerSQL, alias: String = "deal") -> String {
        "(\(alias).owner IS NULL OR \(alias).owner = ANY(\(statement.bind(spellings))))"
    }
}
