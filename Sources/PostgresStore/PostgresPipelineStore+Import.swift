import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Import

extension PostgresPipelineStore {
    /// Creates or updates imported deals, and adds the stages they need, in one transaction: the port of the
    /// SQLite engine's `importDeals`, with the same merge, conflicts, refusals, ids and order of results.
    ///
    /// A deal whose source and external id were imported before is updated in place (a change of stage or
    /// status is recorded in its history) by a three-way merge with what the file said last time
    /// (`ReimportMerge`); Funnel's own export also finds a deal by its id and creation time. With a `run`, rows
    /// without ids that an earlier import already brought are refused (`RowsImportedBefore`) unless
    /// `allowDuplicates`. `dryRun` does all of it and rolls back, so its counts are exact. New deals go to the
    /// server thousands to a statement (`ServerRowBatch`); a large load rebuilds the indexes once
    /// (`ServerBulkLoad`). `progress` is called with the number of deals done, every 1,000.
    public func importDeals(
        _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)], dryRun: Bool,
        overwrite: Bool = false, run: ImportRun? = nil, allowDuplicates: Bool = false,
        progress: ((Int) -> Void)? = nil
    ) throws -> ImportOutcome {
        try checkWritable()
        defer { if !dryRun { refreshStatistics() } }
        return try write(rollingBack: dryRun) { session in
            let load = try ServerBulkLoad.begin(session, newDeals: imports.count)
            let outcome = try Self.applyImport(
                session, imports, newStages: newStages, overwrite: overwrite, run: run, allowDuplicates: allowDuplicates,
                progress: progress)
            try load.finish(session)
            try session.advanceIdentity(of: "deal")
            try Self.rebuildStageStays(session, dealIDs: outcome.results.map(\.dealID))
            if !dryRun {
                try Self.logBulkLoad(
                    session, created: outcome.results.filter { $0.action == .created }.map(\.dealID),
                    updated: outcome.results.filter { $0.action == .updated }.map(\.dealID), at: Date())
            }
            return outcome
        }
    }

    static func applyImport(
        _ session: ServerSession, _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)],
        overwrite: Bool, run: ImportRun?, allowDuplicates: Bool, progress: ((Int) -> Void)?
    ) throws -> ImportOutcome {
        var createdStages: [String] = []
        for stage in newStages {
            let pipeline = try fetchPipeline(session, id: stage.pipelineID)
            let name = try pipeline.checkNewStageName(stage.name)
            try session.execute("""
                INSERT INTO stage (pipeline_id, name, position, probability, stall_days)
                VALUES (\(pipeline.id), \(name), \(pipeline.stages.count), \(pipeline.stages.last?.probability ?? 50), 14)
                """)
            createdStages.append("\(pipeline.name)/\(name)")
        }
        let stages = ImportStages(pipelines: try fetchPipelines(session))

        // Each link with what the file said at its last import, read in one query per source.
        var links: [String: [String: Int64]] = [:]
        var lastValues: [Int64: String] = [:]
        for source in Set(imports.map(\.source)) {
            var bySource: [String: Int64] = [:]
            for row in try session.rows("SELECT external_id, deal_id, last_values FROM imported_deal WHERE source = \(source)") {
                let (externalID, dealID, values) = try row.decode((String, Int64, String?).self)
                bySource[externalID] = dealID
                if let values { lastValues[dealID] = values }
            }
            links[source] = bySource
        }

        var existing: [Int64?] = []
        existing.reserveCapacity(imports.count)
        var targets: [Stage] = []
        targets.reserveCapacity(imports.count)
        var newPerStage: [Int64: Int] = [:]
        // Funnel's own ids above the highest stored one cannot be found: no query (a fresh database asks none).
        let highestID = try session.value("SELECT coalesce(max(id), 0) FROM deal", as: Int64.self) ?? 0
        var linked: [Bool] = []
        linked.reserveCapacity(imports.count)
        for index in imports.indices {
            let found = try imports[index].existingDeal(highestID: highestID, links: links) { id, createdAt in
                try session.value("SELECT id FROM deal WHERE id = \(id) AND created_at = \(Timestamp.seconds(createdAt))", as: Int64.self)
            }
            existing.append(found?.id)
            linked.append(found?.linked ?? false)
            let target = try stages.stage(for: imports[index])
            targets.append(target)
            if found == nil { newPerStage[target.id, default: 0] += 1 }
        }
        var rowsWithoutIDs = try ServerRowsWithoutIDs(
            session, imports: imports, targets: targets, existing: existing, run: run, allowDuplicates: allowDuplicates)
        // New cards go on top of their lane, the file's first row highest.
        var nextPosition: [Int64: Double] = [:]
        for (stageID, count) in newPerStage {
            let top = try session.value(
                "SELECT min(lane_position) FROM deal WHERE stage_id = \(stageID) AND status = 'open'", as: Double?.self) ?? nil
            nextPosition[stageID] = (top ?? 1) - Double(count)
        }

        var history = ServerStageChangeBatch(session)
        var newLinks = ServerImportedDealBatch(session)
        var conflicts: [ImportConflict] = []
        func record(_ dealID: Int64, from: Stage?, to: Stage, _ kind: StageChange.Kind, at: Date) throws {
            try history.add(
                dealID: dealID, fromStageID: from?.id, toStageID: to.id, fromStage: from?.name, toStage: to.name,
                kind: kind.rawValue, at: Timestamp.seconds(at))
        }

        // New deals take the ids after the highest stored one, in file order (as SQLite gives them), so they go
        // thousands to a statement; their history and links follow their rows (the server checks foreign keys
        // at each statement). The identity is moved past them at the end (`advanceIdentity`).
        var nextID = highestID + 1
        var waiting: [NewDeal] = []
        waiting.reserveCapacity(ServerRowBatch<NewDeal>.rowsPerWrite)
        func recordCreation(of item: DealImport, id: Int64, in target: Stage) throws {
            let deal = item.deal
            // One entry: the file does not say where the deal was before it entered its stage (issue 15 item 12).
            try record(id, from: nil, to: target, .created, at: deal.createdAt)
            if deal.status != .open, let closedAt = deal.closedAt {
                try record(id, from: target, to: target, deal.status == .won ? .won : .lost, at: closedAt)
            }
            if let externalID = item.externalID {
                try newLinks.add(dealID: id, source: item.source, externalID: externalID, lastValues: item.says(in: target).encoded)
            }
        }
        func writeWaiting() throws {
            guard !waiting.isEmpty else { return }
            try session.insertAll(into: "deal", columns: ["id"] + Deal.serverColumns + ["lane_position"], waiting) { new, sql in
                var placeholders = [sql.bind(new.id)]
                placeholders += imports[new.index].deal.serverPlaceholders(binding: &sql, stageID: targets[new.index].id)
                placeholders.append(sql.bind(new.position))
                return placeholders
            }
            for new in waiting {
                try recordCreation(of: imports[new.index], id: new.id, in: targets[new.index])
                try rowsWithoutIDs?.add(dealID: new.id, index: new.index)
            }
            waiting.removeAll(keepingCapacity: true)
        }

        var results: [(line: Int, action: ImportOutcome.Action, dealID: Int64)] = []
        results.reserveCapacity(imports.count)
        for index in imports.indices {
            if index % 1000 == 0 { progress?(index) }
            let target = targets[index]
            if let id = existing[index] {
                // Deals before it are written first, so the history keeps the file's order.
                try writeWaiting()
                let item = imports[index]
                let current = try fetchDeal(session, id: id, locking: true)
                let fileSays = item.says(in: target)
                let lastImport: ImportedValues?
                if linked[index] {
                    lastImport = lastValues[id].flatMap(ImportedValues.init(encoded:))
                } else if item.updatedAtGiven, current.updatedAt <= item.deal.updatedAt {
                    // Funnel's own export of a deal not changed since: Funnel's values are what the file said.
                    lastImport = ImportedValues(deal: current, fields: .all)
                } else {
                    lastImport = nil
                }
                let fileDeal = item.placed(in: target, current: current)
                let merge = ReimportMerge(current: current, file: fileDeal, fileSays: fileSays, lastImport: lastImport, overwrite: overwrite)
                for field in merge.conflicts {
                    let names = { (id: Int64) in stages.names[id] }
                    conflicts.append(ImportConflict(
                        line: item.line, dealID: id, title: current.title, field: field,
                        funnelValue: field.shownText(of: current, stageName: names),
                        fileValue: field.shownText(of: fileDeal, stageName: names),
                        overwritten: overwrite))
                }
                let action = try updateImported(session, current: current, to: merge.deal, with: item, in: target, record: record)
                results.append((item.line, action, id))
                if linked[index] {
                    // A conflict that kept Funnel's value stays one: the next import finds it again.
                    var remembered = fileSays
                    if !overwrite { for field in merge.conflicts { remembered[field] = lastImport?[field] } }
                    let encoded = remembered.encoded
                    if lastValues[id] != encoded {
                        try session.execute("UPDATE imported_deal SET last_values = \(encoded) WHERE deal_id = \(id)")
                    }
                }
                continue
            }
            var position = 0.0
            if imports[index].deal.status == .open {
                position = nextPosition[target.id] ?? 0
                nextPosition[target.id] = position + 1
            }
            waiting.append(NewDeal(index: index, id: nextID, position: position))
            results.append((imports[index].line, .created, nextID))
            nextID += 1
            if waiting.count == ServerRowBatch<NewDeal>.rowsPerWrite { try writeWaiting() }
        }
        try writeWaiting()
        try history.flush()
        try newLinks.flush()
        try rowsWithoutIDs?.flush()
        progress?(imports.count)
        var outcome = ImportOutcome(results: results, createdStages: createdStages)
        outcome.conflicts = conflicts
        return outcome
    }

    /// A deal of the file to create: its place in the import, the id it gets and its lane position.
    struct NewDeal {
        var index: Int
        var id: Int64
        var position: Double
    }

    /// Stores `merged`, an existing deal brought in line with its row (`ReimportMerge`), recording a change of
    /// stage or status in its history; nothing is written when it equals `current`.
    static func updateImported(
        _ session: ServerSession, current: Deal, to merged: Deal, with item: DealImport, in target: Stage,
        record: (Int64, Stage?, Stage, StageChange.Kind, Date) throws -> Void
    ) throws -> ImportOutcome.Action {
        var deal = merged
        if deal == current { return .unchanged }
        // A change from the file is as recent as the file says, and never older than Funnel's own.
        if item.updatedAtGiven, item.deal.updatedAt > current.updatedAt { deal.updatedAt = item.deal.updatedAt }
        let target = target.id == deal.stageID ? target : try fetchPipeline(session, id: deal.pipelineID).stage(id: deal.stageID) ?? target
        let stageChanged = current.stageID != deal.stageID || current.pipelineID != deal.pipelineID
        try updateColumns(session, deal)
        let previous = try fetchPipeline(session, id: current.pipelineID).stage(id: current.stageID)
        if current.status != .open && deal.status == .open {
            try record(current.id, previous, target, .reopened, deal.stageEnteredAt)
        } else if stageChanged {
            try record(current.id, previous, target, .moved, deal.stageEnteredAt)
        }
        if deal.status != current.status, deal.status != .open, let closedAt = deal.closedAt {
            try record(current.id, target, target, deal.status == .won ? .won : .lost, closedAt)
        }
        return .updated
    }
}

