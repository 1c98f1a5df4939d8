import Foundation
import FunnelStore
import Pipeline
import Testing

/// The rows of an import without ids, as both engines remember them and refuse them when imported before.
@Suite("Import rows without ids: remembered, and refused when brought before")
struct UnnamedImportRowsTests {
    let contact = Stage(id: 10, pipelineID: 1, name: "Contact", position: 0, probability: 40, stallDays: 7)

    func row(_ line: Int, title: String, externalID: String? = nil) -> DealImport {
        let deal = Deal(
            title: title, value: Money(minorUnits: 100, currency: .usd), pipelineID: 1, stageID: 10,
            createdAt: Date(timeIntervalSince1970: 1_796_000_000))
        return DealImport(
            line: line, source: "generic", externalID: externalID, deal: deal, stageName: "Contact",
            createdAtGiven: false, stageEnteredAtGiven: false, updatedAtGiven: false, closedAtGiven: false)
    }

    @Test func onlyNewRowsWithoutAnIDAreRemembered() throws {
        let imports = [row(2, title: "Acme"), row(3, title: "Globex", externalID: "g-1"), row(4, title: "Initech")]
        let unnamed = try #require(UnnamedImportRows(
            imports: imports, targets: [contact, contact, contact], existing: [nil, nil, 77]))
        #expect(unnamed.count == 1)
        let remembered = try #require(unnamed.remembered(at: 0, dealID: 41, runID: 5))
        #expect(remembered.dealID == 41 && remembered.runID == 5 && remembered.fingerprint == unnamed.all[0])
        #expect(unnamed.remembered(at: 1, dealID: 42, runID: 5) == nil)
        #expect(unnamed.remembered(at: 2, dealID: 77, runID: 5) == nil)
    }

    @Test func rowsBroughtBeforeAreRefusedUnlessDuplicatesAreAllowedAndTheRunsReadOnlyThen() throws {
        try UnnamedImportRows.checkEarlier([:], allowDuplicates: false) { _ in
            Issue.record("no run is read when no row was brought before")
            return []
        }
        try UnnamedImportRows.checkEarlier([3: 2], allowDuplicates: true) { _ in
            Issue.record("no run is read when duplicates are allowed")
            return []
        }
        let first = Date(timeIntervalSince1970: 1_790_000_000)
        let second = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(throws: RowsImportedBefore(count: 3, earlier: [
            ImportRun(file: "b.csv", at: second, rows: 1), ImportRun(file: "a.csv", at: first, rows: 2),
        ])) {
            try UnnamedImportRows.checkEarlier([3: 2, 4: 1], allowDuplicates: false) { ids in
                #expect(ids.sorted() == [3, 4])
                return [(id: 3, file: "a.csv", at: first), (id: 4, file: "b.csv", at: second)]
            }
        }
    }
}
