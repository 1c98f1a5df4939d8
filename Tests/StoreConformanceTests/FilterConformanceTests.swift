import Foundation
import FunnelStore
import Pipeline
import PropertyBased
import StoreEngines
import Testing

/// The board's `/` filter (`filteredLanes`) key by key, as a user types, deletes and types again while the pipeline
/// changes through the board's own store and through another connection: after every key the lanes, totals and
/// count equal those worked out here from the open deals read through the contract. Engines that keep a key's
/// matches for the next one (both do) must never show a deal that no longer matches or hide one that now does.
@Suite("Store contract: the filter's lanes, key by key, equal the matching open deals")
struct FilterConformanceTests {
    /// What the board shows under a filter: each lane's totals, every match's id in lane order, and the count.
    struct Shown: Equatable, CustomStringConvertible {
        var summaries: [StageSummary]
        var lanes: [[Int64]]
        var count: Int
        var description: String { "\(count) matches: \(lanes)" }
    }

    /// Through the contract's filtered lanes (a page of each lane, as the board asks).
    static func shown(_ store: any PipelineStore, _ pipeline: Pipeline, _ text: String) throws -> Shown {
        let lanes = try store.filteredLanes(
            pipelineID: pipeline.id, text: text, stalledAt: nil, summariesOf: pipeline.id,
            pages: pipeline.stages.map { LanePageRequest(stageID: $0.id, start: .first, limit: 500) })
        return Shown(summaries: lanes.summaries, lanes: lanes.pages.map { $0.deals.map(\.id) }, count: lanes.matchCount)
    }

    /// Worked out from the open deals: a deal matches when its title, organization, person or owner holds the
    /// text in any case; lanes in lane order; totals per currency, weighted by the deal's own probability or its stage's.
    static func expected(_ store: any PipelineStore, _ pipeline: Pipeline, _ text: String) throws -> Shown {
        let needle = text.lowercased()
        let matches = try store.deals(DealQuery(pipelineID: pipeline.id, statuses: [.open])).filter { deal in
            [deal.title, deal.organization, deal.person.name, deal.owner].contains { $0?.lowercased().contains(needle) == true }
        }
        var summaries: [StageSummary] = []
        var lanes: [[Int64]] = []
        for stage in pipeline.stages {
            let lane = matches.filter { $0.stageID == stage.id }.sorted { ($0.lanePosition, $0.id) < ($1.lanePosition, $1.id) }
            lanes.append(lane.map(\.id))
            var summary = StageSummary(stageID: stage.id)
            for (currency, deals) in Dictionary(grouping: lane, by: \.value.currency).sorted(by: { $0.key.code < $1.key.code }) {
                let total = deals.reduce(Int64(0)) { $0 + $1.value.minorUnits }
                let onStage = deals.filter { $0.probabilityOverride == nil }.reduce(Int64(0)) { $0 + $1.value.minorUnits }
                let own = deals.reduce(Int64(0)) { $0 + $1.value.minorUnits * Int64($1.probabilityOverride ?? 0) }
                try summary.add(
                    deals: deals.count, value: Money(minorUnits: total, currency: currency),
                    weighted: Money.weightedTotal(stageWeighted: onStage, stageProbability: stage.probability, ownHundredths: own, currency: currency),
                    stageWeighted: onStage)
            }
            summaries.append(summary)
        }
        return Shown(summaries: summaries, lanes: lanes, count: matches.count)
    }

