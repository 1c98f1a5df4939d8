import ArgumentParser
import Foundation
import Pipeline
import FunnelConfig

extension Funnel {
    /// `funnel config`: print the defaults or check the config file.
    struct ConfigCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show where the config file is, print a commented default one, or check it.",
            subcommands: [Check.self])

        @Flag(name: .customLong("print-defaults"), help: "Print a complete commented config file with every default.")
        var printDefaults = false
        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            if printDefaults {
                print(ConfigFile.defaultsText, terminator: "")
                return
            }
            let (report, found) = configOptions.report()
            print("Config file: \(TerminalText.visible(configOptions.path))\(found ? "" : " (not there: every setting is at its default)")")
            print(report.problems.isEmpty ? "No problems found" : "\(report.problems.count) problem(s): run 'funnel config check'")
        }

        /// `funnel config check`: every problem with its line; exit 1 if there is any.
        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "check", abstract: "Report each mistake in the config file by line; exit 1 if there is any.")

            @OptionGroup var configOptions: ConfigOptions

            func run() throws {
                let (report, found) = configOptions.report()
                let path = TerminalText.visible(configOptions.path)
                for problem in report.problems {
                    print("\(path):\(problem.line > 0 ? "\(problem.line):" : "") \(TerminalText.visible(problem.message))")
                }
                if !report.problems.isEmpty {
                    throw CommandFailure(
                        message: "\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") in '\(path)'; those lines are ignored, the rest applies",
                        status: 1)
                }
                print(found ? "'\(path)' is fine" : "no config file at '\(path)': every setting is at its default")
            }
        }
    }
}
