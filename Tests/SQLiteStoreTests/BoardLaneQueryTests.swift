import Foundation
import Pipeline
import Testing
import FunnelStore
@testable import SQLiteStore

@Suite("Board lane queries: keyset pages, indexes and placing carried cards")
struct BoardLaneQueryTests {
    /// A lane of `count` open deals (newest on top, so titles run from "Deal <count>" down to "Deal 1").
    func lane(_ count: Int, in fresh: FreshStore, stage: Int = 0) throws -> [Deal] {
        for index in 1...count { try fresh.addDeal("Deal \(index)", stage: stage) }
        let pipeline = try fresh.sales
        return try fresh.store.deals(DealQuery(pipelineID: pipeline.id, stageID: pipeline.stages[stage].id))
    }

    func key(_ deal: Deal) -> LaneKey { LaneKey(lanePosition: deal.lanePosition, id: deal.id) }

    @Test func pagesFollowLaneOrderAndKnowTheirIndex() throws {
        let fresh = try FreshStore()
        let all = try lane(30, in: fresh)
        let stageID = all[0].stageID
        let first = try fresh.store.lanePage(stageID: stageID, text: nil, pivot: nil, skip: 0, limit: 8)
        #expect(first.deals.map(\.id) == all.prefix(8).map(\.id))
        #expect(first.firstIndex == 0)
        // From the 8th card on, skipping two more.
        let later = try fresh.store.lanePage(stageID: stageID, text: nil, pivot: key(all[7]), skip: 2, limit: 5)
        #expect(later.deals.map(\.id) == all[9..<14].map(\.id))
        #expect(later.firstIndex == 9)
        // Starting three cards above the 20th.
        let above = try fresh.store.lanePage(stageID: stageID, text: nil, pivot: key(all[20]), skip: -3, limit: 6)
        #expect(above.deals.map(\.id) == all[17..<23].map(\.id))
        #expect(above.firstIndex == 17)
        let last = try fresh.store.lastLanePage(stageID: stageID, text: nil, limit: 4)
        #expect(last.deals.map(\.id) == all.suffix(4).map(\.id))
        #expect(last.firstIndex == 26)
    }

    @Test func closedDealsNeverLoadAndTheFilterCountsOnlyMatches() throws {
        let fresh = try FreshStore()
        let all = try lane(6, in: fresh)
        try fresh.store.markWon(id: all[1].id, now: fresh.now)
        try fresh.addDeal("北京 project")
        let stageID = all[0].stageID
        let page = try fresh.store.lanePage(stageID: stageID, text: nil, pivot: nil, skip: 0, limit: 20)
        #expect(page.deals.count == 6)
        #expect(!page.deals.contains { $0.id == all[1].id })
        let filtered = try fresh.store.lanePage(stageID: stageID, text: "deal", pivot: key(all[3]), skip: 0, limit: 20)
        #expect(filtered.deals.map(\.id) == all[3...].map(\.id))
        #expect(filtered.firstIndex == 2)  // all[0] and all[2] match above it; all[1] is won
        let chinese = try fresh.store.lanePage(stageID: stageID, text: "北京", pivot: nil, skip: 0, limit: 20)
        #expect(chinese.deals.map(\.title) == ["北京 project"])
    }

    @Test func aDealSentOnJoinsTheEndOfItsNewLaneAndAnEmptyLaneTakesItAnywhere() throws {
        let fresh = try FreshStore()
        let target = try lane(3, in: fresh, stage: 1)
        let sent = try fresh.addDeal("Sent on")
        let pipeline = try fresh.sales
        let change = try fresh.store.placeDeal(
            id: sent.id, toStageID: pipeline.stages[1].id, place: .bottom, now: fresh.now, expectedVersion: sent.version).value
        #expect(change?.kind == .moved)
        #expect(try fresh.store.deals(DealQuery(stageID: pipeline.stages[1].id)).map(\.id) == target.map(\.id) + [sent.id])
        let page = try fresh.store.lastLanePage(stageID: pipeline.stages[1].id, text: nil, limit: 1)
        #expect(page.deals.map(\.id) == [sent.id])
        #expect(page.firstIndex == 3)
        // The next stage is empty: the deal is its only card.
        try fresh.store.placeDeal(id: sent.id, toStageID: pipeline.stages[2].id, place: .bottom, now: fresh.now)
        #expect(try fresh.store.deals(DealQuery(stageID: pipeline.stages[2].id)).map(\.id) == [sent.id])
        #expect(try fresh.store.history(dealID: sent.id).map(\.kind) == [.created, .moved, .moved])
    }

    @Test func droppingBetweenCardsOnTheSamePositionRenumbersTheLane() throws {
        let fresh = try FreshStore()
        let target = try lane(3, in: fresh, stage: 1)
        // Squeeze the top two cards onto one position, as sixty halvings eventually would.
        try fresh.store.write { db in
            try db.execute(sql: "UPDATE deal SET lane_position = ? WHERE id IN (?, ?)", arguments: [target[0].lanePosition, target[0].id, target[1].id])
        }
        let pipeline = try fresh.sales
        let squeezed = try fresh.store.deals(DealQuery(stageID: pipeline.stages[1].id))
        let carried = try fresh.addDeal("Squeezed")
        try fresh.store.placeDeal(id: carried.id, toStageID: pipeline.stages[1].id, place: .below(dealID: squeezed[0].id), now: fresh.now)
        let lane = try fresh.store.deals(DealQuery(stageID: pipeline.stages[1].id))
        #expect(lane.map(\.title) == [squeezed[0].title, "Squeezed", squeezed[1].title, squeezed[2].title])
        #expect(Set(lane.map(\.lanePosition)).count == 4)
    }
}
