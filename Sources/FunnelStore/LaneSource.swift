import Foundation
import Pipeline

/// Where the board reads its lanes' pages: every open deal (a `PipelineStore`) or an engine's filter matches.
public protocol LaneSource {
    /// A keyset page of a lane: `skip` cards after `pivot` (the top of the lane when nil), and the index of its first card.
    func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int)
    /// The last `limit` cards of a lane and the index of the first of them.
    func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int)
    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey?
}

extension LaneSource {
    /// The page a request asks for: from the top, from the bottom, or around a known card or deal.
    public func cards(_ request: LanePageRequest) throws -> LaneCards {
        let result: (deals: [Deal], firstIndex: Int)
        switch request.start {
        case .first:
            result = try lanePage(stageID: request.stageID, pivot: nil, skip: 0, limit: request.limit, stalledAt: request.stalledAt)
        case .last:
            result = try lastLanePage(stageID: request.stageID, limit: request.limit, stalledAt: request.stalledAt)
        case .key(let key, let skip):
            result = try lanePage(stageID: request.stageID, pivot: key, skip: skip, limit: request.limit, stalledAt: request.stalledAt)
        case .deal(let id, let fallback, let skip):
            let pivot = try laneKey(dealID: id, stageID: request.stageID) ?? fallback
            result = try lanePage(stageID: request.stageID, pivot: pivot, skip: skip, limit: request.limit, stalledAt: request.stalledAt)
        }
        return LaneCards(stageID: request.stageID, deals: result.deals, firstIndex: result.firstIndex)
    }
}
