import Foundation
import Testing
@testable import Pipeline

/// Issue 15 item 12: older imports wrote a `moved` entry from no stage right after the creation into the same stage.
@Suite("A history as people read it")
struct StageChangeShownTests {
    func entry(_ kind: StageChange.Kind, from: Int64?, to: Int64, at: TimeInterval, deal: Int64 = 1) -> StageChange {
        StageChange(
            dealID: deal, fromStageID: from, toStageID: to, fromStageName: from.map { "S\($0)" }, toStageName: "S\(to)",
            kind: kind, at: Date(timeIntervalSince1970: at))
    }

    @Test("The phantom move after a creation into the same stage is left out; every other entry stays")
    func phantomMoveLeftOut() {
        let created = entry(.created, from: nil, to: 2, at: 0)
        let phantom = entry(.moved, from: nil, to: 2, at: 100)
        let real = entry(.moved, from: 2, to: 3, at: 200)
        #expect(StageChange.shown([created, phantom, real]) == [created, real])
        // A move from no stage into another stage, or after something other than the creation, is kept.
        let elsewhere = entry(.moved, from: nil, to: 3, at: 100)
        #expect(StageChange.shown([created, elsewhere]) == [created, elsewhere])
        let won = entry(.won, from: 2, to: 2, at: 50)
        #expect(StageChange.shown([created, won, phantom]) == [created, won, phantom])
        #expect(StageChange.shown([]) == [])
    }
}
