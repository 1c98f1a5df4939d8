import Foundation
import Pipeline
import Testing

/// The change log's entry for a recorded write: its kind, fields, moment and version follow from the revision.
@Suite struct DealChangeTests {
    let created = Date(timeIntervalSince1970: 1_796_000_000)

    func deal(version: Int = 1) -> Deal {
        var deal = Deal(
            id: 7, title: "Acme renewal", value: Money(minorUnits: 100, currency: Currency(code: "EUR")!),
            pipelineID: 1, stageID: 1, createdAt: created)
        deal.version = version
        return deal
    }

    @Test func anEditNamesTheFieldsItSetAndTheNewVersion() throws {
        let before = deal()
        var after = deal(version: 2)
        after.organization = "Acme GmbH"
        after.person.email = "li@acme.example"
        after.updatedAt = created.addingTimeInterval(90)
        let change = try #require(DealChange.of(DealRevision(dealID: 7, before: before, after: after), by: "Li Wei", clock: .distantPast))
        #expect(change.kind == .edited)
        #expect(change.fields == [.organization, .email])
        #expect(change.version == 2)
        #expect(change.at == created.addingTimeInterval(90))
        #expect(change.by == "Li Wei")
    }

    @Test func aMoveTakesItsKindStageAndMomentFromItsHistoryEntry() throws {
        let before = deal()
        var after = deal(version: 2)
        after.stageID = 3
        let moment = created.addingTimeInterval(300)
        let entry = StageChange(dealID: 7, fromStageID: 1, toStageID: 3, fromStageName: "Prospecting", toStageName: "Contact", kind: .moved, at: moment)
        let change = try #require(DealChange.of(
            DealRevision(dealID: 7, before: before, after: after, history: [entry]), by: nil, clock: .distantPast))
        #expect(change.kind == .moved)
        #expect(change.stageName == "Contact")
        #expect(change.fields == [.stage])
        #expect(change.at == moment)
    }

    @Test func aLoggedActivityIsNamedByItsSubject() throws {
        let done = Activity(id: 3, dealID: 7, kind: .call, subject: "Budget call", doneAt: created, createdAt: created)
        let change = try #require(DealChange.of(
            DealRevision(dealID: 7, before: deal(), after: deal(version: 2), activities: [.init(before: nil, after: done)]),
            by: "陈静", clock: .distantPast))
        #expect(change.kind == .activityLogged)
        #expect(change.activitySubject == "Budget call")
        #expect(change.fields.isEmpty)
    }

    @Test func aWriteThatChangedNothingOfTheDealIsNotLogged() {
        #expect(DealChange.of(DealRevision(dealID: 7, before: deal(), after: deal()), by: "Li Wei", clock: created) == nil)
    }

    @Test func anUndoIsLoggedAtTheClockWithTheFieldsItPutBack() throws {
        var before = deal(version: 3)
        before.status = .won
        before.closedAt = created
        let after = deal(version: 4)
        let change = try #require(DealChange.of(
            DealRevision(dealID: 7, before: before, after: after), by: "Li Wei", clock: created.addingTimeInterval(5), restoring: .undone))
        #expect(change.kind == .undone)
        #expect(change.fields == [.status])
        #expect(change.at == created.addingTimeInterval(5))
    }

    @Test func aMoveTakenBackOrMadeAgainNamesTheStageItLeavesTheDealIn() throws {
        let before = deal()
        var after = deal(version: 2)
        after.stageID = 3
        let entry = StageChange(dealID: 7, fromStageID: 1, toStageID: 3, fromStageName: "Prospecting", toStageName: "Contact", kind: .moved, at: created)
        let move = DealRevision(dealID: 7, before: before, after: after, history: [entry])
        var undone = before
        undone.version = 3
        let undo = try #require(DealChange.ofRestoring(move, undoing: true, now: undone, by: "陈静", clock: created))
        #expect(undo.kind == .undone)
        #expect(undo.stageName == "Prospecting")
        var redone = after
        redone.version = 4
        let redo = try #require(DealChange.ofRestoring(move, undoing: false, now: redone, by: "陈静", clock: created))
        #expect(redo.kind == .redone)
        #expect(redo.stageName == "Contact")
    }

    @Test func storedFieldsReadBackAndUnknownNamesAreLeftOut() {
        let fields: Set<DealPart> = [.title, .stage, .notes]
        #expect(DealPart.stored(fields) == "title,stage,notes")
        #expect(DealPart.parsed(DealPart.stored(fields)) == fields)
        #expect(DealPart.parsed("title,colour,,notes") == [.title, .notes])
    }
}
