import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Demo data

extension SQLitePipelineStore {
    /// Inserts generated deals with their histories and activities in one transaction, through reused prepared statements.
    ///
    /// Either every deal is saved or, when anything fails or the process dies, none is.
    /// `progress` is called after every 10,000 deals with the number saved so far.
    ///
    /// A demo writes deals, history and activities: each deal's follow-up columns (last done, last
    /// contact, next due) go in with its row, computed from its drawn activities as
    /// `followUpAssignments` would, so the stalled counts and the report's kept figures follow from
    /// the rows, through their triggers (the stage stays: deal by deal, `StageStayUpkeep`) in a small
    /// demo and rebuilt at the end of a large one, as in every other bulk load. With `intoEmptyOnly`, a file
    /// holding deals is refused inside the load's transaction, which holds the write lock from its start.
    @discardableResult
    public func insertDemo(_ demo: DemoPipeline, intoEmptyOnly: Bool, progress: ((Int) -> Void)? = nil) throws -> Int {
        try bulkLoad(newDeals: demo.count) { db in
            if intoEmptyOnly { try Self.checkEmptyForDemo(try Int.fetchOne(db, sql: "SELECT count(*) FROM deal") ?? 0) }
            try Self.checkDemoStagesExist(db, demo.stages)
            return try Self.restaying(db) { stays in
                // The deals take the ids after the highest stored one (`insertDemoDeals`).
                let firstID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM deal") ?? 0) + 1
                let saved = try Self.insertDemoDeals(db, demo, DemoBinding(demo: demo), progress: progress)
                stays.willCreate(dealIDs: firstID..<(firstID + Int64(saved)))
                try Self.logBulkLoad(db, createdIDs: firstID..<(firstID + Int64(saved)), at: Date())
                return saved
            }
        }
    }

    /// Refuses a demo into a store that holds `count` deals, in the words `funnel demo` uses.
    static func checkEmptyForDemo(_ count: Int) throws {
        guard count == 0 else { throw PipelineError.refused(ErrorText.demoDatabaseHoldsDeals(count: count).string) }
    }

    /// Checks, inside the load's transaction, that every stage the demo writes deals and history
    /// for is still in its pipeline, so that a stage removed meanwhile is refused in a sentence
    /// about the stage rather than by the foreign keys at commit.
    private static func checkDemoStagesExist(_ db: Database, _ stages: [Stage]) throws {
        for stage in stages {
            let found = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM stage JOIN pipeline ON pipeline.id = stage.pipeline_id WHERE stage.id = ? AND stage.pipeline_id = ?)",
                arguments: [stage.id, stage.pipelineID]) ?? false
            guard found else {
                throw PipelineError.notFound(ErrorText.demoStageRemoved(stage: stage.name).string)
            }
        }
    }

    /// The deal columns a demo writes; the others keep their defaults (no notes, no own probability,
    /// temperature from the answers, version 1).
    private static let demoColumns = [
        "id", "title", "value", "currency", "pipeline_id", "stage_id", "status", "lost_reason", "expected_close", "owner",
        "organization", "person", "job_title", "email", "phone", "source", "temperature", "budget", "authority", "need",
        "timing", "priority", "created_at", "stage_entered_at", "updated_at", "closed_at", "lane_position",
        "last_done_at", "last_contact_at", "next_due",
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

    /// Draws deals into a few reused `DemoDealChoices` and binds the demo's texts, made once: no
    /// `Deal`, history array or new string per deal. Deals get their ids in order after the
    /// highest stored one (what SQLite would give them), so they go 16 to an INSERT with their
    /// history right after; foreign keys are checked at commit (`bulkLoad`).
    private static func insertDemoDeals(
        _ db: Database, _ demo: DemoPipeline, _ texts: DemoBinding, progress: ((Int) -> Void)?
    ) throws -> Int {
        var many = try demoInsert(db, rows: demoDealsPerStatement)
        var one = try demoInsert(db, rows: 1)
        var history = try StageChangeBatch(db)
        var activities = try ActivityBatch(db)
        let firstID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM deal") ?? 0) + 1
        var deals = demo.makeIterator()
        var waiting = Array(repeating: DemoDealChoices(), count: demoDealsPerStatement)
        var count = 0
        var saved = 0
        // A deal's row goes in before its history, as every write makes them (foreign keys are checked at commit).
        while deals.next(into: &waiting[count]) {
            count += 1
            if count == demoDealsPerStatement {
                for choices in waiting { bindDemoDeal(choices, id: firstID + Int64(choices.number - 1), demo, texts, to: &many) }
                try many.run()
                for choices in waiting {
                    try addDemoHistory(choices, dealID: firstID + Int64(choices.number - 1), demo, texts, to: &history)
                    try addDemoActivities(choices, dealID: firstID + Int64(choices.number - 1), texts, to: &activities)
                }
                count = 0
            }
            saved += 1
            if saved % 10_000 == 0 { progress?(saved) }
        }
        for choices in waiting.prefix(count) {
            bindDemoDeal(choices, id: firstID + Int64(choices.number - 1), demo, texts, to: &one)
            try one.run()
            try addDemoHistory(choices, dealID: firstID + Int64(choices.number - 1), demo, texts, to: &history)
            try addDemoActivities(choices, dealID: firstID + Int64(choices.number - 1), texts, to: &activities)
        }
        try history.flush()
        try activities.flush()
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
        // Every demo activity is a call, e-mail or meeting: its last done one is also its last contact.
        let lastDone = choices.lastDoneAt
        insert.bind(lastDone)
        insert.bind(lastDone)
        insert.bind(choices.nextDueDay.map(texts.day))
    }

    /// Adds a drawn deal's activities: its done calls, e-mails and meetings, and its planned next step.
    private static func addDemoActivities(
        _ choices: DemoDealChoices, dealID: Int64, _ texts: DemoBinding, to activities: inout ActivityBatch
    ) throws {
        for activity in choices.activities {
            try activities.add(
                dealID: dealID, kind: texts.activityKinds[activity.subject], subject: texts.activitySubjects[activity.subject],
                due: activity.dueDay.map(texts.day), doneAt: activity.doneAt, owner: texts.owners[choices.owner],
                createdAt: activity.createdAt)
        }
    }

    /// Adds a drawn deal's history: its creation, each move, and its win or loss.
    private static func addDemoHistory(
        _ choices: DemoDealChoices, dealID: Int64, _ demo: DemoPipeline, _ texts: DemoBinding, to history: inout StageChangeBatch
    ) throws {
        try choices.forEachHistoryEntry { entry in
            let from = entry.fromStage
            try history.add(
                dealID: dealID, fromStageID: from.map { demo.stages[$0].id }, toStageID: demo.stages[entry.toStage].id,
                fromStage: from.map { texts.stageNames[$0] }, toStage: texts.stageNames[entry.toStage], kind: texts.kind(entry.kind),
                at: entry.at)
        }
    }
}
