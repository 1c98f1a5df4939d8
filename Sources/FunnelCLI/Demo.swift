import ArgumentParser
import Foundation
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel demo`: fills the database with a realistic sample pipeline.
    struct Demo: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "demo",
            abstract: Text.abstractDemo.string,
            discussion: CommandText.demoDiscussion.string) }

        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.demoDeals.string, valueName: "n"))
        var deals: Int = 80
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.demoSeed.string, valueName: "s"))
        var seed: UInt64 = 1
        @Option(name: .customLong("open-percent"), parsing: .unconditional, help: ArgumentHelp(CommandText.demoOpenPercent.string, valueName: "percent"))
        var openPercent: Int?
        @Option(help: ArgumentHelp(CommandText.demoPipeline.string, valueName: "name"))
        var pipeline: String?
        @Option(help: ArgumentHelp(CommandText.demoCurrency.string, valueName: "code"))
        var currency: String?
        @Option(help: ArgumentHelp(CommandText.demoCurrencies.string, valueName: "codes"))
        var currencies: String?
        @Flag(help: ArgumentHelp(CommandText.demoForce.string))
        var force = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        /// The demo's currencies: `--currencies`, else `--currency`, else the config's `default_currency`.
        func chosenCurrencies() throws -> [Currency] {
            if currency != nil && currencies != nil {
                throw ValidationError(ErrorText.demoCurrencyAndCurrencies.string)
            }
            if let currencies {
                let codes = currencies.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
                guard !codes.contains(where: { $0.isEmpty }) else {
                    throw ValidationError(ErrorText.demoCurrenciesInvalid(value: currencies).string)
                }
                return try codes.map { code throws(PipelineError) in try Currency.parse(code) }
            }
            if let currency { return [try Currency.parse(currency)] }
            return [configOptions.load().defaultCurrency]
        }

        func validate() throws {
            if deals < 0 { throw ValidationError(ErrorText.demoDealsNegative(value: deals).string) }
            if let openPercent, openPercent < 0 { throw ValidationError(ErrorText.demoOpenPercentNegative(value: openPercent).string) }
            guard (1...10_000_000).contains(deals) else {
                throw ValidationError(ErrorText.demoDealsInvalid(value: deals).string)
            }
            if let openPercent, !(0...100).contains(openPercent) {
                throw ValidationError(ErrorText.demoOpenPercentInvalid(value: openPercent).string)
            }
        }

        func run() throws {
            let currencies = try chosenCurrencies()
            let now = try Clock.now()
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline)
            let demo = DemoPipeline(
                stages: chosen.stages, count: deals, seed: seed, now: now,
                openPercent: openPercent ?? DemoPipeline.defaultOpenPercent(forCount: deals), texts: .for(Language.current),
                currencies: currencies, timeZone: Clock.timeZone, user: Salesperson.current().name)
            let showProgress = isatty(STDERR_FILENO) == 1 && deals >= 50_000
            // Without --force, the load itself refuses a database holding deals: checked in its transaction,
            // so two demos started at once cannot both find it empty.
            let saved = try store.insertDemo(demo, intoEmptyOnly: !force) { done in
                if showProgress {
                    FileHandle.standardError.write(Data("\rdemo: \(done)/\(deals) deals".utf8))
                }
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            print(Text.cliDemoAdded(count: saved, pipeline: TerminalText.visible(chosen.name)).string)
        }
    }
}
