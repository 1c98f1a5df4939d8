import Foundation
import FunnelStore
import Pipeline
import StoreEngines
import Testing
import Wording

/// Never overwrite each other (issue 18): two salespeople on one database, each writing from the version of
/// the deal they saw. Writes to different fields both land on the deal as it is now; a write to a field
/// someone changed since is refused naming who changed what, and nothing of it is saved. On every engine.
@Suite struct TeamConflictConformanceTests {
    /// Li Wei and 陈静, each with a store of their own on one database, and a deal both have seen.
    struct TwoSalespeople {
        let fresh: FreshEngineStore
        let li: any PipelineStore
        let chen: any PipelineStore
        let seen: Deal
        let pipeline: Pipeline

        init(_ engine: StoreEngineUnderTest) throws {
            fresh = try FreshEngineStore(engine)
            li = try fresh.store.location.open(author: "Li Wei")
            chen = try fresh.store.location.open(author: "陈静")
            let added = try fresh.addDeal("Acme renewal", value: 500_000)
            // Both boards show the deal as it is now.
            seen = try chen.deal(id: added.id)
            pipeline = try fresh.sales
        }

        func close() {
            try? li.close()
            try? chen.close()
        }

        /// The deal now, read by a third store.
        func now() throws -> Deal { try fresh.store.deal(id: seen.id) }
    }

    /// The refusal a write threw, with who changed what; nil when it went through or failed otherwise.
    func refusal(_ write: () throws -> Void) -> StaleWrite? {
        do {
            try write()
            return nil
        } catch StoreError.changedElsewhere(_, let stale) {
            return stale
        } catch {
            return nil
        }
    }

