import Foundation
import GRDB
import Pipeline

// MARK: - Demo data

extension PipelineStore {
    /// Inserts generated deals with their histories in one transaction, through reused prepared statements.
    ///
    /// Either every deal is saved or, when anything fails or the process dies, none is.
    /// `progress` is called after every 10,000 deals with the number saved so far.
    ///
    /// A large demo into a database without deals adds up the report's stage stays and outcomes as
    /// it makes the deals and writes them at the end (`DemoKeptFigures`), instead of the load
    /// rebuilding them from the history it wrote.
    @discardableResult
    public func insertDemo(_ demo: DemoPipeline, progress: ((Int) -> Void)? = nil) throws -> Int {
        try bulkLoad(newDeals: demo.count, parentsChecked: true) { db, load in
            try Self.checkDemoStagesExist(db, demo.stages)
            let texts = DemoBinding(demo: demo)
            var kept = load.mayFillDerivedTables ? DemoKeptFigures(stages: demo.stages) : nil
            let saved = try withExtendedLifetime(texts) { try Self.insertDemoDeals(db, demo, texts, kept: &kept, progress: progress) }
            if var kept {
                try kept.write(db)
                load.filled("stage_stay")
                load.filled("deal_outcome")
            }
            return saved
        }
    }

    /// Checks, inside the load's transaction, that every stage the demo writes deals and history
    /// for is still in its pipeline: with that, the load's rows refer only to stages that exist and
    /// to deals it has just inserted, so SQLite need not look each parent up (`parentsChecked`).
    private static func checkDemoStagesExist(_ db: Database, _ stages: [Stage]) throws {
        for stage in stages {
            let found = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM stage JOIN pipeline ON pipeline.id = stage.pipeline_id WHERE stage.id = ? AND stage.pipeline_id = ?)",
                arguments: [stage.id, stage.pipelineID]) ?? false
            guard found else {
                throw PipelineError.notFound("the stage '\(stage.name)' was removed while the demo started; nothing was added, run it again")
            }
        }
    }

    /// The deal columns a demo writes; the others keep their defaults (no notes, no own probability,
    /// temperature from the answers, version 1).
    private static let demoColumns = [
        "id", "title", "value", "currency", "pipeline_id", "stage_id", "status", "lost_reason", "expected_close", "owner",
        "organization", "person", "job_title", "email", "phone", "source", "temperature", "budget", "authority", "need",
        "timing", "priority", "created_at", "stage_entered_at", "updated_at", "closed_at", "lane_position",
    ]

    /// Deals per multi-row INSERT: each run of a statement opens and closes a cursor on the table
    /// and on every index of `deal` (nine partial indexes of open deals stay through a load).
    static let demoDealsPerStatement = 16

    /// An INSERT of `rows` demo deals.
    private static func demoInsert(_ db: Database, rows: Int) throws -> BulkInsert {
        let row = "(" + demoColumns.map { _ in "?" }.joined(separator: ", ") + ")"
        return try BulkInsert(db, sql: """
            INSERT INTO deal (\(demoColumns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """)
    }

    /// Draws deals into a few reused `DemoDealChoices` and binds the demo's texts, made once, in
    /// place: no `Deal`, history array or string per deal. Deals get their ids in order after the
    /// highest stored one (what SQLite would give them), so their history can be written before
    /// them and they go 16 to an INSERT; the caller turned foreign keys off (`parentsChecked`).
    private static func insertDemoDeals(
        _ db: Database, _ demo: DemoPipeline, _ texts: DemoBinding, kept: inout DemoKeptFigures?, progress: ((Int) -> Void)?
    ) throws -> Int {
        var many = try demoInsert(db, rows: demoDealsPerStatement)
        var one = try demoInsert(db, rows: 1)
        var history = try StageChangeBatch(db)
        let firstID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM deal") ?? 0) + 1
        var deals = demo.makeIterator()
        var waiting = Array(repeating: DemoDealChoices(), count: demoDealsPerStatement)
        var count = 0
        var saved = 0
        // A deal's row goes in before its history: in a small load the derived tables' triggers
        // stay on, and those of `stage_change` read the deal (its status, its pipeline).
        while deals.next(into: &waiting[count]) {
            count += 1
            if count == demoDealsPerStatement {
                for choices in waiting { bindDemoDeal(choices, id: firstID + Int64(choices.number - 1), demo, texts, to: &many) }
                try many.run()
                for choices in waiting {
                    try addDemoHistory(choices, dealID: firstID + Int64(choices.number - 1), demo, texts, to: &history, kept: &kept)
                }
                count = 0
            }
            saved += 1
            if saved % 10_000 == 0 { progress?(saved) }
        }
        for choices in waiting.prefix(count) {
            bindDemoDeal(choices, id: firstID + Int64(choices.number - 1), demo, texts, to: &one)
            try one.run()
            try addDemoHistory(choices, dealID: firstID + Int64(choices.number - 1), demo, texts, to: &history, kept: &kept)
        }
        try history.flush()
        return saved
    }

    /// Binds one drawn deal's row, in `demoColumns` order.
    private static func bindDemoDeal(
        _ choices: DemoDealChoices, id: Int64, _ demo: DemoPipeline, _ texts: DemoBinding, to insert: inout BulkInsert
    ) {
        let stage = demo.stages[choices.stageIndex]
        insert.bind(id)
        insert.bind(texts.titles[choices.company][choices.topic])
        insert.bind(choices.value)
        insert.bind(texts.currencyCodes[choices.currency])
        insert.bind(stage.pipelineID)
        insert.bind(stage.id)
        insert.bind(texts.statuses[choices.status.index])
        insert.bind(choices.lostReason >= 0 ? texts.lostReasons[choices.lostReason] : nil)
        insert.bind(texts.day(choices.expectedCloseDay))
        insert.bind(texts.owners[choices.owner])
        insert.bind(texts.organizations[choices.company])
        insert.bind(texts.people[choices.person])
        insert.bind(texts.jobTitles[choices.jobTitle])
        insert.bind(texts.emails[choices.person])
        insert.bind(texts.phones[choices.phone - DemoBinding.firstPhone])
        insert.bind(texts.sources[choices.source])
        insert.bind(texts.temperatures[choices.qualification.impliedTemperature.index])
        insert.bind(texts.answers[choices.qualification.budget.index])
        insert.bind(texts.answers[choices.qualification.authority.index])
        insert.bind(texts.answers[choices.qualification.need.index])
        insert.bind(texts.answers[choices.qualification.timing.index])
        insert.bind(choices.priority)
        insert.bind(choices.createdAt)
        insert.bind(choices.stageEnteredAt)
        insert.bind(choices.closedAt ?? choices.stageEnteredAt)
        insert.bind(choices.closedAt)
        insert.bind(Double(choices.number))
    }

    /// Adds a drawn deal's history (its creation, each move, and its win or loss) and, when the
    /// load adds up the kept figures itself, the deal to them.
    private static func addDemoHistory(
        _ choices: DemoDealChoices, dealID: Int64, _ demo: DemoPipeline, _ texts: DemoBinding, to history: inout StageChangeBatch,
        kept: inout DemoKeptFigures?
    ) throws {
        try choices.forEachHistoryEntry { entry in
            let from = entry.fromStage
            try history.add(
                dealID: dealID, fromStageID: from.map { demo.stages[$0].id }, toStageID: demo.stages[entry.toStage].id,
                fromStage: from.map { texts.stageNames[$0] }, toStage: texts.stageNames[entry.toStage], kind: texts.kind(entry.kind),
                at: entry.at)
            kept?.add(entry)
        }
        kept?.endDeal(choices)
    }
}

