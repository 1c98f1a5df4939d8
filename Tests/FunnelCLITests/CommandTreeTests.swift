import ArgumentParser
import Testing
@testable import FunnelCLI

/// The command tree names every command itself, so start-up never derives names by reflection.
@Suite("Command tree")
struct CommandTreeTests {
    /// Every command in the tree, the root first.
    static func commands(from root: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        [root] + root.configuration.subcommands.flatMap { commands(from: $0) }
    }

    @Test("every command sets its name, so ArgumentParser never calls String(describing:) on the type at start-up")
    func everyCommandIsNamed() {
        let unnamed = Self.commands(from: Funnel.self).filter { $0.configuration.commandName == nil }.map { "\($0)" }
        #expect(unnamed == [])
    }
}
