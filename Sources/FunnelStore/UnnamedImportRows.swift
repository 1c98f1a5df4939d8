import Foundation
import Pipeline

/// The rows of an import that have no id and match no deal, which only their values tell apart: each one's
/// fingerprint by its place in the import (`ImportedValues.fingerprint`, with its stage placed), so the same row
/// read from the same file again has the same one. Both engines check them against the rows earlier imports
/// brought, and remember them for the next import.
public struct UnnamedImportRows: Sendable {
    /// By the import's index: the fingerprint of each new deal without an id, nil for the others.
    public let fingerprints: [Int64?]
    /// How many rows have a fingerprint.
    public let count: Int

    /// Nil when the import brings no new row without an id.
    public init?(imports: [DealImport], targets: [Stage], existing: [Int64?]) {
        var fingerprints = [Int64?](repeating: nil, count: imports.count)
        var count = 0
        for index in imports.indices where imports[index].externalID == nil && existing[index] == nil {
            fingerprints[index] = imports[index].says(in: targets[index]).fingerprint
            count += 1
        }
        guard count > 0 else { return nil }
        self.fingerprints = fingerprints
        self.count = count
    }

    /// The fingerprints, in the import's order.
    public var all: [Int64] { fingerprints.compactMap { $0 } }
}

extension UnnamedImportRows {
    /// One row to remember for the next import (`imported_row`): the deal it became, its fingerprint and the
    /// import run that brought it.
    public struct Remembered: Sendable, Hashable {
        public var dealID: Int64
        public var fingerprint: Int64
        public var runID: Int64

        @inlinable
        public init(dealID: Int64, fingerprint: Int64, runID: Int64) {
            self.dealID = dealID
            self.fingerprint = fingerprint
            self.runID = runID
        }
    }

    /// The row at `index` of the import, now deal `dealID`, to remember as brought by run `runID`; nil for a row
    /// with an id or one that is no new deal. Called once per row of a large import, so it is inlined.
    @inlinable
    public func remembered(at index: Int, dealID: Int64, runID: Int64) -> Remembered? {
        guard let fingerprint = fingerprints[index] else { return nil }
        return Remembered(dealID: dealID, fingerprint: fingerprint, runID: runID)
    }

    /// Refuses the import (`RowsImportedBefore`) when earlier imports brought some of its rows (`rowsPerRun`, by the
    /// run that brought each last) and duplicates are not allowed; `runs` reads those runs (id, file, moment) only then.
    public static func checkEarlier(
        _ rowsPerRun: [Int64: Int], allowDuplicates: Bool, runs: ([Int64]) throws -> [(id: Int64, file: String, at: Date)]
    ) throws {
        guard !rowsPerRun.isEmpty && !allowDuplicates else { return }
        throw RowsImportedBefore(rowsPerRun: rowsPerRun, runs: try runs(Array(rowsPerRun.keys)))
    }
}

extension RowsImportedBefore {
    /// The refusal of rows earlier imports brought: `rowsPerRun` counts them by the import run that brought each
    /// last, `runs` are those runs (id, file, moment); the latest run comes first.
    public init(rowsPerRun: [Int64: Int], runs: [(id: Int64, file: String, at: Date)]) {
        let earlier = runs.map { ImportRun(file: $0.file, at: $0.at, rows: rowsPerRun[$0.id] ?? 0) }.sorted { $0.at > $1.at }
        self.init(count: rowsPerRun.values.reduce(0, +), earlier: earlier)
    }
}
