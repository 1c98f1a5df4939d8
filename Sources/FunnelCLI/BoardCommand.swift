import ArgumentParser
import FunnelConfig
import BoardTerminal
import Foundation
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel board`: the full-screen board of stage lanes (also what `funnel` alone opens).
    struct OpenBoard: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "board", abstract: Text.abstractBoard.string) }

        @Option(help: ArgumentHelp("The pipeline to show (default: the first).", valueName: "name"))
        var pipeline: String?
        @Flag(name: .customLong("no-mouse"), help: "Do not ask the terminal for mouse clicks and wheel.")
        var noMouse = false
        @Flag(help: "Print one frame of the board as plain text and exit (for scripts and docs).")
        var snapshot = false
        @Option(parsing: .unconditional, help: ArgumentHelp("Columns of the --snapshot frame (default 80).", valueName: "columns"))
        var width: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp("Rows of the --snapshot frame (default 24).", valueName: "rows"))
        var height: Int?
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if !snapshot, width != nil || height != nil {
                throw ValidationError("--width and --height size a --snapshot frame; the live board takes the window's size")
            }
            if let width, width < 0 { throw ValidationError(PipelineError.negative("--width", width, "use a number of columns from 1 to 1000").description) }
            if let height, height < 0 { throw ValidationError(PipelineError.negative("--height", height, "use a number of rows from 1 to 1000").description) }
            if let width, !(1...1000).contains(width) {
                throw ValidationError("invalid --width '\(width)': use a number of columns from 1 to 1000")
            }
            if let height, !(1...1000).contains(height) {
                throw ValidationError("invalid --height '\(height)': use a number of rows from 1 to 1000")
            }
        }

        func run() throws {
            let fixedNow = try Clock.fixedNow()
            let now: @Sendable () -> Date = { fixedNow ?? Date() }
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline)
            let config = configOptions.load()
            if snapshot {
                print(BoardSession.snapshot(
                    store: store, pipeline: chosen.name, width: width ?? 80, height: height ?? 24, now: now, keyMap: config.keys,
                    cardFields: config.cardFields, dateFormat: config.dateFormat, weekStartsOn: config.weekStartsOn))
                return
            }
            do {
                try BoardTerminal.run(
                    store: store, pipeline: chosen.name, mouse: !noMouse, now: now, keyMap: config.keys,
                    colors: config.paletteColors, cardFields: config.cardFields, dateFormat: config.dateFormat,
                    weekStartsOn: config.weekStartsOn, decimalSeparator: config.decimalSeparator)
            } catch let unusable as CustomStringConvertible where !(unusable is PipelineError) && !(unusable is StoreError) {
                throw CommandFailure.runtime(unusable.description)
            }
        }
    }
}
