import ArgumentParser
import Foundation
import FunnelConfig
import FunnelStore
import Pipeline
import Synchronization
import Wording

/// `--config PATH`: which config file a command reads (default: $FUNNEL_CONFIG, else the XDG location).
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CommandText.optionConfig.string, valueName: "path"))
    var config: String?

    /// The config file's path.
    var path: String { ConfigFile.path(explicit: config, environment: ProcessInfo.processInfo.environment) }

    /// Reads the config file; a missing default file means every default. Returns the report and
    /// whether a file was read. An unreadable file named explicitly is one problem, not a failure.
    func report() -> (report: ConfigFile.Report, found: Bool) {
        let path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            var report = ConfigFile.Report(config: .defaults, problems: [])
            let named = config != nil || ProcessInfo.processInfo.environment["FUNNEL_CONFIG"].map { !$0.isEmpty } == true
            if named {
                report.problems.append(ConfigProblem(line: 0, message: CommandText.configUnreadable(path: path).string))
            }
            return (report, false)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (ConfigFile.Report(config: .defaults, problems: [ConfigProblem(line: 0, message: CommandText.configNotUTF8(path: path).string)]), true)
        }
        return (ConfigFile.parse(text), true)
    }

    /// The language of a run with these command-line arguments: the config file's `language` (the file
    /// `--config` names, else the usual one), else the locale variables'. Read before the arguments are
    /// parsed, since `--help` speaks it too; a config that cannot be read leaves it to the locale.
    static func language(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        Language.chosen(setting: configured(arguments: arguments, environment: environment).config?.language, environment: environment)
    }

    /// The config file of a run with these command-line arguments (the file `--config` names, else the
    /// usual one), read before the arguments are parsed; nil when it cannot be read. Its problems are
    /// left to the commands that load it.
    static func configured(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> (config: Config?, path: String) {
        var explicit: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--config", index + 1 < arguments.count { explicit = arguments[index + 1] }
            if argument.hasPrefix("--config=") { explicit = String(argument.dropFirst("--config=".count)) }
        }
        let path = ConfigFile.path(explicit: explicit, environment: environment)
        let config = FileManager.default.contents(atPath: path)
            .flatMap { String(data: $0, encoding: .utf8) }
            .map { ConfigFile.parse($0).config }
        return (config, path)
    }

    /// The config's `database` as a location to give: a server address as written, a path with a
    /// leading `~/` read from the home folder and a relative one from the config file's folder.
    static func database(_ setting: String?, configPath: String, environment: [String: String]) -> String? {
        guard let setting, !setting.isEmpty else { return nil }
        if ConnectionURL.isServerURL(setting) || ConnectionURL.otherScheme(setting) != nil || setting.hasPrefix("/") { return setting }
        if setting.hasPrefix("~/") {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            return home + setting.dropFirst()
        }
        let folder = (configPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? setting : folder + "/" + setting
    }

    /// Whether this run has printed the config's problems already (a command may load it more than once).
    private static let warned = Mutex(false)

    /// The config to use, with each problem printed on stderr as a warning (Funnel carries on), once a run.
    func load() -> Config {
        let (report, _) = report()
        let warnedBefore = Self.warned.withLock { warned in
            defer { warned = true }
            return warned
        }
        guard !warnedBefore else { return report.config }
        for problem in report.problems {
            FunnelMain.printError(CommandText.configIgnored(path: path, problem: problem.line > 0 ? problem.description : problem.message).string)
        }
        return report.config
    }
}
