import ArgumentParser
import Foundation
import Pipeline
import FunnelConfig
import FunnelStore
import Wording

extension Funnel {
    /// `funnel config`: print the defaults or check the config file.
    struct ConfigCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "config", abstract: CommandText.configAbstract.string, subcommands: [Check.self])
        }

        @Flag(name: .customLong("print-defaults"), help: ArgumentHelp(CommandText.configPrintDefaultsHelp.string))
        var printDefaults = false
        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            if printDefaults {
                print(ConfigFile.defaultsText, terminator: "")
                return
            }
            let (report, found) = configOptions.report()
            let path = TerminalText.visible(configOptions.path)
            print((found ? CommandText.configFileAt(path: path) : .configFileMissingAt(path: path)).string)
            print((report.problems.isEmpty ? CommandText.configNoProblems : .configProblemsSeeCheck(count: report.problems.count)).string)
        }

        /// `funnel config check`: every problem with its line; exit 1 if there is any.
        struct Check: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "check", abstract: CommandText.configCheckAbstract.string)
            }

            @OptionGroup var configOptions: ConfigOptions

            func run() throws {
                let (report, found) = configOptions.report()
                let path = TerminalText.visible(configOptions.path)
                for problem in report.problems {
                    // A TOML error may quote the line: a server password in it stays hidden.
                    print("\(path):\(problem.line > 0 ? "\(problem.line):" : "") \(TerminalText.visible(ConnectionURL.hidingPasswords(in: problem.message)))")
                }
                if !report.problems.isEmpty {
                    throw CommandFailure(message: CommandText.configCheckProblems(count: report.problems.count, path: path).string, status: 1)
                }
                print((found ? CommandText.configFine(path: path) : .configNoFile(path: path)).string)
            }
        }
    }
}
