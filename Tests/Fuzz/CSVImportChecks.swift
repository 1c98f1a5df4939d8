// The properties every deal file must keep on its way through the importer, shared by the libFuzzer target
// (`make fuzz`) and the corpus regression test in `make test` (through a symlink in Tests/InteropTests).
import Foundation
#if canImport(Interop)
import Interop
import Pipeline
#endif

/// Reads bytes as a deal file the way `funnel import` does, up to the drafts; reports broken properties.
/// Refusing a file is fine; crashing, hanging or a row without its line number is not.
func checkCSVImportProperties(_ data: Data, report: (String) -> Void) {
    guard let document = try? CSVDocument.parse(data, name: "fuzz.csv") else { return }
    var lastLine = 0
    for record in document.records {
        if record.line <= lastLine { report("line numbers do not grow: \(record.line) after \(lastLine)") }
        lastLine = record.line
    }
    let source = ImportSource.recognise(header: document.header)
    guard let mapping = try? ColumnMapping(header: document.header, source: source, overrides: [], fileName: "fuzz.csv") else { return }
    let reader = DealDraftReader(
        mapping: mapping, defaultCurrency: Currency(code: "USD")!, timeZone: TimeZone(identifier: "UTC")!,
        now: Date(timeIntervalSince1970: 1_796_000_000))
    for record in document.records {
        switch reader.read(record) {
        case .success(let draft):
            if draft.deal.title.trimmingWhitespace().isEmpty { report("line \(record.line): a draft with an empty title") }
            if draft.line != record.line { report("line \(record.line): the draft says line \(draft.line)") }
            if draft.deal.value.minorUnits < 0 { report("line \(record.line): a negative value") }
        case .failure:
            continue
        }
    }
}
