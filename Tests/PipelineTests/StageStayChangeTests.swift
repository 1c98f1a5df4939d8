import Foundation
import Testing
@testable import Pipeline

@Suite struct StageStayChangeTests {
    let a: Int64 = 21, b: Int64 = 22

    @Test("a deal's rows are its stays by StageStay's rule, each with whether the deal is won now")
    func rowsFollowTheStayRule() {
        let events: [StageFlowTally.Event] = [
            .init(kind: .created, stageID: a, fromNowhere: true, at: 0),
            // An import's "entered later" move into the same stage starts the stay instead.
            .init(kind: .moved, stageID: a, fromNowhere: true, at: 50),
            .init(kind: .moved, stageID: b, fromNowhere: false, at: 200),
            .init(kind: .won, stageID: b, fromNowhere: false, at: 90_200),
        ]
        let rows = StageStayRow.rows(of: events, dealWon: true)
        #expect(rows == StageStay.stays(of: events).map { StageStayRow(stay: $0, won: true) })
        #expect(rows.map(\.stay) == [
            StageStay(stageID: a, endKind: .moved, endStageID: b, seconds: 150),
            StageStay(stageID: b, endKind: .won, endStageID: nil, seconds: 90_000),
        ])
    }

    @Test("rows read from stored history leave undone entries out and sort by time, then id")
    func rowsFromHistory() {
        let at = { (seconds: Double) in Date(timeIntervalSince1970: 1_796_000_000 + seconds) }
        let history = [
            StageChange(id: 3, dealID: 1, fromStageID: a, toStageID: b, fromStageName: "A", toStageName: "B", kind: .moved, at: at(100), undone: true),
            StageChange(id: 2, dealID: 1, fromStageID: a, toStageID: a, fromStageName: "A", toStageName: "A", kind: .lost, at: at(300)),
            StageChange(id: 1, dealID: 1, fromStageID: nil, toStageID: a, fromStageName: nil, toStageName: "A", kind: .created, at: at(0)),
        ]
        #expect(StageStayRow.rows(of: history, dealWon: false)
            == [StageStayRow(stay: StageStay(stageID: a, endKind: .lost, endStageID: nil, seconds: 300), won: false)])
        // A move into a stage removed since (stored as stage 0) ends the stay at no stage and starts none.
        let removed = [
            history[2],
            StageChange(id: 4, dealID: 1, fromStageID: a, toStageID: 0, fromStageName: "A", toStageName: "Gone", kind: .moved, at: at(50)),
        ]
        #expect(StageStayRow.rows(of: removed, dealWon: false)
            == [StageStayRow(stay: StageStay(stageID: a, endKind: .moved, endStageID: nil, seconds: 50), won: false)])
    }

    @Test("a move nets to its ended stay and its new one; the rows it did not change cost nothing")
    func moveNetsToTheDifference() {
        let created: [StageFlowTally.Event] = [.init(kind: .created, stageID: a, fromNowhere: true, at: 0)]
        let moved = created + [.init(kind: .moved, stageID: b, fromNowhere: false, at: 86_400 + 5)]
        var change = StageStayChange()
        change.remove(StageStayRow.rows(of: created, dealWon: false))
        change.add(StageStayRow.rows(of: moved, dealWon: false))
        #expect(change.groups == [
            StageStayGroup(stageID: a, endKind: nil, endStageID: nil, stays: -1, wonStays: 0, seconds: 0),
            StageStayGroup(stageID: a, endKind: .moved, endStageID: b, stays: 1, wonStays: 0, seconds: 86_405),
            StageStayGroup(stageID: b, endKind: nil, endStageID: nil, stays: 1, wonStays: 0, seconds: 0),
        ])
        #expect(change.lengths == [StageStayChange.LengthCount(stageID: a, length: 86_405, stays: 1)])
        #expect(change.days == [StageStayChange.LengthCount(stageID: a, length: 1, stays: 1)])

        var same = StageStayChange()
        same.remove(StageStayRow.rows(of: moved, dealWon: false))
        same.add(StageStayRow.rows(of: moved, dealWon: false))
        #expect(same.isEmpty)
    }

    @Test("a win changes only the won stays of the deal's rows")
    func winChangesWonStaysOnly() {
        let events: [StageFlowTally.Event] = [
            .init(kind: .created, stageID: a, fromNowhere: true, at: 0),
            .init(kind: .moved, stageID: b, fromNowhere: false, at: 10),
        ]
        var change = StageStayChange()
        change.remove(StageStayRow.rows(of: events, dealWon: false))
        change.add(StageStayRow.rows(of: events, dealWon: true))
        #expect(change.groups.map(\.wonStays) == [1, 1])
        #expect(change.groups.allSatisfy { $0.stays == 0 && $0.seconds == 0 })
        #expect(change.lengths.isEmpty && change.days.isEmpty)
    }
}