    /// Deals whose texts share beginnings, in several stages, currencies and probabilities.
    static func addDeals(_ fresh: FreshEngineStore) throws -> [Deal] {
        let pipeline = try fresh.sales
        let rows: [(title: String, organization: String?, owner: String?, stage: Int, currency: String, probability: Int?)] = [
            ("Acme renewal", "Acme Corp", "Li Wei", 0, "USD", nil),
            ("ACME expansion", nil, "Ana", 1, "EUR", 35),
            ("Acme corp renewal", "Acme Corp", nil, 1, "USD", nil),
            ("Globex renewal", "Globex", "Ana", 2, "USD", 80),
            ("Initech licences", "Initech", "Li Wei", 2, "EUR", nil),
            ("Umbrella pilot", "Acme Holdings", "Bo", 3, "USD", nil),
            ("Renewal of support", nil, "Acme desk", 0, "JPY", 10),
            ("Hooli corp deal", "Hooli", nil, 4, "USD", nil),
        ]
        return try rows.enumerated().map { index, row in
            try fresh.store.addDeal(Deal(
                title: row.title, value: Money(minorUnits: Int64(10_000 * (index + 1) + 7), currency: Currency(code: row.currency)!),
                pipelineID: pipeline.id, stageID: pipeline.stages[row.stage].id, owner: row.owner, organization: row.organization,
                probabilityOverride: row.probability, createdAt: fresh.now)).value
        }
    }

    @Test("keys typed narrow, keys deleted widen, and every key's lanes equal the matching deals", arguments: StoreEngineUnderTest.all)
    func typeAndDelete(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        _ = try Self.addDeals(fresh)
        let pipeline = try fresh.sales
        let typed = Array("acme corp renewal")
        var keys = (1...typed.count).map { String(typed.prefix($0)) }
        keys += keys.reversed().dropFirst()
        // After deleting back to one letter, a different word: "a" then "an" (a filter that "acme" never held).
        keys += ["an", "ana", "an", "a", "r", "re", "ren"]
        for text in keys {
            let shown = try Self.shown(fresh.store, pipeline, text)
            #expect(shown == (try Self.expected(fresh.store, pipeline, text)), "filter \(text.debugDescription)")
        }
        // The keys were not all empty: the filter found deals, in several lanes and currencies.
        #expect(try Self.shown(fresh.store, pipeline, "acme").count == 5)
        #expect(try Self.shown(fresh.store, pipeline, "acme corp renewal").lanes.joined().count == 1)
    }

    @Test("a change between two keys, by the board's own store or another connection, shows at the next key", arguments: StoreEngineUnderTest.all)
    func changesBetweenKeys(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let deals = try Self.addDeals(fresh)
        let pipeline = try fresh.sales
        let other = try fresh.store.location.open()
        defer { try? other.close() }
        func check(_ text: String, after change: String) throws {
            // Read again: a change may be to the pipeline's stages.
            let pipeline = try fresh.sales
            #expect(try Self.shown(fresh.store, pipeline, text) == (try Self.expected(fresh.store, pipeline, text)), "filter \(text.debugDescription) after \(change)")
        }
        let changes: [(name: String, change: () throws -> Void)] = [
            ("a new matching deal elsewhere", {
                _ = try other.addDeal(Deal(
                    title: "Renewal from elsewhere", value: Money(minorUnits: 5, currency: .usd), pipelineID: pipeline.id,
                    stageID: pipeline.stages[1].id, createdAt: fresh.now))
            }),
            ("a title changed elsewhere so it no longer matches", {
                _ = try other.editDeal(id: deals[0].id, now: fresh.now) { $0.title = "Acme extension" }
            }),
            ("a title changed elsewhere so it now matches", {
                _ = try other.editDeal(id: deals[4].id, now: fresh.now) { $0.title = "Initech renewal" }
            }),
            ("a value and probability changed elsewhere", {
                _ = try other.editDeal(id: deals[2].id, now: fresh.now) { $0.value.minorUnits = 99_999; $0.probabilityOverride = 55 }
            }),
            ("a deal moved elsewhere", { _ = try other.moveDeal(id: deals[3].id, toStageID: pipeline.stages[0].id, now: fresh.now) }),
            ("a deal won elsewhere", { _ = try other.markWon(id: deals[2].id, now: fresh.now) }),
            ("a deal deleted elsewhere", { try other.deleteDeal(id: deals[6].id) }),
            ("a deal moved by this store", { _ = try fresh.store.moveDeal(id: deals[4].id, toStageID: pipeline.stages[3].id, now: fresh.now) }),
            ("a stage's probability changed elsewhere", {
                try other.updateStage(pipelineID: pipeline.id, pipeline.stages[0].name, probability: 65, stallDays: nil)
            }),
        ]
        for (name, change) in changes {
            // Typed, then the change, then a key typed (narrowing what was kept) and a key deleted (what was kept).
            try check("re", after: "nothing")
            try check("ren", after: "nothing")
            try change()
            try check("rene", after: name)
            try check("ren", after: name)
            try check("re", after: name)
            try check("r", after: name)
        }
    }

