import Foundation
import GRDB
import Pipeline

// MARK: - Demo data

extension PipelineStore {
    /// Inserts generated deals with their histories in one transaction, through reused prepared statements.
    ///
    /// Either every deal is saved or, when anything fails or the process dies, none is.
    /// `progress` is called after every 10,000 deals with the number saved so far.
    @discardableResult
    public func insertDemo(_ demo: DemoPipeline, progress: ((Int) -> Void)? = nil) throws -> Int {
        try bulkLoad(newDeals: demo.count, parentsChecked: true) { db in
            try Self.checkDemoStagesExist(db, demo.stages)
            let texts = DemoBinding(demo: demo)
            return try withExtendedLifetime(texts) { try Self.insertDemoDeals(db, demo, texts, progress: progress) }
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
        "title", "value", "currency", "pipeline_id", "stage_id", "status", "lost_reason", "expected_close", "owner",
        "organization", "person", "job_title", "email", "phone", "source", "temperature", "budget", "authority", "need",
        "timing", "priority", "created_at", "stage_entered_at", "updated_at", "closed_at", "lane_position",
    ]

    /// Draws each deal into one reused `DemoDealChoices` and binds the demo's texts, made once, in
    /// place: no `Deal`, history array or string per deal.
    private static func insertDemoDeals(
        _ db: Database, _ demo: DemoPipeline, _ texts: DemoBinding, progress: ((Int) -> Void)?
    ) throws -> Int {
        var insertDeal = try BulkInsert(db, sql: """
            INSERT INTO deal (\(demoColumns.joined(separator: ", "))) VALUES (\(demoColumns.map { _ in "?" }.joined(separator: ", ")))
            """)
        var history = try StageChangeBatch(db)
        var deals = demo.makeIterator()
        var choices = DemoDealChoices()
        var saved = 0
        while deals.next(into: &choices) {
            let stageIndex = choices.stageIndex
            let stage = demo.stages[stageIndex]
            insertDeal.bind(texts.titles[choices.company][choices.topic])
            insertDeal.bind(choices.value)
            insertDeal.bind(texts.currencyCodes[choices.currency])
            insertDeal.bind(stage.pipelineID)
            insertDeal.bind(stage.id)
            insertDeal.bind(texts.statuses[choices.status.index])
            insertDeal.bind(choices.lostReason >= 0 ? texts.lostReasons[choices.lostReason] : nil)
            insertDeal.bind(texts.day(choices.expectedCloseDay))
            insertDeal.bind(texts.owners[choices.owner])
            insertDeal.bind(texts.organizations[choices.company])
            insertDeal.bind(texts.people[choices.person])
            insertDeal.bind(texts.jobTitles[choices.jobTitle])
            insertDeal.bind(texts.emails[choices.person])
            insertDeal.bind(texts.phones[choices.phone - DemoBinding.firstPhone])
            insertDeal.bind(texts.sources[choices.source])
            insertDeal.bind(texts.temperatures[choices.qualification.impliedTemperature.index])
            insertDeal.bind(texts.answers[choices.qualification.budget.index])
            insertDeal.bind(texts.answers[choices.qualification.authority.index])
            insertDeal.bind(texts.answers[choices.qualification.need.index])
            insertDeal.bind(texts.answers[choices.qualification.timing.index])
            insertDeal.bind(choices.priority)
            insertDeal.bind(choices.createdAt)
            insertDeal.bind(choices.stageEnteredAt)
            insertDeal.bind(choices.closedAt ?? choices.stageEnteredAt)
            insertDeal.bind(choices.closedAt)
            insertDeal.bind(Double(choices.number))
            let dealID = try insertDeal.run()

            let first = demo.stages[0]
            try history.add(
                dealID: dealID, fromStageID: nil, toStageID: first.id, fromStage: nil, toStage: texts.stageNames[0],
                kind: texts.created, at: choices.createdAt)
            for index in choices.stageMoments.indices.dropFirst() {
                try history.add(
                    dealID: dealID, fromStageID: demo.stages[index - 1].id, toStageID: demo.stages[index].id,
                    fromStage: texts.stageNames[index - 1], toStage: texts.stageNames[index], kind: texts.moved,
                    at: choices.stageMoments[index])
            }
            if let closedAt = choices.closedAt {
                try history.add(
                    dealID: dealID, fromStageID: stage.id, toStageID: stage.id, fromStage: texts.stageNames[stageIndex],
                    toStage: texts.stageNames[stageIndex], kind: choices.status == .won ? texts.won : texts.lost, at: closedAt)
            }
            saved += 1
            if saved % 10_000 == 0 { progress?(saved) }
        }
        try history.flush()
        return saved
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
