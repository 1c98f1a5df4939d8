import Foundation

extension DealDraftReader {
    /// Reads many records, in file order, on every core: an import reads hundreds of thousands
    /// and each record is independent of the others.
    public func readAll(_ records: [CSVDocument.Record]) -> [Result<DealDraft, RowProblems>] {
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        guard cores > 1 && records.count >= 2_000 else { return records.map(read) }
        let chunks = cores * 4
        let chunkSize = (records.count + chunks - 1) / chunks
        let results = UnsafeMutableBufferPointer<Result<DealDraft, RowProblems>>.allocate(capacity: records.count)
        defer { results.deallocate() }
        // Each chunk initialises only its own slots.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            let end = min(start + chunkSize, records.count)
            guard start < end else { return }
            for index in start..<end {
                (slots.baseAddress! + index).initialize(to: read(records[index]))
            }
        }
        let ordered = Array(results)
        _ = results.deinitialize()
        return ordered
    }
}
