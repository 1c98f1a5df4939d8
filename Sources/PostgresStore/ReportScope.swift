import Foundation
import FunnelStore
import Pipeline

/// The deals a report or plan covers, as conditions on the `deal` table: a `ReportFilter` with its owner
/// spelled as the stored owners spell it.
///
/// An owner matches when both sides are equal in Swift's Unicode lower case (as the SQLite engine's
/// `funnel_lower`), whatever the server's own collation would fold: the stored spellings that match are found
/// here and compared exactly.
struct ReportScope {
    let filter: ReportFilter
    /// The stored owners equal to the filter's owner in lower case; nil when the filter names no owner.
    let ownerSpellings: [String]?

    init(_ session: ServerSession, filter: ReportFilter) throws {
        self.filter = filter
        guard let owner = filter.owner else {
            ownerSpellings = nil
            return
        }
        let wanted = owner.trimmingWhitespace().lowercased()
        ownerSpellings = try session.rows("SELECT DISTINCT owner FROM deal WHERE owner IS NOT NULL")
            .map { try $0.decode(String.self) }
            .filter { $0.lowercased() == wanted }
    }

    /// The conditions on `deal` aliased `alias`, binding their values into `statement`. Without `pipeline`, the
    /// deal may sit in any pipeline now: stage history reads a parked deal's past in the sales stages even though
    /// it waits in Revisit today.
    func condition(_ statement: inout ServerSQL, alias: String = "d", pipeline: Bool = true) -> String {
        var conditions: [String] = []
        if pipeline { conditions.append("\(alias).pipeline_id = \(statement.bind(filter.pipelineID))") }
        if let ownerSpellings { conditions.append("\(alias).owner = ANY(\(statement.bind(ownerSpellings)))") }
        let utc = TimeZone(identifier: "UTC")!
        if let since = filter.since {
            conditions.append("\(alias).created_at >= \(statement.bind(Timestamp.seconds(since.start(in: utc))))")
        }
        if let until = filter.until {
            conditions.append("\(alias).created_at < \(statement.bind(Timestamp.seconds(until.adding(days: 1).start(in: utc))))")
        }
        return conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
    }
}
