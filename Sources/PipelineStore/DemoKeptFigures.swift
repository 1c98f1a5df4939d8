import GRDB
import Pipeline

/// The report's kept figures for a demo's deals, added up while the demo makes them, for a load
/// into a database without deals: written once at its end instead of rebuilt from what was written.
///
/// The stage stays come from each deal's history as the load writes it (the same entries, in the
/// order their ids get, through the same rules: `StageStayTotals`), the outcomes from the deal's
/// status, currency, owner, source and lost reason. A rebuild reads the 4.7 million history entries
/// of a million-deal demo back in deal order and groups its million deals again.
struct DemoKeptFigures {
    /// A `deal_outcome` row's group, as positions in `DemoTexts` (lost reason -1: none).
    private struct Outcome: Hashable {
        var pipelineID: Int64
        var status: DealStatus
        var currency: Int
        var owner: Int
        var source: Int
        var lostReason: Int
    }

    /// The demo's stages' ids and pipelines, by position.
    private let stageIDs: [Int64]
    private let pipelineIDs: [Int64]
    private var stays = StageStayTotals()
    private var outcomes: [Outcome: (deals: Int64, value: Int64)] = [:]
    /// The deal being added's history, reused from deal to deal.
    private var events: [StageFlowTally.Event] = []

    init(stages: [Stage]) {
        stageIDs = stages.map(\.id)
        pipelineIDs = stages.map(\.pipelineID)
    }

    /// Adds a history entry of the deal being added; entries come in the order of their ids.
    mutating func add(_ entry: DemoDealChoices.HistoryEntry) {
        events.append(StageFlowTally.Event(
            kind: entry.kind, stageID: stageIDs[entry.toStage], fromNowhere: entry.fromStage == nil, at: entry.at))
    }

    /// Ends the deal whose history entries were just added.
    mutating func endDeal(_ choices: DemoDealChoices) {
        // The store pairs a deal's entries in (time, id) order; a demo's come in time order already,
        // so this sort (stable: ties keep id order) changes nothing but states the rule.
        if zip(events, events.dropFirst()).contains(where: { $0.at > $1.at }) {
            events = events.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        }
        stays.add(events, dealWon: choices.status == .won)
        events.removeAll(keepingCapacity: true)
        let outcome = Outcome(
            pipelineID: pipelineIDs[choices.stageIndex], status: choices.status, currency: choices.currency, owner: choices.owner, source: choices.source,
            lostReason: choices.lostReason)
        let sums = outcomes[outcome] ?? (0, 0)
        outcomes[outcome] = (sums.deals + 1, sums.value + choices.value)
    }

    /// Replaces `stage_stay`, `stage_stay_seconds`, `stage_stay_days` and `deal_outcome` by the
    /// figures added up: right only when the demo's deals are all the database holds.
    mutating func write(_ db: Database) throws {
        try Schema.replaceStageStays(db, with: &stays)
        try db.execute(sql: "DELETE FROM deal_outcome")
        let texts = DemoTexts.standard
        // Grouped by text: the demo draws a currency from a list that repeats codes to weight them.
        struct Row: Hashable {
            var pipelineID: Int64, status: String, currency: String, owner: String, source: String, lostReason: String?
        }
        var sums: [Row: (deals: Int64, value: Int64)] = [:]
        for (outcome, added) in outcomes {
            let row = Row(
                pipelineID: outcome.pipelineID, status: outcome.status.rawValue, currency: texts.currencyCodes[outcome.currency], owner: texts.owners[outcome.owner],
                source: texts.sources[outcome.source], lostReason: outcome.lostReason >= 0 ? texts.lostReasons[outcome.lostReason] : nil)
            let before = sums[row] ?? (0, 0)
            sums[row] = (before.deals + added.deals, before.value + added.value)
        }
        // In the order of the rebuild's GROUP BY (text compared byte by byte, no reason first), so
        // even the rowids are those a rebuild gives.
        let rows = sums.sorted { first, second in
            let (a, b) = (first.key, second.key)
            if a.pipelineID != b.pipelineID { return a.pipelineID < b.pipelineID }
            for (x, y) in [(a.status, b.status), (a.currency, b.currency), (a.owner, b.owner), (a.source, b.source)] where x != y {
                return x.utf8.lexicographicallyPrecedes(y.utf8)
            }
            guard let y = b.lostReason else { return false }
            guard let x = a.lostReason else { return true }
            return x.utf8.lexicographicallyPrecedes(y.utf8)
        }.map { (row: $0.key, deals: $0.value.deals, value: $0.value.value) }
        var insert = try BulkInsert(db, sql: """
            INSERT INTO deal_outcome (pipeline_id, status, currency, owner, source, lost_reason, deals, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (row, deals, value) in rows {
            insert.bind(row.pipelineID)
            insert.bind(row.status)
            insert.bind(row.currency)
            insert.bind(row.owner)
            insert.bind(row.source)
            insert.bind(row.lostReason)
            insert.bind(deals)
            insert.bind(value)
            try insert.run()
        }
    }
}