extension Deal {
    /// Binds the values of `Deal.serverColumns` into `statement`, with `stageID` for the deal's stage, and
    /// returns their placeholders in that order (`appendServerValues` for a statement of many rows).
    func serverPlaceholders(binding statement: inout ServerColumnArrays, stageID: Int64) -> [String] {
        [
            statement.bind(title), statement.bind(value.minorUnits), statement.bind(value.currency.code),
            statement.bind(pipelineID), statement.bind(stageID), statement.bind(status.rawValue), statement.bind(lostReason),
            statement.bind(expectedClose?.description), statement.bind(owner), statement.bind(organization),
            statement.bind(person.name), statement.bind(person.jobTitle), statement.bind(person.email), statement.bind(person.phone),
            statement.bind(source?.name), statement.bind(temperature.rawValue), statement.bind(temperatureSetByHand),
            statement.bind(qualification.budget.rawValue), statement.bind(qualification.authority.rawValue),
            statement.bind(qualification.need.rawValue), statement.bind(qualification.timing.rawValue),
            statement.bind(priority), statement.bind(probabilityOverride), statement.bind(notes),
            statement.bind(Timestamp.seconds(createdAt)), statement.bind(Timestamp.seconds(stageEnteredAt)),
            statement.bind(Timestamp.seconds(updatedAt)), statement.bind(closedAt.map(Timestamp.seconds)),
        ]
    }
}
