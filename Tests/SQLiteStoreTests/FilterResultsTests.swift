import Foundation
import FunnelTestSupport
import GRDB
import Pipeline
import PropertyBased
import FunnelStore
@testable import SQLiteStore
import Testing

/// The `/` filter's kept matches (`FilterResults`): a key typed narrows the shorter filter's matches, a key
/// deleted reuses them, and whatever the order of keys and writes (this store's or another connection's)
/// the lanes equal a fresh read.
@Suite("Store: the filter's kept matches agree with a fresh read")
struct FilterResultsTests {
    static let now = StoreFixture.at("2026-11-29T09:00:00Z")

    /// What a filter shows: each lane's totals and every match's id in lane order.
    struct Shown: Equatable, CustomStringConvertible {
        var summaries: [StageSummary]
        var lanes: [[Int64]]
        var count: Int
        var description: String { "\(count) matches: \(lanes)" }
    }

    static func shown(_ lanes: FilteredLanes, _ pipeline: Pipeline) throws -> Shown {
        Shown(
            summaries: try lanes.summaries(pipelineID: pipeline.id),
            lanes: try pipeline.stages.map { try lanes.lanePage(stageID: $0.id, pivot: nil, skip: 0, limit: 1_000, stalledAt: nil).deals.map(\.id) },
            count: lanes.matchCount)
    }

    /// Through `readFilteredLanes`, which keeps and reuses matches.
    static func kept(_ store: SQLitePipelineStore, _ pipeline: Pipeline, _ text: String) throws -> Shown {
        try store.readFilteredLanes(pipelineID: pipeline.id, text: text) { try shown($0, pipeline) }
    }

    /// Read from the database in one transaction, nothing reused.
    static func fresh(_ store: SQLitePipelineStore, _ pipeline: Pipeline, _ text: String) throws -> Shown {
        try store.dbWriter.read { db in try shown(FilteredLanes(db, pipelineID: pipeline.id, text: text), pipeline) }
    }

    /// Pieces of titles and of filters: cases, accents, a combining mark, İ, ß, Σ, CJK, emoji and spaces.
    static let pieces = ["a", "A", "c", "m", "e", "é", "e\u{301}", "İ", "i", "ß", "Σ", "σ", "北", "京", "🎉", "👍🏽", " ", "%"]

    @Test("a key deleted reuses the shorter filter's matches, a key typed narrows them, a write drops them")
    func reuseAndNarrow() throws {
        let fixture = try StoreFixture()
        for title in ["Acme renewal", "Acme expansion", "Globex renewal", "北京 renewal", "Initech"] {
            try fixture.addDeal(title, stage: "2")
        }
        let store = fixture.store
        let pipeline = try store.pipeline(named: nil)
        let needle = FilterMatches.needle
        #expect(try Self.kept(store, pipeline, "e").count == 5)
        let version = try #require(try store.filterVersion())
        // The longer filter is found among the shorter one's matches, without reading.
        let narrowed = try #require(store.filterResults.matches(pipelineID: pipeline.id, needle: needle("ren"), at: version))
        #expect(narrowed.count == 3)
        #expect(narrowed.lanes.flatMap(\.cards).map(\.id) == (try Self.fresh(store, pipeline, "ren").lanes.joined().map { $0 }))
        #expect(try Self.kept(store, pipeline, "renewal").count == 3)
        // Deleting keys finds the shorter filter kept.
        #expect(store.filterResults.matches(pipelineID: pipeline.id, needle: needle("e"), at: version)?.count == 5)
        // Another pipeline's filter is not narrowed from this one's.
        #expect(store.filterResults.matches(pipelineID: pipeline.id + 1, needle: needle("ren"), at: version) == nil)
        // A write through this store drops them all.
        try fixture.addDeal("Acme renewal two", stage: "1")
        #expect(try store.filterVersion() != version)
        #expect(store.filterResults.matches(pipelineID: pipeline.id, needle: needle("e"), at: try #require(try store.filterVersion())) == nil)
        #expect(try Self.kept(store, pipeline, "renewal").count == 4)
        // Another connection's write moves the version too.
        let before = try #require(try store.filterVersion())
        let other = try SQLitePipelineStore.open(path: store.path)
        try other.addDeal(Deal(
            title: "Renewal elsewhere", value: Money(minorUnits: 1, currency: .usd), pipelineID: pipeline.id,
            stageID: pipeline.stages[0].id, createdAt: Self.now))
        #expect(try store.filterVersion() != before)
        #expect(try Self.kept(store, pipeline, "renewal").count == 5)
        try other.close()
    }

