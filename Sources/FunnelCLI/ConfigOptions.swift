import ArgumentParser
import Foundation
import FunnelConfig
import Pipeline

/// `--config PATH`: which config file a command reads (default: $FUNNEL_CONFIG, else the XDG location).
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The config file (default: $FUNNEL_CONFIG, else $XDG_CONFIG_HOME/funnel/config.toml).", valueName: "path"))
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
                report.problems.append(ConfigProblem(line: 0, message: "cannot read '\(path)': no such file or not readable; using the defaults"))
            }
            return (report, false)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (ConfigFile.Report(config: .defaults, problems: [ConfigProblem(line: 0, message: "'\(path)' is not UTF-8 text; using the defaults")]), true)
        }
        return (ConfigFile.parse(text), true)
    }

    /// The config to use, with each problem printed on stderr as a warning (Funnel carries on).
    func load() -> Config {
        let (report, _) = report()
        for problem in report.problems {
            FunnelMain.printError("config \(path): \(problem.line > 0 ? problem.description : problem.message) (ignored)")
        }
        return report.config
    }
}