    /// True when `deal` holds `expected`'s value in every field a person changes.
    func sameFields(_ deal: Deal, _ expected: Deal) -> Bool {
        DealPart.allCases.allSatisfy { $0.isSame(deal, expected) }
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func editsOfDifferentFieldsFromOneVersionBothLand(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        try team.li.editDeal(id: team.seen.id, now: team.fresh.now, expectedVersion: team.seen.version, moveTo: nil) {
            $0.title = "Acme renewal 2027"
        }
        // 陈静 still has the version before Li Wei's edit, and changes other fields.
        try team.chen.editDeal(id: team.seen.id, now: team.fresh.now, expectedVersion: team.seen.version, moveTo: nil) {
            $0.organization = "Acme GmbH"
            $0.person.email = "buyer@acme.example"
        }
        var expected = team.seen
        expected.title = "Acme renewal 2027"
        expected.organization = "Acme GmbH"
        expected.person.email = "buyer@acme.example"
        let final = try team.now()
        #expect(sameFields(final, expected), "nothing lost: both writes applied")
        #expect(final.version > team.seen.version + 1)
        let log = try team.fresh.store.dealChanges(dealID: team.seen.id, afterVersion: team.seen.version)
        #expect(log.map(\.by) == ["Li Wei", "陈静"])
        #expect(log.map(\.fields) == [[.title], [.organization, .email]])
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func anEditOfAFieldChangedSinceIsRefusedWithWhoAndNothingSaved(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        let edited = team.fresh.now.addingTimeInterval(60)
        try team.li.editDeal(id: team.seen.id, now: edited, expectedVersion: team.seen.version, moveTo: nil) {
            $0.value = Money(minorUnits: 900_000, currency: .usd)
        }
        let before = try team.now()
        let stale = try #require(refusal {
            try team.chen.editDeal(id: team.seen.id, now: edited, expectedVersion: team.seen.version, moveTo: nil) {
                $0.value = Money(minorUnits: 700_000, currency: .usd)
                $0.notes = "call back"
            }
        })
        #expect(stale.change?.by == "Li Wei")
        #expect(stale.change?.kind == .edited)
        #expect(stale.change?.fields == [.value])
        #expect(stale.moreChanges == 0)
        #expect(stale.sentence(now: edited.addingTimeInterval(120), in: .english) == "Li Wei changed its value 2 min ago; nothing saved")
        #expect(stale.sentence(now: edited.addingTimeInterval(120), in: .simplifiedChinese) == "Li Wei 2 分钟前修改了它的金额；未保存任何内容")
        let after = try team.now()
        #expect(after == before, "nothing of the refused write is saved, not even its other field")
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aMoveAfterSomeoneElsesTitleEditLandsAndKeepsTheTitle(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        try team.li.editDeal(id: team.seen.id, now: team.fresh.now, expectedVersion: team.seen.version, moveTo: nil) {
            $0.title = "Acme renewal 2027"
        }
        let target = team.pipeline.stages[2]
        let change = try team.chen.moveDeal(
            id: team.seen.id, toStageID: target.id, now: team.fresh.now, expectedVersion: team.seen.version, lanePosition: nil).value
        #expect(change?.by == "陈静")
        let final = try team.now()
        #expect(final.stageID == target.id)
        #expect(final.title == "Acme renewal 2027")
        // And a place on the board from the same old version lands too.
        try team.chen.placeDeal(
            id: team.seen.id, toStageID: team.pipeline.stages[3].id, place: .top, now: team.fresh.now, expectedVersion: final.version)
        #expect(try team.now().stageID == team.pipeline.stages[3].id)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aStageChangeAfterSomeoneElsesMoveIsRefusedNamingTheMove(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        let contact = team.pipeline.stages[2]
        let moved = team.fresh.now.addingTimeInterval(30)
        try team.li.moveDeal(id: team.seen.id, toStageID: contact.id, now: moved, expectedVersion: team.seen.version, lanePosition: nil)
        let before = try team.now()
        let edit = try #require(refusal {
            try team.chen.editDeal(id: team.seen.id, now: moved, expectedVersion: team.seen.version, moveTo: team.pipeline.stages[3].name) {
                $0.priority = 2
            }
        })
        #expect(edit.change?.kind == .moved)
        #expect(edit.change?.by == "Li Wei")
        #expect(edit.sentence(now: moved.addingTimeInterval(125), in: .english) == "Li Wei moved it to \(contact.name) 2 min ago; nothing saved")
        let move = try #require(refusal {
            try team.chen.moveDeal(id: team.seen.id, toStageID: team.pipeline.stages[1].id, now: moved, expectedVersion: team.seen.version, lanePosition: nil)
        })
        #expect(move.change?.kind == .moved)
        let place = try #require(refusal {
            try team.chen.placeDeal(id: team.seen.id, toStageID: team.pipeline.stages[1].id, place: .top, now: moved, expectedVersion: team.seen.version)
        })
        #expect(place.change?.by == "Li Wei")
        #expect(try team.now() == before, "none of the three stale writes saved anything")
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func wonAfterAMoveLandsButLostAfterWonIsRefused(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        try team.li.moveDeal(
            id: team.seen.id, toStageID: team.pipeline.stages[4].id, now: team.fresh.now, expectedVersion: team.seen.version, lanePosition: nil)
        try team.chen.markWon(id: team.seen.id, now: team.fresh.now, expectedVersion: team.seen.version)
        let won = try team.now()
        #expect(won.status == .won)
        #expect(won.stageID == team.pipeline.stages[4].id, "the move stays under the won")
        let lost = try #require(refusal {
            try team.li.markLost(id: team.seen.id, reason: "price", now: team.fresh.now, expectedVersion: team.seen.version)
        })
        #expect(lost.change?.kind == .won)
        #expect(lost.change?.by == "陈静")
        // Li Wei's own move counts among the changes since the version seen.
        #expect(lost.moreChanges == 1)
        #expect(lost.sentence(now: team.fresh.now, in: .english) == "陈静 marked it won just now, and 1 more change; nothing saved")
        #expect(try team.now() == won)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func severalChangesNameTheLatestThatOverlapsAndCountTheOthers(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        let id = team.seen.id
        let later = team.fresh.now.addingTimeInterval(60)
        try team.li.editDeal(id: id, now: later, expectedVersion: nil, moveTo: nil) { $0.value = Money(minorUnits: 1, currency: .usd) }
        try team.li.addActivity(
            Activity(dealID: id, kind: .call, subject: "Budget call", doneAt: team.fresh.now, createdAt: team.fresh.now), review: nil, now: team.fresh.now)
        try team.li.editDeal(id: id, now: team.fresh.now, expectedVersion: nil, moveTo: nil) { $0.title = "Acme 2027" }
        let stale = try #require(refusal {
            try team.chen.editDeal(id: id, now: team.fresh.now, expectedVersion: team.seen.version, moveTo: nil) {
                $0.value = Money(minorUnits: 2, currency: .usd)
            }
        })
        #expect(stale.change?.fields == [.value])
        #expect(stale.moreChanges == 2)
        #expect(stale.sentence(now: later.addingTimeInterval(3 * 3600), in: .english)
            == "Li Wei changed its value 3 hours ago, and 2 more changes; nothing saved")
        // A write whose fields none of them set still lands.
        try team.chen.editDeal(id: id, now: team.fresh.now, expectedVersion: team.seen.version, moveTo: nil) { $0.priority = 3 }
        let final = try team.now()
        #expect(final.priority == 3 && final.title == "Acme 2027" && final.value.minorUnits == 1)
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aDeleteFromAnOlderVersionIsRefusedWhateverChanged(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        try team.li.editDeal(id: team.seen.id, now: team.fresh.now, expectedVersion: team.seen.version, moveTo: nil) { $0.notes = "keep" }
        let stale = try #require(refusal { try team.chen.deleteDeal(id: team.seen.id, expectedVersion: team.seen.version) })
        #expect(stale.change?.fields == [.notes])
        #expect(try team.now().notes == "keep")
    }
}
