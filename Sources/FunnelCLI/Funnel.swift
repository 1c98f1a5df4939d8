import ArgumentParser

/// `funnel`: a keyboard-first sales pipeline for the terminal.
public struct Funnel: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "funnel",
        abstract: "A keyboard-first sales pipeline for the terminal.",
        discussion: """
            Deals live in an SQLite file: $FUNNEL_DB or --db, else $XDG_DATA_HOME/funnel/funnel.sqlite.
            FUNNEL_NOW=2026-11-29T09:00:00Z sets the current time (for scripts and "what if" questions).
            """,
        version: "0.1.0",
        subcommands: [
            OpenBoard.self, Summary.self,
            Add.self, List.self, Show.self, Edit.self, Move.self,
            Won.self, Lost.self, Reopen.self, Delete.self,
            Report.self, Plan.self,
            ActivityCommand.self, Stalled.self, Snooze.self, Park.self, Unpark.self, Qualify.self,
            Review.self, Settings.self,
            Stages.self, Pipelines.self, Demo.self,
        ],
        defaultSubcommand: OpenBoard.self
    )

    public init() {}
}
