import Foundation
import Pipeline
import Testing

/// The three-way merge of a re-import: Funnel's deal, the file's row, what the file said last time.
@Suite("Re-import merge")
struct ReimportMergeTests {
    /// The deal as first imported: in stage 10, open, with notes.
    var imported: Deal {
        var deal = Fixtures.deal(stageID: 10)
        deal.notes = "from the file"
        deal.owner = "Alex"
        return deal
    }

    let fields = ImportedFieldSet([.title, .value, .stage, .status, .notes, .owner, .lostReason])

    func merge(current: Deal, file: Deal, overwrite: Bool = false, last: ImportedValues?? = nil) -> ReimportMerge {
        let lastImport = last ?? ImportedValues(deal: imported, fields: fields)
        return ReimportMerge(
            current: current, file: file, fileSays: ImportedValues(deal: file, fields: fields), lastImport: lastImport,
            overwrite: overwrite)
    }

    @Test("The same file again keeps every change made in Funnel: a move, a win, notes")
    func unchangedFileKeepsFunnelsChanges() {
        var current = imported
        current.stageID = 11
        current.status = .won
        current.closedAt = Fixtures.at("2026-11-20T10:00:00Z")
        current.notes = "written in Funnel"
        let result = merge(current: current, file: imported)
        #expect(result.deal == current)
        #expect(result.conflicts.isEmpty)
    }

    @Test("A field only the file changed is taken; one only Funnel changed is kept")
    func oneSidedChangesMerge() {
        var current = imported
        current.notes = "written in Funnel"
        var file = imported
        file.value = Money(minorUnits: 250_000, currency: .usd)
        file.stageID = 12
        file.stageEnteredAt = Fixtures.at("2026-11-21T09:00:00Z")
        let result = merge(current: current, file: file)
        #expect(result.conflicts.isEmpty)
        #expect(result.deal.notes == "written in Funnel")
        #expect(result.deal.value.minorUnits == 250_000)
        #expect(result.deal.stageID == 12)
        #expect(result.deal.stageEnteredAt == Fixtures.at("2026-11-21T09:00:00Z"))
    }

    @Test("Both sides changed to different values: a conflict that keeps Funnel's value unless overwriting")
    func bothChangedIsAConflict() {
        var current = imported
        current.stageID = 11
        current.owner = "Sam"
        var file = imported
        file.stageID = 12
        file.owner = "Sam"  // the same change on both sides is no conflict
        let kept = merge(current: current, file: file)
        #expect(kept.conflicts == [.stage])
        #expect(kept.deal == current)
        let taken = merge(current: current, file: file, overwrite: true)
        #expect(taken.conflicts == [.stage])
        #expect(taken.deal.stageID == 12)
    }

    @Test("Without a last import, a field that differs is a conflict; a column the file lacks says nothing")
    func noLastImport() {
        var current = imported
        current.notes = "written in Funnel"
        current.person.name = "Kept"
        var file = imported
        file.title = "Renamed in the file"
        let result = merge(current: current, file: file, last: .some(nil))
        #expect(result.conflicts == [.title, .notes])
        #expect(result.deal == current)
    }

    @Test("A won deal kept against a lost row keeps no lost reason and lists no conflict of it")
    func lostReasonFollowsTheStatus() {
        var current = imported
        current.status = .won
        current.closedAt = Fixtures.at("2026-11-20T10:00:00Z")
        var file = imported
        file.status = .lost
        file.lostReason = "price"
        file.closedAt = Fixtures.at("2026-11-21T10:00:00Z")
        let kept = merge(current: current, file: file)
        #expect(kept.conflicts == [.status])
        #expect(kept.deal.lostReason == nil && kept.deal.status == .won)
        let taken = merge(current: current, file: file, overwrite: true)
        #expect(taken.deal.status == .lost && taken.deal.lostReason == "price")
        #expect(taken.deal.closedAt == Fixtures.at("2026-11-21T10:00:00Z"))
    }

    @Test("What the file said survives the database's text form, whatever characters it holds")
    func encodedValuesRoundTrip() {
        var deal = imported
        deal.notes = "3:abc-\u{1F}\nline 二"
        deal.title = "-"
        let values = ImportedValues(deal: deal, fields: fields)
        #expect(ImportedValues(encoded: values.encoded) == values)
        #expect(values[.person] == nil && values[.notes] == deal.notes)
        #expect(ImportedValues(encoded: "5:ab") == nil)
        // A fingerprint is the same on every run (no per-process seed) and differs with the values.
        #expect(values.fingerprint == ImportedValues(deal: deal, fields: fields).fingerprint)
        deal.notes = "other"
        #expect(values.fingerprint != ImportedValues(deal: deal, fields: fields).fingerprint)
    }
}
