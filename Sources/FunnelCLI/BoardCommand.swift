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

        @Option(help: ArgumentHelp(CommandText.boardPipeline.string, valueName: "name"))
        var pipeline: String?
        @Flag(name: .customLong("no-mouse"), help: ArgumentHelp(CommandText.boardNoMouse.string))
        var noMouse = false
        @Flag(help: ArgumentHelp(CommandText.boardSnapshot.string))
        var snapshot = false
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.boardWidth.string, valueName: "columns"))
        var width: Int?
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.boardHeight.string, valueName: "rows"))
        var height: Int?
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if !snapshot, width != nil || height != nil {
                throw ValidationError(ErrorText.snapshotSizeNeedsSnapshot.string)
            }
            if let width, width < 0 { throw ValidationError(ErrorText.widthNegative(value: width).string) }
            if let height, height < 0 { throw ValidationError(ErrorText.heightNegative(value: height).string) }
            if let width, !(1...1000).contains(width) {
                throw ValidationError(ErrorText.widthInvalid(value: width).string)
            }
            if let height, !(1...1000).contains(height) {
                throw ValidationError(ErrorText.heightInvalid(value: height).string)
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
                    cardFields: config.cardFields, dateFormat: config.dateFormat, weekStartsOn: config.weekStartsOn,
                    salesperson: Salesperson.current(config: config)))
                return
            }
            do {
                try BoardTerminal.run(
                    store: store, pipeline: chosen.name, mouse: !noMouse, now: now, keyMap: config.keys,
                    colors: config.paletteColors, cardFields: config.cardFields, dateFormat: config.dateFormat,
                    weekStartsOn: config.weekStartsOn, decimalSeparator: config.decimalSeparator, salesperson: Salesperson.current(config: config))
            } catch let unusable as CustomStringConvertible where !(unusable is PipelineError) && !(unusable is StoreError) {
                throw CommandFailure.runtime(unusable.description)
            }
        }
    }
}
