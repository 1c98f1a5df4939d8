import Foundation
import FunnelStore
import Interop
import Pipeline
import StoreEngines
import Testing

/// Who did what: every history entry, activity and change-log entry names the user whose store made it, on
/// every engine, and the log says what each write did, which fields it set and the version it made.
@Suite struct TeamChangeLogConformanceTests {
    @Test(arguments: StoreEngineUnderTest.all)
    func eachWriteNamesItsAuthorInTheHistoryTheActivitiesAndTheLog(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let pipeline = try li.pipeline(named: nil)
        let start = try li.lastDealChangeID()

        let deal = try li.addDeal(Deal(
            title: "Acme renewal", value: Money(minorUnits: 500_000, currency: Currency(code: "EUR")!),
            pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: fresh.now)).value
        let moveTime = fresh.now.addingTimeInterval(60)
        try chen.moveDeal(id: deal.id, toStageID: pipeline.stages[2].id, now: moveTime, expectedVersion: deal.version, lanePosition: nil)
        let call = try li.addActivity(
            Activity(dealID: deal.id, kind: .call, subject: "Budget call", doneAt: moveTime.addingTimeInterval(60), createdAt: moveTime.addingTimeInterval(60)),
            review: nil, now: moveTime.addingTimeInterval(60)).value
        let moved = try li.deal(id: deal.id)
        try chen.editDeal(id: deal.id, now: moveTime.addingTimeInterval(120), expectedVersion: moved.version, moveTo: nil) {
            $0.organization = "Acme GmbH"
            $0.priority = 2
        }

        let history = try li.history(dealID: deal.id)
        #expect(history.map(\.kind) == [.created, .moved])
        #expect(history.map(\.by) == ["Li Wei", "陈静"])
        #expect(try li.activity(id: call.id).by == "Li Wei")

        let log = try chen.dealChanges(after: start, limit: 10)
        #expect(log.map(\.kind) == [.created, .moved, .activityLogged, .edited])
        #expect(log.map(\.by) == ["Li Wei", "陈静", "Li Wei", "陈静"])
        #expect(log.allSatisfy { $0.dealID == deal.id && $0.title == "Acme renewal" })
        #expect(log[1].stageName == pipeline.stages[2].name)
        // A move sets the stage, and the place in the lane when the card lands among others.
        #expect(log[1].fields.contains(.stage) && log[1].fields.isSubset(of: [.stage, .position]))
        #expect(log[1].at == moveTime)
        #expect(log[2].activitySubject == "Budget call")
        #expect(log[3].fields == [.organization, .priority])
        let final = try li.deal(id: deal.id)
        #expect(log.last?.version == final.version)
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.version < $1.version && $0.id < $1.id })
        #expect(try li.lastDealChangeID() == log.last?.id)

        // What happened to the deal since a user read it, for a refusal or a merge.
        let since = try li.dealChanges(dealID: deal.id, afterVersion: moved.version)
        #expect(since.map(\.kind) == [.edited])
        #expect(since.first?.by == "陈静")
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func undoRedoAndDeleteAreLoggedWithTheirAuthor(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        defer { try? li.close() }
        let pipeline = try li.pipeline(named: nil)
        let deal = try li.addDeal(Deal(
            title: "Globex pilot", value: Money(minorUnits: 100, currency: Currency(code: "USD")!),
            pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: fresh.now)).value
        let start = try li.lastDealChangeID()
        let won = try li.markWon(id: deal.id, now: fresh.now.addingTimeInterval(10), expectedVersion: nil)
        let undone = try li.undo(won.revision)
        try li.redo(undone)
        try li.deleteDeal(id: deal.id, expectedVersion: nil)

        let log = try li.dealChanges(after: start, limit: 10)
        #expect(log.map(\.kind) == [.won, .undone, .redone, .deleted])
        #expect(log.allSatisfy { $0.by == "Li Wei" && $0.title == "Globex pilot" })
        #expect(log[1].fields.contains(.status))
        #expect(log[3].fields == Set(DealPart.allCases))
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aStoreOpenedWithoutANameRecordsNone(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let deal = try fresh.addDeal("Initech")
        #expect(try fresh.store.history(dealID: deal.id).map(\.by) == [nil])
        #expect(try fresh.store.dealChanges(after: 0, limit: 5).map(\.by) == [nil])
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func anImportAndADemoNameTheirAuthorInTheLog(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let pipeline = try li.pipeline(named: nil)
        let kept = try li.addDeal(Deal(
            title: "Acme renewal", value: Money(minorUnits: 500_000, currency: .usd), pipelineID: pipeline.id,
            stageID: pipeline.stages[0].id, createdAt: fresh.now)).value
        let start = try li.lastDealChangeID()
        func row(_ line: Int, _ title: String, id: String) -> DealImport {
            DealImport(
                line: line, source: "funnel", externalID: id,
                deal: Deal(title: title, value: Money(minorUnits: 100_000, currency: .usd), pipelineID: pipeline.id,
                           stageID: pipeline.stages[1].id, createdAt: id == "\(kept.id)" ? kept.createdAt : fresh.now),
                stageName: pipeline.stages[1].name, createdAtGiven: true, stageEnteredAtGiven: false, updatedAtGiven: false,
                closedAtGiven: false)
        }
        let outcome = try li.importDeals(
            [row(2, "Acme renewal, phase 2", id: "\(kept.id)"), row(3, "Globex pilot", id: "g1"), row(4, "Initech 北京", id: "i1")],
            newStages: [], dryRun: false, overwrite: true)
        #expect(outcome.results.map(\.action) == [.updated, .created, .created])
        let log = try chen.dealChanges(after: start, limit: 10)
        #expect(log.count == 3)
        #expect(Set(log.map(\.dealID)) == Set(outcome.results.map(\.dealID)))
        #expect(log.allSatisfy { $0.by == "Li Wei" })
        #expect(log.first { $0.dealID == kept.id }?.kind == .edited)
        #expect(log.first { $0.title == "Globex pilot" }?.kind == .created)
        #expect(log.first { $0.title == "Initech 北京" }?.stageName == pipeline.stages[1].name)
        // Each entry has the version its deal has now, so a write from before the import is refused naming it.
        for entry in log { #expect(entry.version == (try chen.deal(id: entry.dealID)).version) }
        do {
            try chen.editDeal(id: kept.id, now: fresh.now, expectedVersion: kept.version, moveTo: nil) { $0.title = "Acme (old)" }
            Issue.record("an edit from before the import was saved")
        } catch StoreError.changedElsewhere(_, let since) {
            #expect(since?.change?.by == "Li Wei")
        }
        // A demo, too: one created entry per deal, by its author.
        let beforeDemo = try li.lastDealChangeID()
        let made = try chen.insertDemo(DemoPipeline(stages: pipeline.stages, count: 12, seed: 3, now: fresh.now, openPercent: 50), progress: nil)
        let demoLog = try li.dealChanges(after: beforeDemo, limit: 100)
        #expect(demoLog.count == made)
        #expect(demoLog.allSatisfy { $0.kind == .created && $0.by == "陈静" })
    }
}

/// An archive keeps who did what: a backup written and restored, through the JSON file, names the same authors.
@Suite struct AuthorsInArchivesConformanceTests {
    @Test(arguments: StoreEngineUnderTest.all)
    func restoringAnArchiveKeepsTheAuthorsOfHistoryAndActivities(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let li = try fresh.store.location.open(author: "Li Wei")
        let chen = try fresh.store.location.open(author: "陈静")
        defer { try? li.close(); try? chen.close() }
        let pipeline = try li.pipeline(named: nil)
        let deal = try li.addDeal(Deal(
            title: "Acme renewal", value: Money(minorUnits: 500, currency: Currency(code: "EUR")!),
            pipelineID: pipeline.id, stageID: pipeline.stages[0].id, createdAt: fresh.now)).value
        try chen.moveDeal(id: deal.id, toStageID: pipeline.stages[1].id, now: fresh.now, expectedVersion: nil, lanePosition: nil)
        _ = try chen.addActivity(
            Activity(dealID: deal.id, kind: .meeting, subject: "Demo", due: ActivityDue(stored: "2026-12-01"), createdAt: fresh.now),
            review: nil, now: fresh.now)

        let file = ArchiveJSON.encode(try li.archive(DealQuery(statuses: [])), exportedAt: fresh.now).serialized()
        let other = try FreshEngineStore(engine)
        try other.store.restore(try ArchiveReader.read(Data(file.utf8)))

        #expect(try other.store.history(dealID: deal.id).map(\.by) == ["Li Wei", "陈静"])
        #expect(try other.store.activities(dealID: deal.id).map(\.by) == ["陈静"])
    }
}
