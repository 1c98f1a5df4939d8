import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Import

extension SQLitePipelineStore {
    /// Creates or updates imported deals, and adds the stages they need, in one transaction.
    ///
    /// A deal whose source and external id were imported before is updated in place (a change of
    /// stage or status is recorded in its history) by a three-way merge with what the file said
    /// last time (`ReimportMerge`): a field changed on both sides is a conflict that keeps Funnel's
    /// value unless `overwrite`. Others are created with their history from the file's dates.
    /// Funnel's own export also finds a deal by its id when that deal has the same creation time,
    /// whatever its origin; Funnel's values then stand for what the file said when the deal was not
    /// changed after the row's `updated_at`. With a `run`, rows without ids that an earlier import
    /// already brought are refused (`RowsImportedBefore`) unless `allowDuplicates`, and the rows
    /// are remembered. `dryRun` does all of it and rolls back, so its counts are exact.
    /// `progress` is called with the number of deals done, every 1,000.
    public func importDeals(
        _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)], dryRun: Bool,
        overwrite: Bool = false, run: ImportRun? = nil, allowDuplicates: Bool = false,
        progress: ((Int) -> Void)? = nil
    ) throws -> ImportOutcome {
        let change = run.map { "the import of '\($0.file)'" } ?? "the import"
        return try bulkLoad(newDeals: imports.count, rollback: dryRun, change: change) { db in
            let outcome = try Self.restaying(db) { stays in
                try Self.applyImport(
                    db, stays: stays, imports, newStages: newStages, overwrite: overwrite, run: run,
                    allowDuplicates: allowDuplicates, progress: progress)
            }
            if !dryRun {
                try Self.logBulkLoad(
                    db, created: outcome.results.filter { $0.action == .created }.map(\.dealID),
                    updated: outcome.results.filter { $0.action == .updated }.map(\.dealID), at: Date())
            }
            return outcome
        }
    }

    /// The import's writes, inside its transaction: each deal it changes or creates is named to `stays`.
    static func applyImport(
        _ db: Database, stays: StageStayUpkeep, _ imports: [DealImport], newStages: [(pipelineID: Int64, name: String)],
        overwrite: Bool = false, run: ImportRun? = nil, allowDuplicates: Bool = false,
        progress: ((Int) -> Void)?
    ) throws -> ImportOutcome {
        var createdStages: [String] = []
        for stage in newStages {
            let pipeline = try fetchPipeline(db, id: stage.pipelineID)
            let name = try pipeline.checkNewStageName(stage.name)
            try db.execute(
                sql: "INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (?, ?, ?, ?, ?)",
                arguments: [pipeline.id, name, pipeline.stages.count, pipeline.stages.last?.probability ?? 50, 14])
            createdStages.append("\(pipeline.name)/\(name)")
        }
        let stages = ImportStages(pipelines: try fetchPipelines(db))

        // Each link with what the file said at its last import, read in one pass per source.
        var links: [String: [String: Int64]] = [:]
        var lastValues: [Int64: String] = [:]
        for source in Set(imports.map(\.source)) {
            var bySource: [String: Int64] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT external_id, deal_id, last_values FROM imported_deal WHERE source = ?", arguments: [source])
            while let row = try rows.next() {
                let dealID: Int64 = row[1]
                bySource[row[0]] = dealID
                if let values: String = row[2] { lastValues[dealID] = values }
            }
            links[source] = bySource
        }

        // New cards go on top of their lane, the file's first row highest.
        var existing: [Int64?] = []
        existing.reserveCapacity(imports.count)
        var targets: [Stage] = []
        targets.reserveCapacity(imports.count)
        var newPerStage: [Int64: Int] = [:]
        // Funnel's own ids above the highest stored one cannot be found: no query (a fresh database asks none).
        let highestID = try Int64.fetchOne(db, sql: "SELECT max(id) FROM deal") ?? 0
        let findByID = try db.cachedStatement(sql: "SELECT id FROM deal WHERE id = ? AND created_at = ?")
        // Found by its link, or (Funnel's own files) by the deal's own id, which needs no link:
        // a deal keeps the one link of the system it came from.
        var linked: [Bool] = []
        linked.reserveCapacity(imports.count)
        // By index: a copy of each item would retain its dozen texts.
        for index in imports.indices {
            let found = try imports[index].existingDeal(highestID: highestID, links: links) { id, createdAt in
                try Int64.fetchOne(findByID, arguments: [id, Timestamp.seconds(createdAt)])
            }
            existing.append(found?.id)
            linked.append(found?.linked ?? false)
            let target = try stages.stage(for: imports[index])
            targets.append(target)
            if found == nil { newPerStage[target.id, default: 0] += 1 }
        }
        var rowsWithoutIDs = try RowsWithoutIDs(
            db, imports: imports, targets: targets, existing: existing, run: run, allowDuplicates: allowDuplicates)
        var nextPosition: [Int64: Double] = [:]
        for (stageID, count) in newPerStage {
            let top = try Double.fetchOne(
                db, sql: "SELECT min(lane_position) FROM deal WHERE stage_id = ? AND status = 'open'", arguments: [stageID]) ?? 1
            nextPosition[stageID] = top - Double(count)
        }

        let linkIndex = try dropLinkIndexForLargeImport(db, imports, existing: existing)
        var many = try importInsert(db, rows: importDealsPerStatement)
        var one = try importInsert(db, rows: 1)
        var history = try StageChangeBatch(db)
        var newLinks = try ImportedDealBatch(db)
        var conflicts: [ImportConflict] = []

        func record(_ dealID: Int64, from: Stage?, to: Stage, _ kind: StageChange.Kind, at: Date) throws {
            try history.add(
                dealID: dealID, fromStageID: from?.id, toStageID: to.id, fromStage: from?.name, toStage: to.name,
                kind: kind.rawValue, at: Timestamp.seconds(at))
        }

        // New deals take the ids SQLite would give them (after the highest stored one, in file
        // order), so they can go many to an INSERT; their history and links follow their rows.
        // Their stage stays are added when the load ends (`stays`). Their links
        // need not be remembered in `links`: the plan refuses an id that comes twice in a file.
        var nextID = highestID + 1
        var waiting: [NewDeal] = []
        waiting.reserveCapacity(importDealsPerStatement)
        func bind(_ new: NewDeal, to insert: inout BulkInsert) {
            insert.bind(new.id)
            imports[new.index].deal.bindImportColumns(to: &insert, stageID: targets[new.index].id)
            insert.bind(new.position)
        }
        func recordCreation(of item: DealImport, id: Int64, in target: Stage) throws {
            let deal = item.deal
            // One entry: the file does not say where the deal was before it entered its stage, and a `moved`
            // from no stage into the stage it was created in is a move that never happened (issue 15 item 12).
            // The deal's stage-entry time keeps the file's date.
            try record(id, from: nil, to: target, .created, at: deal.createdAt)
            if deal.status != .open, let closedAt = deal.closedAt {
                try record(id, from: target, to: target, deal.status == .won ? .won : .lost, at: closedAt)
            }
            if let externalID = item.externalID {
                try newLinks.add(dealID: id, source: item.source, externalID: externalID, lastValues: item.says(in: target).encoded)
            }
        }
        func writeWaiting() throws {
            if waiting.count == importDealsPerStatement {
                for new in waiting { bind(new, to: &many) }
                try many.run()
            } else {
                for new in waiting {
                    bind(new, to: &one)
                    try one.run()
                }
            }
            stays.willCreate(dealIDs: waiting.map(\.id))
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
                let current = try fetchDeal(db, id: id)
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
                let merge = ReimportMerge(
                    current: current, file: fileDeal, fileSays: fileSays,
                    lastImport: lastImport, overwrite: overwrite)
                for field in merge.conflicts {
                    let names = { (id: Int64) in stages.names[id] }
                    conflicts.append(ImportConflict(
                        line: item.line, dealID: id, title: current.title, field: field,
                        funnelValue: field.shownText(of: current, stageName: names),
                        fileValue: field.shownText(of: fileDeal, stageName: names),
                        overwritten: overwrite))
                }
                // A stored deal: none of its entries waits in `history` (a file names a deal once).
                try stays.willChange(db, dealID: id)
                let action = try updateImported(db, current: current, to: merge.deal, with: item, in: target, record: record)
                results.append((item.line, action, id))
                if linked[index] {
                    // A conflict that kept Funnel's value stays one: the next import finds it again, and
                    // `--overwrite` then takes the file's value.
                    var remembered = fileSays
                    if !overwrite { for field in merge.conflicts { remembered[field] = lastImport?[field] } }
                    let encoded = remembered.encoded
                    if lastValues[id] != encoded {
                        try db.cachedStatement(sql: "UPDATE imported_deal SET last_values = ? WHERE deal_id = ?")
                            .execute(arguments: [encoded, id])
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
            if waiting.count == importDealsPerStatement { try writeWaiting() }
        }
        try writeWaiting()
        try history.flush()
        try newLinks.flush()
        try rowsWithoutIDs?.flush()
        if let linkIndex { try db.execute(sql: linkIndex) }
        progress?(imports.count)
        var outcome = ImportOutcome(results: results, createdStages: createdStages)
        outcome.conflicts = conflicts
        return outcome
    }

    /// Drops the unique index of the links when the import brings at least
    /// `BulkLoad.minimumDealsToRebuildIndexes` new links and as many as are stored, and returns
    /// its SQL for the caller to build it again, by one sort, once the links are in.
    ///
    /// Inserting each link into it was a random b-tree insert (about 1 µs of a link's 2). Nothing
    /// reads it during the import (stored links are read before), no two links of an import share
    /// a source and id (the plan refuses an id twice in a file, and a stored link updates its
    /// deal instead), and should two ever do, building the index fails and the whole import with it.
    private static func dropLinkIndexForLargeImport(_ db: Database, _ imports: [DealImport], existing: [Int64?]) throws -> String? {
        var coming = 0
        for index in imports.indices where existing[index] == nil && imports[index].externalID != nil { coming += 1 }
        guard coming >= BulkLoad.minimumDealsToRebuildIndexes,
              coming >= (try Int.fetchOne(db, sql: "SELECT count(*) FROM imported_deal") ?? 0),
              let sql = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'imported_deal_on_source_external_id'")
        else { return nil }
        try db.execute(sql: "DROP INDEX imported_deal_on_source_external_id")
        return sql
    }

    /// New deals per multi-row INSERT of an import: each run of a statement opens and closes a
    /// cursor on the table and on every index of `deal`, as for the demo (`demoDealsPerStatement`).
    static let importDealsPerStatement = 16

    /// A deal of the file to create: its place in the import, the id it gets and its lane position.
    private struct NewDeal {
        var index: Int
        var id: Int64
        var position: Double
    }

    /// An INSERT of `rows` new deals with their ids and lane positions.
    private static func importInsert(_ db: Database, rows: Int) throws -> BulkInsert {
        let columns = ["id"] + Deal.importColumnNames + ["lane_position"]
        let row = "(" + columns.map { _ in "?" }.joined(separator: ", ") + ")"
        return try BulkInsert(db, sql: """
            INSERT INTO deal (\(columns.joined(separator: ", "))) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            """)
    }

    /// Stores `merged`, an existing deal brought in line with its row (`ReimportMerge`), recording
    /// a change of stage or status in its history; nothing is written when it equals `current`.
    static func updateImported(
        _ db: Database, current: Deal, to merged: Deal, with item: DealImport, in target: Stage,
        record: (Int64, Stage?, Stage, StageChange.Kind, Date) throws -> Void
    ) throws -> ImportOutcome.Action {
        var deal = merged
        if deal == current { return .unchanged }
        // A change from the file is as recent as the file says, and never older than Funnel's own.
        if item.updatedAtGiven, item.deal.updatedAt > current.updatedAt { deal.updatedAt = item.deal.updatedAt }
        let target = target.id == deal.stageID ? target : try fetchPipeline(db, id: deal.pipelineID).stage(id: deal.stageID) ?? target
        let stageChanged = current.stageID != deal.stageID || current.pipelineID != deal.pipelineID
        let columns = deal.importColumnValues
        try db.cachedStatement(sql: """
            UPDATE deal SET \(Deal.importColumnNames.map { "\($0) = ?" }.joined(separator: ", ")), version = version + 1 WHERE id = ?
            """).execute(arguments: StatementArguments(columns.map { $0?.databaseValue ?? .null } + [current.id.databaseValue]))
        let previous = try fetchPipeline(db, id: current.pipelineID).stage(id: current.stageID)
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
    /// The columns an import writes, in `importColumnValues` order.
    static let importColumnNames: [String] = Deal(title: "", value: .zero(.usd), pipelineID: 0, stageID: 0, createdAt: Date())
        .columnValues.map(\.0)

    /// The values of `importColumnNames`.
    var importColumnValues: [(any DatabaseValueConvertible)?] { columnValues.map(\.1) }

    /// Binds the values of `importColumnNames`, in order, with `stageID` for the deal's stage,
    /// without boxing each one: an import binds hundreds of thousands. A store test keeps it equal
    /// to `columnValues`.
    func bindImportColumns(to insert: inout BulkInsert, stageID: Int64) {
        insert.bind(title)
        insert.bind(value.minorUnits)
        insert.bind(value.currency.code)
        insert.bind(pipelineID)
        insert.bind(stageID)
        insert.bind(status.rawValue)
        insert.bind(lostReason)
        insert.bind(expectedClose?.description)
        insert.bind(owner)
        insert.bind(organization)
        insert.bind(person.name)
        insert.bind(person.jobTitle)
        insert.bind(person.email)
        insert.bind(person.phone)
        insert.bind(source?.name)
        insert.bind(temperature.rawValue)
        insert.bind(temperatureSetByHand)
        insert.bind(qualification.budget.rawValue)
        insert.bind(qualification.authority.rawValue)
        insert.bind(qualification.need.rawValue)
        insert.bind(qualification.timing.rawValue)
        insert.bind(priority)
        insert.bind(probabilityOverride)
        insert.bind(notes)
        insert.bind(Timestamp.seconds(createdAt))
        insert.bind(Timestamp.seconds(stageEnteredAt))
        insert.bind(Timestamp.seconds(updatedAt))
        insert.bind(closedAt.map(Timestamp.seconds))
    }
}
