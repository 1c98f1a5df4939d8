// libFuzzer entry point for the CSV importer: built by `make fuzz` with `swiftc -sanitize=fuzzer`
// together with the Pipeline, Interop and CSV.swift sources and CSVImportChecks.swift.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    checkCSVImportProperties(Data(bytes: start, count: count)) { problem in fatalError(problem) }
    return 0
}
