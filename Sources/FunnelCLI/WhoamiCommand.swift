import ArgumentParser
import Foundation
import Interop
import Pipeline
import Wording

extension Funnel {
    /// `funnel whoami`: the name new deals are owned under and changes are recorded by (`Salesperson.current`).
    struct Whoami: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "whoami", abstract: CommandText.whoamiAbstract.string)
        }

        @Flag(help: ArgumentHelp(CommandText.whoamiJSON.string))
        var json = false
        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let salesperson = Salesperson.current(config: configOptions.load())
            if json {
                print(JSONValue.object([("name", .string(salesperson.name)), ("source", .string(salesperson.source.rawValue))]).serialized())
            } else {
                print(salesperson.name)
            }
        }
    }
}
