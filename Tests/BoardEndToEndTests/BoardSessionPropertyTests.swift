import Board
import BoardTerminal
import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import PropertyBased
import Testing

/// Random key sequences through the whole board (reducer, effects, a real database): after every key the
/// board's lanes agree with the database and the database agrees with its history.
@Suite("Board invariants under random keys")
struct BoardSessionPropertyTests {
    /// The keys a user might press, any of them in any mode.
    static let keys: [Key] = [
        .character("h"), .character("j"), .character("k"), .character("l"), .character("L"), .character("H"),
        .character(">"), .character("<"), .character(" "), .enter, .escape, .character("u"), .control("r"),
        .character("w"), .character("x"), .character("g"), .character("G"), .character("/"), .character("a"),
        .character("c"), .character("m"), .character("2"), .character("4"), .backspace, .up, .down, .left, .right,
        .home, .end, .pageUp, .pageDown, .character("s"), .character("z"), .character("Q"), .character("e"),
        .character("n"), .character("?"), .tab, .character("p"), .character("v"),
    ]

    @Test func lanesTotalsAndHistoryStayTrue() async {
        await propertyCheck(count: 12, input: Gen.int(in: 0...(Self.keys.count - 1)).array(of: 1...60)) { codes in
            do {
                try Self.run(codes.map { Self.keys[$0] })
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    static func run(_ keys: [Key]) throws {
        let folder = TemporaryDirectory()
        let store = try SQLitePipelineStore.open(path: folder.path("funnel.sqlite"))
        let sales = try store.pipeline(named: nil)
        let now = try Timestamp.parse("2026-11-29T09:00:00Z")
        try store.insertDemo(DemoPipeline(stages: sales.stages, count: 40, seed: 5, now: now, openPercent: 60))
        var session = BoardSession(
            state: BoardState(width: 120, height: 40, now: now, timeZone: TimeZone(identifier: "UTC")!),
            performer: EffectPerformer(store: store, now: { now }, timeZone: TimeZone(identifier: "UTC")!))
        session.start()
        for key in keys {
            session.dispatch(.keyPressed(key))
            if session.state.isFinished { break }
            _ = session.screen
            try checkInvariants(session.state, store: store)
        }
    }

    static func checkInvariants(_ state: BoardState, store: SQLitePipelineStore) throws {
        guard let pipeline = state.pipeline else { return }
        // Lane totals equal the database's, for every matching deal (not only the loaded cards).
        if !state.stalledOnly {
            let summaries = try store.stageSummaries(pipelineID: pipeline.id, text: state.filter.isEmpty ? nil : state.filter)
            #expect(state.lanes.map(\.summary) == summaries, "lanes disagree with the database")
        }
        // Stalled counts (kept up to date by moves without a reload) equal the database's at the board's time.
        #expect(state.stalledCounts == (try store.stalledCounts(pipelineID: pipeline.id, now: state.now, timeZone: state.timeZone)),
                "stalled counts disagree with the database")
        // Every loaded card is an open deal of its lane's stage, and the loaded window is exactly that stretch of the lane.
        for lane in state.lanes {
            for deal in lane.deals {
                #expect(deal.stageID == lane.stage.id)
                #expect(deal.status == .open)
            }
            #expect(lane.count == 0 || (0..<lane.count).contains(lane.selected), "selection outside lane \(lane.stage.name)")
            guard !lane.deals.isEmpty else { continue }
            let stored = try store.lanePage(
                stageID: lane.stage.id, text: state.filter.isEmpty ? nil : state.filter, pivot: nil, skip: lane.firstIndex,
                limit: lane.deals.count, stalledAt: state.stalledOnly ? StallCheck(now: state.now, timeZone: state.timeZone) : nil)
            #expect(stored.deals == lane.deals, "lane \(lane.stage.name) shows cards the database does not have there")
        }
        #expect(state.lanes.isEmpty || state.lanes.indices.contains(state.focusedLane))
        // Every deal sits in one stage of its pipeline, and its history replays to it.
        let pipelines = try store.pipelines()
        for deal in try store.deals(DealQuery(statuses: [])) {
            let own = try #require(pipelines.first { $0.id == deal.pipelineID })
            #expect(own.stage(id: deal.stageID) != nil)
            let history = try store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.last?.toStageID == deal.stageID, "deal \(deal.id)'s history does not end in its stage")
        }
    }
}
