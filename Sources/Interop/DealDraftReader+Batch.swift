import Foundation

extension DealDraftReader {
    /// Reads many records on every core: the drafts of the good rows and the problems of the bad
    /// ones, both in file order. An import reads hundreds of thousands and each record is
    /// independent of the others.
    public func readAll(_ records: [CSVDocument.Record]) -> (drafts: [DealDraft], problems: [RowProblem]) {
        let results = UnsafeMutableBufferPointer<Result<DealDraft, RowProblems>>.allocate(capacity: records.count)
        defer { results.deallocate() }
        let cores = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        if cores > 1 && records.count >= 2_000 {
            let chunks = cores * 4
            let chunkSize = (records.count + chunks - 1) / chunks
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
        } else {
            for index in records.indices { (results.baseAddress! + index).initialize(to: read(records[index])) }
        }
        // Each result is moved out, not copied: a draft holds a dozen strings.
        var drafts: [DealDraft] = []
        drafts.reserveCapacity(records.count)
        var problems: [RowProblem] = []
        for index in records.indices {
            switch (results.baseAddress! + index).move() {
            case .success(let draft): drafts.append(draft)
            case .failure(let bad): problems.append(contentsOf: bad.problems)
            }
        }
        return (drafts, problems)
    }
}
