import Foundation
import FunnelStore
import Pipeline

/// The `/` filter's recent matches on the server, kept while nobody writes, so a key typed or deleted costs the
/// server one look at the change counter instead of three aggregates over the matching deals.
///
/// What a user does while filtering is type, backspace, type: a deleted key's shorter filter was found a moment
/// ago, and a typed key's longer filter is found among the shorter one's matches (`ServerFilterMatches.narrowed`).
/// Entries are the filters the current one contains (its prefixes as typed), per pipeline, newest last, at most
/// `capacity`, with the pipelines and the cards of the pages shown, all read at one `Version`.
///
/// Every Funnel write on the database, by anyone, raises the change counter (`funnel_change`) in its own
/// transaction, and writers take turns on that row, so a snapshot that reads counter `n` holds every write up to
/// the `n`th and none after it. A filter read runs in one repeatable-read snapshot that reads the counter first:
/// what was kept at the same counter is what that snapshot holds, and anything kept at another is dropped. A
/// write inside the reading transaction itself (which could roll back) never reads or keeps entries
/// (`PostgresPipelineStore.filteredLanes`).
final class ServerFilterResults: @unchecked Sendable {
    // @unchecked: every field is behind `lock`.
    /// What the database was when the entries were read: the change counter, on one connection.
    struct Version: Equatable {
        var counter: Int64
        /// The store's reconnections so far: a new connection starts afresh.
        var connection: Int64
    }

    private let lock = NSLock()
    private var entries: [ServerFilterMatches] = []
    /// Cards of the pages shown, read at `version`.
    private var shownDeals: [Int64: Deal] = [:]
    /// Every pipeline and its stages, read at `version`.
    private var keptPipelines: [Pipeline]?
    private var version: Version?

    /// Filters kept at most: one per character of a filter typed.
    static let capacity = 32
    /// Matches a kept entry may hold at most, so memory stays bounded whatever the number of open deals.
    static let maximumMatches = 200_000
    /// Cards kept at most (a page of each lane for a few dozen filters).
    static let maximumDeals = 4_096

    /// The matches of `needle` in a pipeline when they are known at `version`: kept, or narrowed from a kept
    /// shorter filter. Nil when they must be read. Entries of another version are dropped.
    func matches(pipelineID: Int64?, needle: [UInt8], at version: Version) -> ServerFilterMatches? {
        lock.withLock {
            guard self.version == version else {
                entries = []
                shownDeals = [:]
                keptPipelines = nil
                self.version = version
                return nil
            }
            if let kept = entries.last(where: { $0.pipelineID == pipelineID && $0.needle == needle }) { return kept }
            // The longest kept filter the new one holds narrows fastest.
            let parents = entries.filter { $0.pipelineID == pipelineID && $0.texts != nil && ServerFilterMatches.holds(needle, $0.needle) }
            return parents.max { $0.needle.count < $1.needle.count }?.narrowed(to: needle)
        }
    }

    /// The cards read at `version` (none when the database changed since).
    func deals(at version: Version) -> [Int64: Deal] {
        lock.withLock { self.version == version ? shownDeals : [:] }
    }

    /// The pipelines read at `version`, nil when they must be read.
    func pipelines(at version: Version) -> [Pipeline]? {
        lock.withLock { self.version == version ? keptPipelines : nil }
    }

    /// Keeps `matches`, the pipelines and the cards `deals`, read or narrowed at `version`, and drops the
    /// pipeline's entries the filter does not contain.
    func keep(_ matches: ServerFilterMatches, pipelines: [Pipeline], deals: [Deal], at version: Version) {
        lock.withLock {
            guard self.version == version else { return }
            keptPipelines = pipelines
            if shownDeals.count + deals.count > Self.maximumDeals { shownDeals = [:] }
            for deal in deals { shownDeals[deal.id] = deal }
            guard matches.count <= Self.maximumMatches else { return }
            // Of this pipeline's entries only the filters this one contains stay; a lane scrolled under the filter
            // reads every pipeline's matches (pipeline nil) and leaves the board's in place.
            entries.removeAll {
                $0.pipelineID == matches.pipelineID && (!ServerFilterMatches.holds(matches.needle, $0.needle) || $0.needle == matches.needle)
            }
            entries.append(matches)
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        }
    }
}