    /// Pieces of titles and of filters: letters in both cases, LIKE's wildcards and escape, CJK, an emoji and a space
    /// (no letter whose lower case depends on the server's locale).
    static let pieces = ["a", "A", "c", "m", "e", "n", "r", "%", "_", "\\", "北", "京", "🎉", " "]

    /// One step of a user at the board while the database changes, decoded from a random number.
    enum Step: CustomStringConvertible {
        case type(String)
        case delete
        case clear
        /// A write through the board's own store, or through another connection.
        case write(code: Int, elsewhere: Bool)

        init(code: Int) {
            switch code % 10 {
            case 0...4: self = .type(FilterConformanceTests.pieces[(code / 10) % FilterConformanceTests.pieces.count])
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

    @Test("random keys typed and deleted between writes here and elsewhere: every key's lanes equal the matching deals", arguments: StoreEngineUnderTest.all)
    func randomKeysAndWrites(engine: StoreEngineUnderTest) async {
        await propertyCheck(count: 15, input: Gen.int(in: 0...99_999).array(of: 5...40)) { codes in
            do {
                try Self.run(codes.map(Step.init(code:)), seed: codes.first ?? 0, on: engine)
            } catch {
                Issue.record("unexpected error: \(error)")
            }
        }
    }

    static func run(_ steps: [Step], seed: Int, on engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        let other = try fresh.store.location.open()
        defer { try? other.close() }
        let pipeline = try fresh.sales
        func title(_ code: Int) -> String {
            let title = (0..<(1 + code % 6)).map { pieces[(code / (1 + $0 * 5)) % pieces.count] }.joined()
            return title.trimmingCharacters(in: .whitespaces).isEmpty ? "blank" : title
        }
        var ids: [Int64] = []
        for index in 0..<16 {
            let code = (seed + 1) * (index + 7) * 7_919
            ids.append(try fresh.addDeal(title(code), value: Int64(100 * (index + 1)), stage: index % pipeline.stages.count).id)
        }
        var filter = ""
        for step in steps {
            switch step {
            case .type(let text): filter += text
            case .delete: if !filter.isEmpty { filter.removeLast() }
            case .clear: filter = ""
            case .write(let code, let elsewhere):
                try write(code: code, to: elsewhere ? other : fresh.store, ids: &ids, pipeline: pipeline, now: fresh.now, title: title)
            }
            guard !filter.isEmpty else { continue }
            #expect(try shown(fresh.store, pipeline, filter) == (try expected(fresh.store, pipeline, filter)), "filter \(filter.debugDescription) after \(step)")
        }
    }

    /// A write that changes what a filter finds or shows: a new deal, a new title or organization and value, a move,
    /// winning, reopening, deleting.
    static func write(code: Int, to store: any PipelineStore, ids: inout [Int64], pipeline: Pipeline, now: Date, title: (Int) -> String) throws {
        let id = ids[code % ids.count]
        let stage = pipeline.stages[(code / 7) % pipeline.stages.count]
        do {
            switch code % 7 {
            case 0:
                ids.append(try store.addDeal(Deal(
                    title: title(code), value: Money(minorUnits: Int64(code % 5_000), currency: .usd), pipelineID: pipeline.id,
                    stageID: stage.id, createdAt: now)).value.id)
            case 1:
                _ = try store.editDeal(id: id, now: now) { $0.title = title(code / 3) }
            case 2:
                _ = try store.editDeal(id: id, now: now) { $0.organization = title(code / 5); $0.value.minorUnits = Int64(code % 999) }
            case 3:
                _ = try store.moveDeal(id: id, toStageID: stage.id, now: now)
            case 4:
                _ = try store.markWon(id: id, now: now)
            case 5:
                _ = try store.reopen(id: id, stage: nil, now: now)
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
