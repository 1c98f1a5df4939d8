import Foundation
import FunnelStore
import Pipeline

/// The `/` filter's recent matches, kept while nothing is written, so a key typed or deleted reuses them.
///
/// What a user does while filtering is type, backspace, type: a deleted key's shorter filter was found a
/// moment ago, and a typed key's longer filter is found among the matches of the shorter one (`FilterMatches.narrowed`).
/// Entries are the filters the current one contains (its prefixes as typed), per pipeline, newest last, at
/// most `capacity` of them. All of them go at once when the database changes: a write through this store moves
/// its write count (odd while the write runs), another connection's commit moves `PRAGMA data_version` of the
/// writer connection (`SQLitePipelineStore.changeToken`), and `SQLitePipelineStore.readFilteredLanes` compares both before
/// and after its read.
final class FilterResults: @unchecked Sendable {
    /// What the database was when the entries were read: the change token and this store's write count.
    struct Version: Equatable {
        var token: Int64
        var writes: Int
    }

    private let lock = NSLock()
    private var entries: [FilterMatches] = []
    /// Cards of the pages shown, read at `version`.
    private var shownDeals: [Int64: Deal] = [:]
    private var version: Version?
    private var writeCount = 0

    /// Filters kept at most: one per character of a filter typed.
    static let capacity = 32
    /// Matches a kept entry may hold at most, so memory stays bounded whatever the number of open deals.
    static let maximumMatches = 200_000
    /// Cards kept at most (a page of each lane for a few dozen filters).
    static let maximumDeals = 4_096

    /// Runs a write through the store: the count is odd while it runs, and the entries go before and after.
    func whileWriting<T>(_ write: () throws -> T) rethrows -> T {
        changed()
        defer { changed() }
        return try write()
    }

    private func changed() {
        lock.withLock {
            writeCount += 1
            entries = []
            shownDeals = [:]
            version = nil
        }
    }

    /// Twice the number of this store's writes so far; nil while one runs (the count is odd).
    var writesWhenIdle: Int? {
        lock.withLock { writeCount % 2 == 0 ? writeCount : nil }
    }

    /// The matches of `needle` in a pipeline when they are known at `version`: kept, or narrowed from
    /// a kept shorter filter. Nil when they must be read.
    func matches(pipelineID: Int64?, needle: [UInt8], at version: Version) -> FilterMatches? {
        lock.withLock {
            guard self.version == version else {
                entries = []
                shownDeals = [:]
                self.version = version
                return nil
            }
            if let kept = entries.last(where: { $0.pipelineID == pipelineID && $0.needle == needle }) {
                return kept
            }
            // The longest kept filter the new one contains narrows fastest.
            let parents = entries.filter { $0.pipelineID == pipelineID && $0.texts != nil && FilterMatches.contains(needle, $0.needle) }
            return parents.max { $0.needle.count < $1.needle.count }?.narrowed(to: needle)
        }
    }

    /// The cards read at `version` (none when the database changed since).
    func deals(at version: Version) -> [Int64: Deal] {
        lock.withLock { self.version == version ? shownDeals : [:] }
    }

    /// Keeps `matches` and the cards `deals`, read or narrowed at `version`, and drops the pipeline's entries
    /// the filter does not contain.
    func keep(_ matches: FilterMatches, deals: [Deal], at version: Version) {
        lock.withLock {
            guard self.version == version else { return }
            if shownDeals.count + deals.count > Self.maximumDeals { shownDeals = [:] }
            for deal in deals { shownDeals[deal.id] = deal }
            guard matches.count <= Self.maximumMatches else { return }
            // Of this pipeline's entries only the filters this one contains stay; a lane scrolled under the
            // filter reads every pipeline's matches (pipeline nil) and leaves the board's in place.
            entries.removeAll {
                $0.pipelineID == matches.pipelineID && (!FilterMatches.contains(matches.needle, $0.needle) || $0.needle == matches.needle)
            }
            entries.append(matches)
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        }
    }
}
