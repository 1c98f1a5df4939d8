import Foundation
import Pipeline

extension DealImport {
    /// The stored deal this row is, and whether its link says so; nil for a new deal.
    ///
    /// The deal's own id with its creation time is the surer of the two: a link of "funnel" came from another
    /// database's export, whose ids may be this one's ids of other deals. So a row of Funnel's own files is first
    /// the deal with its id and creation time (`findByID`, asked only for an id from 1 to `highestID`, the highest
    /// stored), else the deal its link (`links`, by source and external id) names. Called once per row of a large
    /// import, so it is inlined.
    @inlinable
    public func existingDeal(
        highestID: Int64, links: [String: [String: Int64]], findByID: (_ id: Int64, _ createdAt: Date) throws -> Int64?
    ) rethrows -> (id: Int64, linked: Bool)? {
        if source == "funnel", let externalID, let funnelID = Int64(externalID),
           funnelID > 0, funnelID <= highestID,
           let id = try findByID(funnelID, deal.createdAt) {
            return (id, links[source]?[externalID] == id)
        }
        if let id = externalID.flatMap({ links[source]?[$0] }) { return (id, true) }
        return nil
    }
}
