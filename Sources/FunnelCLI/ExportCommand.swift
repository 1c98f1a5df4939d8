import ArgumentParser
import Foundation
import FunnelFiles
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel export`: deals as CSV in Funnel's own columns, or everything as JSON.
    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "export", abstract: CommandText.exportAbstract.string)
        }

        @Option(help: ArgumentHelp(CommandText.exportFormat.string, valueName: "format"))
        var format: String?
        @Option(help: ArgumentHelp(CommandText.exportOut.string, valueName: "file"))
        var out: String?
        @Option(help: ArgumentHelp(CommandText.exportPipeline.string, valueName: "name"))
        var pipeline: String?
        @Option(help: ArgumentHelp(CommandText.exportStatus.string, valueName: "status"))
        var status: [String] = []
        @OptionGroup var store: StoreOptions

        func run() throws {
            if out?.isEmpty == true { throw CommandFailure.usage(CommandText.outEmpty.string) }
            let format = try chosenFormat()
            let statuses = try chosenStatuses()
            let now = try Clock.now()
            let store = try store.open(onlyReads: true)
            if let out, store.isOwnFile(out) {
                throw CommandFailure.usage(CommandText.outIsTheDatabase(path: out).string)
            }
            var query = DealQuery(statuses: statuses)
            if let pipeline { query.pipelineID = try store.pipeline(named: pipeline).id }
            let text: String
            if format == "json" {
                let archive = try store.archive(query)
                text = ArchiveJSON.encode(archive, exportedAt: now).serialized() + "\n"
            } else {
                let (deals, pipelines) = try store.dealsWithPipelines(query)
                text = DealCSVWriter.text(deals: deals, pipelines: pipelines)
            }
            guard let out else {
                // On a terminal the file is read, not kept: controls in a cell are shown as placeholders
                // (line by line, so rows stay rows: a CSV row ends in CRLF, one Character that splitting at
                // "\n" never finds, which made the whole export one line of ␍␊). To a pipe or a file the bytes are exact.
                let shown = isatty(STDOUT_FILENO) == 1 ? TerminalText.visibleLines(text).joined(separator: "\n") : text
                FileHandle.standardOutput.write(Data(shown.utf8))
                return
            }
            try Export.writePrivateFile(Data(text.utf8), to: out)
        }

        func chosenFormat() throws -> String {
            if let format {
                let word = format.lowercased()
                guard word == "csv" || word == "json" else { throw CommandFailure.usage(CommandText.formatInvalid(value: format).string) }
                return word
            }
            return out?.lowercased().hasSuffix(".json") == true ? "json" : "csv"
        }

        func chosenStatuses() throws -> Set<DealStatus> {
            // An empty --status is a mistake, as it is for `list`, not a quiet "all".
            if let blank = status.first(where: { $0.trimmingWhitespace().isEmpty }) { _ = try DealStatus.parseListFilter(blank) }
            let words = status.flatMap { $0.split(separator: ",").map { String($0).trimmingWhitespace() } }
            if words.isEmpty || words.contains(where: { $0.lowercased() == "all" }) { return Set(DealStatus.allCases) }
            return Set(try words.map { word throws(PipelineError) in try DealStatus.parseListFilter(word) })
        }

        /// Writes a file readable by its owner only, replacing it whole (`AtomicFile`): a file already there
        /// stays exactly as it was unless the export is complete and synced.
        static func writePrivateFile(_ data: Data, to path: String) throws {
            try AtomicFile(path: path).write(data)
        }
    }
}
