// libFuzzer entry point for the parsers: built by `make fuzz` with `swiftc -sanitize=fuzzer`
// together with the Pipeline sources and ParsingChecks.swift.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParsing(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    checkParsingProperties(text) { problem in fatalError(problem) }
    return 0
}
