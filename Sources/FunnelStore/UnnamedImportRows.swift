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

extension RowsImportedBefore {
    /// The refusal of rows earlier imports brought: `rowsPerRun` counts them by the import run that brought each
    /// last, `runs` are those runs (id, file, moment); the latest run comes first.
    public init(rowsPerRun: [Int64: Int], runs: [(id: Int64, file: String, at: Date)]) {
        let earlier = runs.map { ImportRun(file: $0.file, at: $0.at, rows: rowsPerRun[$0.id] ?? 0) }.sorted { $0.at > $1.at }
        self.init(count: rowsPerRun.values.reduce(0, +), earlier: earlier)
    }
}
