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
            discussion: "Refuses a database that already holds deals unless --force. The same --seed always gives the same deals. One currency unless --currencies names several.") }

        @Option(parsing: .unconditional, help: ArgumentHelp("How many deals, 1 to 10,000,000.", valueName: "n"))
        var deals: Int = 80
        @Option(parsing: .unconditional, help: ArgumentHelp("Seed for the random choices.", valueName: "s"))
        var seed: UInt64 = 1
        @Option(name: .customLong("open-percent"), parsing: .unconditional, help: ArgumentHelp("Share of deals still open (default 50 up to 200 deals, else 5).", valueName: "percent"))
        var openPercent: Int?
        @Option(help: ArgumentHelp("The pipeline to fill (default: the first sales pipeline).", valueName: "name"))
        var pipeline: String?
        @Option(help: ArgumentHelp("The currency of every deal (default: the config's default_currency, else USD).", valueName: "code"))
        var currency: String?
        @Option(help: ArgumentHelp("Several currencies instead of one, e.g. USD,EUR,CNY (a code twice is drawn twice as often).", valueName: "codes"))
        var currencies: String?
        @Flag(help: "Add the deals even when the database already holds some.")
        var force = false
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        /// The demo's currencies: `--currencies`, else `--currency`, else the config's `default_currency`.
        func chosenCurrencies() throws -> [Currency] {
            if currency != nil && currencies != nil {
                throw ValidationError("give --currency for one currency or --currencies for several, not both")
            }
            if let currencies {
                let codes = currencies.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
                guard !codes.contains(where: { $0.isEmpty }) else {
                    throw ValidationError("invalid --currencies '\(currencies)': use ISO 4217 codes separated by commas, e.g. USD,EUR,CNY")
                }
                return try codes.map { code throws(PipelineError) in try Currency.parse(code) }
            }
            if let currency { return [try Currency.parse(currency)] }
            return [configOptions.load().defaultCurrency]
        }

        func validate() throws {
            if deals < 0 { throw ValidationError(PipelineError.negative("--deals", deals, "use a number from 1 to 10000000").description) }
            if let openPercent, openPercent < 0 { throw ValidationError(PipelineError.negative("--open-percent", openPercent, "use a whole percent from 0 to 100").description) }
            guard (1...10_000_000).contains(deals) else {
                throw ValidationError("invalid --deals '\(deals)': use a number from 1 to 10000000")
            }
            if let openPercent, !(0...100).contains(openPercent) {
                throw ValidationError("invalid --open-percent '\(openPercent)': use a whole percent from 0 to 100")
            }
        }

        func run() throws {
            let currencies = try chosenCurrencies()
            let now = try Clock.now()
            let store = try store.open()
            let chosen = try store.pipeline(named: pipeline)
            let existing = try store.dealCount(DealQuery(statuses: []))
            if existing > 0 && !force {
                throw CommandFailure.runtime(
                    "the database already holds \(existing) deal\(existing == 1 ? "" : "s"): add --force to add demo deals anyway, or use --db with a new file")
            }
            let demo = DemoPipeline(
                stages: chosen.stages, count: deals, seed: seed, now: now,
                openPercent: openPercent ?? DemoPipeline.defaultOpenPercent(forCount: deals), texts: .for(Language.current),
                currencies: currencies, timeZone: Clock.timeZone)
            let showProgress = isatty(STDERR_FILENO) == 1 && deals >= 50_000
            let saved = try store.insertDemo(demo) { done in
                if showProgress {
                    FileHandle.standardError.write(Data("\rdemo: \(done)/\(deals) deals".utf8))
                }
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            print(Text.cliDemoAdded(count: saved, pipeline: TerminalText.visible(chosen.name)).string)
        }
    }
}
