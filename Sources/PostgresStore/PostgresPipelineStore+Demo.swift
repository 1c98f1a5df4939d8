import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Demo data

extension PostgresPipelineStore {
    /// Inserts generated deals with their histories and activities in one transaction: the port of the SQLite
    /// engine's `insertDemo`, with the same deals, ids, history and activities.
    ///
    /// Either every deal is saved or, when anything fails or the process dies, none is (the server rolls back
    /// a transaction whose connection is lost). Deals go thousands to a statement, one array per column (`ServerSession.insertAll`),
    /// their history and activities after them; a large demo rebuilds the indexes and lane figures once
    /// (`ServerBulkLoad`). `progress` is called after every 10,000 deals with the number saved so far. With
    /// `intoEmptyOnly`, a database holding deals is refused inside the write, which runs alone among Funnel's
    /// writes (`WriteScope.everything`), so two demos started at once never both load.
    @discardableResult
    public func insertDemo(_ demo: DemoPipeline, intoEmptyOnly: Bool, progress: ((Int) -> Void)? = nil) throws -> Int {
        try checkWritable()
        defer { refreshStatistics() }
        return try write(scope: .everything) { session in
            if intoEmptyOnly {
                let count = try session.value("SELECT count(*) FROM deal", as: Int.self) ?? 0
                guard count == 0 else { throw PipelineError.refused(ErrorText.demoDatabaseHoldsDeals(count: count).string) }
            }
            try Self.checkDemoStagesExist(session, demo.stages)
            let load = try ServerBulkLoad.begin(session, newDeals: demo.count)
            let firstID = (try session.value("SELECT coalesce(max(id), 0) FROM deal", as: Int64.self) ?? 0) + 1
            let saved = try Self.insertDemoDeals(session, demo, DemoBinding(demo: demo), firstID: firstID, progress: progress)
            try load.finish(session)
            try session.advanceIdentity(of: "deal")
            try Self.rebuildStageStays(session, dealIDs: Array(firstID..<(firstID + Int64(saved))))
            try Self.logBulkLoad(session, created: Array(firstID..<(firstID + Int64(saved))), updated: [], at: Date())
            return saved
        }
    }

    /// Refuses, in a sentence about the stage, a demo for a stage removed meanwhile.
    private static func checkDemoStagesExist(_ session: ServerSession, _ stages: [Stage]) throws {
        for stage in stages {
            let found = try session.value(
                "SELECT EXISTS (SELECT 1 FROM stage JOIN pipeline ON pipeline.id = stage.pipeline_id WHERE stage.id = \(stage.id) AND stage.pipeline_id = \(stage.pipelineID))",
                as: Bool.self) ?? false
            guard found else { throw PipelineError.notFound(ErrorText.demoStageRemoved(stage: stage.name).string) }
        }
    }

    /// The deal columns a demo writes; the others keep their defaults (as the SQLite engine's demo).
    private static let demoColumns = [
        "id", "title", "value", "currency", "pipeline_id", "stage_id", "status", "lost_reason", "expected_close", "owner",
        "organization", "person", "job_title", "email", "phone", "source", "temperature", "budget", "authority", "need",
        "timing", "priority", "created_at", "stage_entered_at", "updated_at", "closed_at", "lane_position",
        "last_done_at", "last_contact_at", "next_due",
    ]

    /// Draws deals into reused `DemoDealChoices`, a write's worth at a time, and writes each group's rows, then
    /// their history and activities (which reference them).
    private static func insertDemoDeals(
        _ session: ServerSession, _ demo: DemoPipeline, _ texts: DemoBinding, firstID: Int64, progress: ((Int) -> Void)?
    ) throws -> Int {
        var history = ServerStageChangeBatch(session)
        var activities = ServerActivityBatch(session)
        let perWrite = ServerRowBatch<DemoDealChoices>.rowsPerWrite
        var deals = demo.makeIterator()
        var waiting = Array(repeating: DemoDealChoices(), count: perWrite)
        var count = 0
        var saved = 0
        func writeWaiting() throws {
            guard count > 0 else { return }
            try session.insertAll(into: "deal", columns: demoColumns, waiting.prefix(count)) { choices, sql in
                demoPlaceholders(choices, id: firstID + Int64(choices.number - 1), demo, texts, binding: &sql)
            }
            for choices in waiting.prefix(count) {
                let id = firstID + Int64(choices.number - 1)
                try choices.forEachHistoryEntry { entry in
                    let from = entry.fromStage
                    try history.add(
                        dealID: id, fromStageID: from.map { demo.stages[$0].id }, toStageID: demo.stages[entry.toStage].id,
                        fromStage: from.map { texts.stageNames[$0] }, toStage: texts.stageNames[entry.toStage],
                        kind: texts.kind(entry.kind), at: entry.at)
                }
                for activity in choices.activities {
                    try activities.add(
                        dealID: id, kind: texts.activityKinds[activity.subject], subject: texts.activitySubjects[activity.subject],
                        due: activity.dueDay.map(texts.day), doneAt: activity.doneAt, owner: texts.owners[choices.owner],
                        createdAt: activity.createdAt)
                }
            }
            count = 0
        }
        while deals.next(into: &waiting[count]) {
            count += 1
            saved += 1
            if count == perWrite { try writeWaiting() }
            if saved % 10_000 == 0 { progress?(saved) }
        }
        try writeWaiting()
        try history.flush()
        try activities.flush()
        return saved
    }

    /// Binds one drawn deal's row, in `demoColumns` order, and returns the placeholders.
    private static func demoPlaceholders(
        _ choices: DemoDealChoices, id: Int64, _ demo: DemoPipeline, _ texts: DemoBinding, binding sql: inout ServerColumnArrays
    ) -> [String] {
        let stage = demo.stages[choices.stageIndex]
        // Every demo activity is a call, e-mail or meeting: its last done one is also its last contact.
        let lastDone = choices.lastDoneAt
        return [
            sql.bind(id), sql.bind(texts.titles[choices.company][choices.topic]), sql.bind(choices.value),
            sql.bind(texts.currencyCodes[choices.currency]), sql.bind(stage.pipelineID), sql.bind(stage.id),
            sql.bind(texts.statuses[choices.status.index]),
            sql.bind(choices.lostReason >= 0 ? texts.lostReasons[choices.lostReason] : nil),
            sql.bind(texts.day(choices.expectedCloseDay)), sql.bind(texts.owners[choices.owner]),
            sql.bind(texts.organizations[choices.company]), sql.bind(texts.people[choices.person]),
            sql.bind(texts.jobTitles[choices.jobTitle]), sql.bind(texts.emails[choices.person]),
            sql.bind(texts.phones[choices.phone - DemoBinding.firstPhone]), sql.bind(texts.sources[choices.source]),
            sql.bind(texts.temperatures[choices.qualification.impliedTemperature.index]),
            sql.bind(texts.answers[choices.qualification.budget.index]), sql.bind(texts.answers[choices.qualification.authority.index]),
            sql.bind(texts.answers[choices.qualification.need.index]), sql.bind(texts.answers[choices.qualification.timing.index]),
            sql.bind(choices.priority), sql.bind(choices.createdAt), sql.bind(choices.stageEnteredAt),
            sql.bind(choices.closedAt ?? choices.stageEnteredAt), sql.bind(choices.closedAt), sql.bind(Double(choices.number)),
            sql.bind(lastDone), sql.bind(lastDone), sql.bind(choices.nextDueDay.map(texts.day)),
        ]
    }
}
