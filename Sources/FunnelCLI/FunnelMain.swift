import ArgumentParser
import Foundation
import FunnelFiles
import Interop
import Pipeline
import FunnelStore
import Wording

/// Runs the `funnel` command line: parses, runs, and turns every failure into one line and an exit status.
///
/// Exit status 2 means the input was wrong (usage, a bad value); 1 means it failed at run time
/// (an unknown deal, a refused change, a database problem). Nothing is written in either case.
public enum FunnelMain {
    public static func run() -> Never {
        umask(0o077)  // the database, its WAL files and backups are private to the user
        // Swift's copy of the arguments is taken first: the run reads the passwords from it, and `ps` no longer can.
        let arguments = Array(CommandLine.arguments.dropFirst())
        ArgumentPasswords.hide()
        // The language is chosen once, before parsing: `--help` and every message speak it. The config's
        // `database` is read with it, for the commands that open the store.
        let environment = ProcessInfo.processInfo.environment
        let (config, configPath) = ConfigOptions.configured(arguments: arguments, environment: environment)
        let database = ConfigOptions.database(config?.database, configPath: configPath, environment: environment)
        Language.$current.withValue(Language.chosen(setting: config?.language, environment: environment)) {
            StoreOptions.$configuredDatabase.withValue(database) {
                Salesperson.$configuredUser.withValue(config?.user) {
                    runInLanguage(
                        arguments,
                        userRefusal: Salesperson.controlCharacterRefusal(config: config, configPath: configPath, environment: environment))
                }
            }
        }
    }

    /// `run` once the run's language is bound. `userRefusal` stops every command (help and version still
    /// answer): deals and changes are recorded under the user's name, so a bad one is fixed before anything.
    static func runInLanguage(_ arguments: [String], userRefusal: String? = nil) -> Never {
        if let message = invalidArgumentMessage() {
            printError(message)
            exit(2)
        }
        do {
            var command = try Funnel.parseAsRoot(SharedOptionOrder.subcommandFirst(arguments))
            // `--help` and `help` parse to the parser's help command: they still answer.
            if let userRefusal, type(of: command).configuration.commandName != "help" {
                printError(userRefusal)
                exit(2)
            }
            try command.run()
            exit(0)
        } catch {
            exit(report(error))
        }
    }

    /// Names the first argument that is not valid UTF-8, before Swift would quietly repair it into U+FFFD.
    static func invalidArgumentMessage() -> String? {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            if String(validatingCString: raw) == nil {
                let shown = String(decoding: Data(bytes: raw, count: strlen(raw)).prefix(40), as: UTF8.self)
                return ErrorText.argumentNotUTF8(index: index, value: shown).string
            }
        }
        return nil
    }

    /// Prints the error as one line on stderr (help and version go to stdout) and returns the exit status.
    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let error as PipelineError:
            printError(error.description)
            if case .invalidValue = error { return 2 }
            return 1
        case let error as ImportError:
            printError(error.description)
            return 2
        case let error as StoreError:
            printError(error.description)
            return 1
        case let error as ServerAddressError:
            printError(error.description)
            return 2
        case let error as CommandFailure:
            printError(error.message)
            return error.status
        case let error as FileWriteError:
            printError(error.description)
            return error.isBadPath ? 2 : 1
        default:
            let code = Funnel.exitCode(for: error)
            if code == .success {
                print(ParserWords.spoken(Funnel.fullMessage(for: error)))
                return 0
            }
            var message = Funnel.message(for: error)
                .split(separator: "\n").first.map(String.init) ?? "\(error)"
            if message.hasPrefix("Error: ") { message = String(message.dropFirst(7)) }
            if let negative = NegativeNumberArgument(parserMessage: message, arguments: CommandLine.arguments) {
                printError(negative.message)
                return 2
            }
            if let number = NumberArgument(parserMessage: message) {
                printError(number.message)
                return 2
            }
            // The parser's own refusals in the run's language; a ValidationError was thrown already in it.
            printError(error is ValidationError ? message : ParserMessage.spoken(message))
            return code == .validationFailure ? 2 : code.rawValue
        }
    }

    /// The one-line message for an error, as `report` prints it.
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as PipelineError: error.description
        case let error as StoreError: error.description
        case let error as ServerAddressError: error.description
        case let error as CommandFailure: error.message
        case let error as FileWriteError: error.description
        default: "\(error)"
        }
    }

    static func printError(_ message: String) {
        // The last guard: a server URL's password is hidden even in a message that quotes an argument.
        let message = ConnectionURL.hidingPasswords(in: message)
        FileHandle.standardError.write(Data(("funnel: " + shortened(TerminalText.visible(message)) + "\n").utf8))
    }

    /// Values longer than this many characters are cut in messages.
    static let longestValueShown = 200

    /// The message with every value over `longestValueShown` characters (a run without spaces: a
    /// quoted value, a path) cut to its start and its length, so a 128 KB argument is named in a
    /// line a person can read; a message still too long keeps its start and its end (what is accepted).
    static func shortened(_ message: String) -> String {
        guard message.count > longestValueShown || message.utf8.count > longestValueShown * TextLimit.bytesPerCharacter else { return message }
        var out = ""
        var run = ""
        func flush() {
            // A run of few characters may still be huge: one character can carry 100 KB of marks.
            if run.count > longestValueShown || run.utf8.count > longestValueShown * TextLimit.bytesPerCharacter {
                let closing = run.reversed().prefix { "'\":,;.)]".contains($0) }
                out += TextLimit.start(of: run, characters: 40) + "…(\(run.count) characters)" + String(closing.reversed())
            } else {
                out += run
            }
            run = ""
        }
        for character in message {
            if character == " " {
                flush()
                out.append(character)
            } else {
                run.append(character)
            }
        }
        flush()
        guard out.count > 1_000 else { return out }
        return out.prefix(600) + " … " + out.suffix(300)
    }
}

/// A failure with its own message and exit status, for cases no domain error covers.
struct CommandFailure: Error {
    var message: String
    var status: Int32

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 2) }
    static func runtime(_ message: String) -> CommandFailure { CommandFailure(message: message, status: 1) }
}