    @Test("a filter holding a 0 byte is never narrowed: the kept texts use it as their separator")
    func separatorIsNotNarrowed() throws {
        let fixture = try StoreFixture()
        try fixture.addDeal("Acme", stage: "1")
        let pipeline = try fixture.store.pipeline(named: nil)
        _ = try Self.kept(fixture.store, pipeline, "a")
        let version = try #require(try fixture.store.filterVersion())
        #expect(fixture.store.filterResults.matches(pipelineID: pipeline.id, needle: Array("a\u{0}".utf8), at: version) == nil)
        #expect(try Self.kept(fixture.store, pipeline, "a\u{0}") == Self.fresh(fixture.store, pipeline, "a\u{0}"))
    }

    /// One step of a user at the board while the database changes.
    enum Step: CustomStringConvertible {
        case type(String)
        case delete
        case clear
        /// A write through the board's own store, or through another connection.
        case write(code: Int, elsewhere: Bool)

        init(code: Int) {
            switch code % 10 {
            case 0...4: self = .type(FilterResultsTests.pieces[(code / 10) % FilterResultsTests.pieces.count])
            case 5, 6: self = .delete
            case 7: self = .clear
            default: self = .write(code: code / 10, elsewhere: code % 10 == 9)
            }
        }

        var description: String {
            switch self {
            case .type(let text): "type \(text.debugDescription)"
            case .delete: "delete"
            case .clear: "clear"
            case .write(let code, let elsewhere): "write \(code)\(elsewhere ? " elsewhere" : "")"
            }
        }
    }

    @Test("random keys typed and deleted between writes: the lanes and totals equal a fresh read after every step")
    func randomKeysAndWrites() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...99_999).array(of: 5...50)) { codes in
            do {
                try Self.run(codes.map(Step.init(code:)), seed: codes.first ?? 0)
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    static func run(_ steps: [Step], seed: Int) throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let other = try SQLitePipelineStore.open(path: store.path)
        defer { try? other.close() }
        let pipeline = try store.pipeline(named: nil)
        func title(_ code: Int) -> String {
            (0..<(1 + code % 6)).map { pieces[(code / (1 + $0 * 5)) % pieces.count] }.joined()
        }
        var ids: [Int64] = []
        for index in 0..<24 {
            let code = (seed + 1) * (index + 7) * 7_919
            let deal = try fixture.addDeal(title(code), stage: "\(index % 5 + 1)", value: Int64(100 * (index + 1)))
            ids.append(deal.id)
        }
        var filter = ""
        for step in steps {
            switch step {
            case .type(let text):
                filter += text
            case .delete:
                if !filter.isEmpty { filter.removeLast() }
            case .clear:
                filter = ""
            case .write(let code, let elsewhere):
                try write(code: code, to: elsewhere ? other : store, ids: &ids, pipeline: pipeline, title: title)
            }
            guard !filter.isEmpty else { continue }
            let shown = try kept(store, pipeline, filter)
            #expect(shown == (try fresh(store, pipeline, filter)), "filter \(filter.debugDescription) after \(step)")
        }
    }

    /// A write that changes what a filter finds or shows: a new deal, a new title, a move, closing, reopening, deleting.
    static func write(code: Int, to store: SQLitePipelineStore, ids: inout [Int64], pipeline: Pipeline, title: (Int) -> String) throws {
        let id = ids[code % ids.count]
        let stage = pipeline.stages[(code / 7) % pipeline.stages.count]
        do {
            switch code % 7 {
            case 0:
                let deal = try store.addDeal(Deal(
                    title: title(code), value: Money(minorUnits: Int64(code % 5_000), currency: .usd), pipelineID: pipeline.id,
                    stageID: stage.id, createdAt: now)).value
                ids.append(deal.id)
            case 1:
                try store.editDeal(id: id, now: now) { $0.title = title(code / 3) }
            case 2:
                try store.editDeal(id: id, now: now) { $0.organization = title(code / 5); $0.value.minorUnits = Int64(code % 999) }
            case 3:
                try store.moveDeal(id: id, toStageID: stage.id, now: now)
            case 4:
                try store.markWon(id: id, now: now)
            case 5:
                try store.reopen(id: id, stage: nil, now: now)
            default:
                guard ids.count > 1 else { return }
                try store.deleteDeal(id: id)
                ids.removeAll { $0 == id }
            }
        } catch let error as PipelineError {
            // Refusals (won twice, reopening an open deal) are part of the game.
            guard case .refused = error else { throw error }
        }
    }
}