/// A demo's texts as `StaticText`, made once per load: the values its deals and history bind.
private final class DemoBinding {
    static let firstPhone = 1000
    let storage = StaticTexts()
    let titles: [[StaticText]]
    let organizations: [StaticText]
    let people: [StaticText]
    let emails: [StaticText]
    let jobTitles: [StaticText]
    let owners: [StaticText]
    let lostReasons: [StaticText]
    let currencyCodes: [StaticText]
    let sources: [StaticText]
    /// `+1-555-1000` to `+1-555-9999`.
    let phones: [StaticText]
    /// By `DealStatus.index`, `Temperature.index` and `Qualification.Answer.index`.
    let statuses: [StaticText]
    let temperatures: [StaticText]
    let answers: [StaticText]
    let stageNames: [StaticText]
    let created: StaticText, moved: StaticText, won: StaticText, lost: StaticText
    /// The text of a history entry's kind; a demo writes created, moved, won and lost only.
    func kind(_ kind: StageChange.Kind) -> StaticText {
        switch kind {
        case .created: created
        case .moved: moved
        case .won: won
        case .lost: lost
        case .reopened, .parked, .unparked: storage.interned(kind.rawValue)
        }
    }
    /// `YYYY-MM-DD` of the days from `firstDay`, made when first asked for.
    private var days: [StaticText?]
    private let firstDay: Int

    init(demo: DemoPipeline) {
        let source = DemoTexts.standard
        let storage = storage
        titles = source.titles.map { $0.map(storage.text) }
        organizations = source.organizations.map(storage.text)
        people = source.people.map(storage.text)
        emails = source.emails.map(storage.text)
        jobTitles = source.jobTitles.map(storage.text)
        owners = source.owners.map(storage.text)
        lostReasons = source.lostReasons.map(storage.text)
        currencyCodes = source.currencyCodes.map(storage.text)
        sources = source.sources.map(storage.text)
        phones = (Self.firstPhone...9999).map { storage.text("+1-555-\($0)") }
        statuses = DealStatus.allCases.map { storage.text($0.rawValue) }
        temperatures = Temperature.allCases.map { storage.text($0.rawValue) }
        answers = Qualification.Answer.allCases.map { storage.text($0.rawValue) }
        stageNames = demo.stages.map { storage.text($0.name) }
        created = storage.text(StageChange.Kind.created.rawValue)
        moved = storage.text(StageChange.Kind.moved.rawValue)
        won = storage.text(StageChange.Kind.won.rawValue)
        lost = storage.text(StageChange.Kind.lost.rawValue)
        // Expected close days fall within about 125 days before and after now.
        let today = Int(Timestamp.seconds(demo.now) / 86_400)
        firstDay = today - 200
        days = Array(repeating: nil, count: 400)
    }

    /// The text of a day (days since 1970).
    func day(_ number: Int) -> StaticText {
        let slot = number - firstDay
        guard days.indices.contains(slot) else { return storage.interned(CalendarDay(daysSinceEpoch: number).description) }
        if let text = days[slot] { return text }
        let text = storage.text(CalendarDay(daysSinceEpoch: number).description)
        days[slot] = text
        return text
    }
}

// Positions in `allCases`, by switch: a synthesized `allCases` builds an array each time it is read.
extension DealStatus {
    fileprivate var index: Int {
        switch self {
        case .open: 0
        case .won: 1
        case .lost: 2
        }
    }
}

extension Temperature {
    fileprivate var index: Int {
        switch self {
        case .hot: 0
        case .warm: 1
        case .cold: 2
        }
    }
}

extension Qualification.Answer {
    fileprivate var index: Int {
        switch self {
        case .yes: 0
        case .no: 1
        case .unknown: 2
        }
    }
}
