import ArgumentParser
import Foundation
import FunnelConfig
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel import`: deals from a Pipedrive, HubSpot or other CSV file, or a Funnel JSON export.
    struct Import: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "import", abstract: CommandText.importAbstract.string, discussion: CommandText.importDiscussion.string)
        }

        @Argument(help: ArgumentHelp(CommandText.importFile.string))
        var file: String
        @Option(help: ArgumentHelp(CommandText.importFormat.string, valueName: "format"))
        var format: String?
        @Option(help: ArgumentHelp(CommandText.importFrom.string, valueName: "system"))
        var from: String?
        @Option(name: .customLong("map"), help: ArgumentHelp(CommandText.importMap.string, valueName: "FIELD=COLUMN"))
        var maps: [String] = []
        @Option(name: .customLong("stage-map"), help: ArgumentHelp(CommandText.importStageMap.string, valueName: "FROM=TO"))
        var stageMaps: [String] = []
        @Flag(name: .customLong("create-stages"), help: ArgumentHelp(CommandText.importCreateStages.string))
        var createStages = false
        @Option(help: ArgumentHelp(CommandText.importPipeline.string, valueName: "name"))
        var pipeline: String?
        @Flag(name: .customLong("dry-run"), help: ArgumentHelp(CommandText.importDryRun.string))
        var dryRun = false
        @Flag(name: .customLong("skip-bad"), help: ArgumentHelp(CommandText.importSkipBad.string))
        var skipBad = false
        @Flag(help: ArgumentHelp(CommandText.importOverwrite.string))
        var overwrite = false
        @Flag(name: .customLong("allow-duplicates"), help: ArgumentHelp(CommandText.importAllowDuplicates.string))
        var allowDuplicates = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func run() throws {
            let format = try chosenFormat()
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                throw CommandFailure.usage(CommandText.fileIsFolder(file: file).string)
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.runtime(CommandText.fileUnreadable(file: file).string)
            }
            if format == "json" {
                try restoreExport(data)
                return
            }
            try importCSV(data)
        }

        func chosenFormat() throws -> String {
            if let format {
                let word = format.lowercased()
                guard word == "csv" || word == "json" else { throw CommandFailure.usage(CommandText.formatInvalid(value: format).string) }
                return word
            }
            return file.lowercased().hasSuffix(".json") ? "json" : "csv"
        }

        // MARK: - CSV

        func importCSV(_ data: Data) throws {
            let config = configOptions.load()
            let now = try Clock.now()
            let document = try CSVDocument.parse(data, name: file)
            let source = try from.map { text throws(ImportError) in try ImportSource.parse(text) } ?? ImportSource.recognise(header: document.header)
            let mapping = try ColumnMapping(header: document.header, source: source, overrides: maps, fileName: file)
            let stageMap = try StageMap(stageMaps)
            let reader = DealDraftReader(
                mapping: mapping, defaultCurrency: config.defaultCurrency, decimalSeparator: config.decimalSeparator, timeZone: Clock.timeZone, now: now)
            let (drafts, rowProblems) = reader.readAll(document.records)
            var problems = rowProblems
            let store = try store.open(onlyReads: dryRun)
            let pipelines = try store.pipelines()
            let target = try pipeline.map { name in try store.pipeline(named: name) }
            let plan = try ImportPlan.make(
                drafts: drafts, pipelines: pipelines, target: target, stageMap: stageMap, createStages: createStages, now: now)
            problems.append(contentsOf: plan.problems)
            problems.sort { $0.line < $1.line }
            let badLines = Set(problems.map(\.line))
            if !problems.isEmpty && !skipBad && !dryRun {
                for problem in problems { FunnelMain.printError(problem.description) }
                throw CommandFailure.usage(CommandText.importRefused(badRows: badLines.count, file: file, goodRows: plan.items.count).string)
            }
            let imports = plan.items.map { item in
                DealImport(
                    line: item.line, source: source.recordName, externalID: item.externalID, deal: item.deal,
                    stageName: item.stageName, createdAtGiven: item.createdAtGiven, stageEnteredAtGiven: item.stageEnteredAtGiven,
                    updatedAtGiven: item.updatedAtGiven, closedAtGiven: item.closedAtGiven, fields: mapping.importedFields)
            }
            let progress = ImportProgress(total: imports.count)
            let outcome: ImportOutcome
            do {
                outcome = try store.importDeals(
                    imports, newStages: plan.newStages.map { ($0.pipelineID, $0.name) }, dryRun: dryRun, overwrite: overwrite,
                    run: ImportRun(file: file, at: now), allowDuplicates: allowDuplicates, progress: progress.update)
            } catch let before as RowsImportedBefore {
                progress.finish()
                throw CommandFailure.usage(TerminalText.visible(refusal(before)))
            }
            progress.finish()
            if dryRun {
                printDryRun(outcome, plan: plan, problems: problems, source: source)
                return
            }
            for conflict in outcome.conflicts { print(TerminalText.visible(Self.sentence(conflict))) }
            for problem in problems { FunnelMain.printError(CommandText.importSkipped(problem: problem.description).string) }
            let summary = CommandText.imported(
                file: file, source: source.rawValue, created: outcome.count(.created), updated: outcome.count(.updated),
                unchanged: outcome.count(.unchanged), skipped: problems.isEmpty ? 0 : badLines.count,
                addedStages: outcome.createdStages.joined(separator: ", "))
            print(TerminalText.visible(summary.string))
            if let note = conflictNote(outcome.conflicts) { print(note) }
        }

        /// One conflict, as a sentence about the deal: `deal 12 'Acme renewal': stage — Funnel has
        /// Contact, the file has Qualifying`, and what became of it.
        static func sentence(_ conflict: ImportConflict) -> String {
            let title = DisplayWidth.truncate(conflict.title, to: 40)
            let field = conflict.field.label
            return (conflict.overwritten
                ? CommandText.importConflictOverwritten(
                    id: conflict.dealID, title: title, field: field, funnelValue: conflict.funnelValue, fileValue: conflict.fileValue)
                : .importConflict(id: conflict.dealID, title: title, field: field, funnelValue: conflict.funnelValue, fileValue: conflict.fileValue)).string
        }

        /// What the conflicts listed above mean, or nil when there were none.
        func conflictNote(_ conflicts: [ImportConflict]) -> String? {
            guard !conflicts.isEmpty else { return nil }
            return (overwrite ? CommandText.importConflictsTaken(count: conflicts.count) : .importConflictsKept(count: conflicts.count)).string
        }

        /// The refusal of rows an earlier import brought.
        func refusal(_ before: RowsImportedBefore) -> String {
            let dates = DateFormat.default(for: Language.current)
            let latest = before.earlier.first ?? ImportRun(file: file, at: Date())
            let day = dates.format(CalendarDay(latest.at, in: Clock.timeZone))
            switch (before.count == 1, before.earlier.count <= 1) {
            case (true, _):
                return ErrorText.rowImportedBefore(day: day, file: latest.file).string
            case (false, true):
                return ErrorText.rowsImportedBefore(count: before.count, day: day, file: latest.file).string
            case (false, false):
                return ErrorText.rowsImportedByEarlierImports(count: before.count, imports: before.earlier.count, day: day, file: latest.file).string
            }
        }

        func printDryRun(_ outcome: ImportOutcome, plan: ImportPlan, problems: [RowProblem], source: ImportSource) {
            let titles = Dictionary(plan.items.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
            var lines: [(Int, String)] = []
            for result in outcome.results {
                guard let item = titles[result.line] else { continue }
                let title = DisplayWidth.truncate(TerminalText.visible(item.deal.title), to: 40)
                let place = item.deal.status == .open
                    ? item.stageName : CommandText.importDryRunClosedPlace(stage: item.stageName, status: item.deal.status.shownName.string).string
                switch result.action {
                case .created: lines.append((result.line, CommandText.importDryRunCreate(line: result.line, title: title, place: place).string))
                case .updated:
                    lines.append((result.line, CommandText.importDryRunUpdate(line: result.line, id: result.dealID, title: title, place: place).string))
                case .unchanged: lines.append((result.line, CommandText.importDryRunUnchanged(line: result.line, id: result.dealID, title: title).string))
                }
            }
            for problem in problems { lines.append((problem.line, CommandText.importDryRunRefuse(problem: problem.description).string)) }
            print(TerminalText.visible(CommandText.importDryRunHeading(file: file, source: source.rawValue).string))
            for (_, text) in lines.sorted(by: { $0.0 < $1.0 }) { print(TerminalText.visible(text)) }
            for conflict in outcome.conflicts { print(TerminalText.visible(Self.sentence(conflict))) }
            let refused = Set(problems.map(\.line)).count
            let out = CommandText.importWouldDo(
                created: outcome.count(.created), updated: outcome.count(.updated), unchanged: outcome.count(.unchanged), refused: refused,
                addedStages: outcome.createdStages.joined(separator: ", "))
            print(TerminalText.visible(out.string))
            if let note = conflictNote(outcome.conflicts) { print(note) }
        }

        // MARK: - JSON

        func restoreExport(_ data: Data) throws {
            if from != nil || !maps.isEmpty || !stageMaps.isEmpty || createStages || pipeline != nil || skipBad {
                throw CommandFailure.usage(ErrorText.jsonRestoreTakesNoCSVOptions.string)
            }
            let archive = try ArchiveJSON.decode(data, name: file)
            let store = try store.open(onlyReads: dryRun)
            if dryRun {
                let count = try store.dealCount(DealQuery(statuses: Set(DealStatus.allCases)))
                guard count == 0 else {
                    throw PipelineError.refused(CommandText.restoreNeedsEmptyDatabase(path: store.location.description, deals: count).string)
                }
                print(CommandText.restoreDryRun(
                    file: TerminalText.visible(file), pipelines: archive.pipelines.count, deals: archive.deals.count,
                    history: archive.history.count, activities: archive.activities.count).string)
                return
            }
            try store.restore(archive)
            print(CommandText.restored(
                file: TerminalText.visible(file), pipelines: archive.pipelines.count, deals: archive.deals.count,
                history: archive.history.count, activities: archive.activities.count).string)
        }
    }
}
