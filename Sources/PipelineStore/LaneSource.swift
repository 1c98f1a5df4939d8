import Foundation
import Pipeline

/// Where the board reads its lanes' pages: every open deal (`PipelineStore`) or a filter's matches (`FilteredLanes`).
public protocol LaneSource {
    /// A keyset page of a lane: `skip` cards after `pivot` (the top of the lane when nil), and the index of its first card.
    func lanePage(stageID: Int64, pivot: LaneKey?, skip: Int, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int)
    /// The last `limit` cards of a lane and the index of the first of them.
    func lastLanePage(stageID: Int64, limit: Int, stalledAt: StallCheck?) throws -> (deals: [Deal], firstIndex: Int)
    /// Where an open deal sits in a lane now; nil when it is not open in that stage any more.
    func laneKey(dealID: Int64, stageID: Int64) throws -> LaneKey?
}
