// libFuzzer entry point for the CSV importer: built by `make fuzz` with `swiftc -sanitize=fuzzer`
// together with the Pipeline, Interop and CSV.swift sources, CSVImportChecks.swift and CSVReference.swift.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    checkCSVImportProperties(data) { problem in fatalError(problem) }
    CSVReference.checkSameReading(data) { problem in fatalError(problem) }
    return 0
}
