import ArgumentParser
import Wording

/// `funnel`: a keyboard-first sales pipeline for the terminal.
public struct Funnel: ParsableCommand {
    /// Computed when asked, so `--help` speaks the run's language (`Language.current`).
    public static var configuration: CommandConfiguration {
        CommandConfiguration(
        commandName: "funnel",
        abstract: Text.abstractFunnel.string,
        discussion: Text.discussionFunnel.string,
        version: "0.1.0",
        subcommands: [
            OpenBoard.self, Summary.self,
            Add.self, List.self, Show.self, Edit.self, Move.self,
            Won.self, Lost.self, Reopen.self, Delete.self,
            Report.self, Plan.self,
            ActivityCommand.self, Stalled.self, Snooze.self, Park.self, Unpark.self, Qualify.self,
            Review.self, Settings.self, Whoami.self,
            Stages.self, Pipelines.self, Demo.self,
            Import.self, Export.self, Backup.self, Restore.self, ConfigCommand.self,
        ],
        defaultSubcommand: OpenBoard.self
        )
    }

    public init() {}
}
