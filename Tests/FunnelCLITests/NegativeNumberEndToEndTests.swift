import Foundation
import FunnelTestSupport
import Testing

/// Issue 14 item 13: `--value -5`, `--probability -1` and `settings park-after-days -1` were refused with
/// "Missing value" or "Unknown option" (the parser read `-5` as an option) instead of the real reason.
/// Every numeric argument of every command, walked from `--experimental-dump-help`, is given `-5`.
@Suite("Negative numbers, end to end")
struct NegativeNumberEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: folder.path("funnel.sqlite"), environment: ["FUNNEL_AUTO_BACKUP": "0"]) }

    /// Arguments that take a number, or a stage by name or number: by their name in the command tree.
    static let numeric: Set<String> = [
        "value", "stage", "priority", "probability", "width", "height", "goal", "deal", "stall-days", "to", "after",
        "move-deals-to", "deals", "seed", "open-percent", "id", "deal-id", "activity-id",
    ]

    // No engine: every one is refused before the store is opened (so on SQLite alone).
    @Test func everyNumericArgumentRefusesANegativeNumberWithTheRealReason() throws {
        try funnel.succeed(["add", "Existing deal", "--value", "100"])
        try funnel.succeed(["activity", "add", "1", "--kind", "call", "--due", "tomorrow"])
        // `reopen` takes a closed deal and `unpark` a parked one: their --stage is checked after that.
        try funnel.succeed(["add", "Won deal", "--value", "100"])
        try funnel.succeed(["won", "2"])
        try funnel.succeed(["add", "Parked deal", "--value", "100"])
        try funnel.succeed(["park", "3"])
        let ids: [[String]: String] = [["reopen"]: "2", ["unpark"]: "3"]
        try funnel.succeed(["pipeline", "add", "Second pipeline"])
        let csv = folder.path("deals.csv")
        try Data("title,value\nImported deal,100\n".utf8).write(to: URL(fileURLWithPath: csv))
        let walk = LongArgumentEndToEndTests()
        let tree = try LongArgumentEndToEndTests.commandTree()
        var checked: [String] = []
        for (command, arguments) in tree.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            // `pipeline remove --move-deals-to` names a pipeline, not a stage.
            for tested in arguments where (Self.numeric.contains(tested.name) || (command == ["settings"] && tested.name == "value"))
                && !(command == ["pipeline", "remove"] && tested.name == "move-deals-to") {
                var line = command
                for argument in arguments where argument.isRequired || argument.name == tested.name || (command == ["settings"] && argument.name == "key") {
                    let value = argument.name == tested.name ? "-5"
                        : command == ["stage", "add"] && argument.name == "name" ? "Brand new stage"
                        : command.first == "stage" && argument.name == "name" ? "Qualifying"
                        : command == ["pipeline", "remove"] && argument.name == "name" ? "Second pipeline"
                        : ids[command].flatMap { argument.name == "id" ? $0 : nil } ?? walk.validValue(argument, csv: csv)
                    line += argument.isOption ? ["--\(argument.name)", value] : [value]
                }
                // The stage a removed pipeline's deals go to is read in the pipeline they move to.
                if command == ["pipeline", "remove"] { line += ["--move-deals-to", "Sales", "--yes"] }
                if command == ["board"] { line.append("--snapshot") }
                let shown = (command + ["<\(tested.name): -5>"]).joined(separator: " ")
                let before = try funnel.fingerprint()
                let result = try funnel.run(line)
                #expect(result.status == 2, "\(shown) exited \(result.status): \(result.stderr)")
                #expect(result.stderr.contains("cannot be negative") && result.stderr.contains("-5"), "\(shown): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "\(shown): \(result.stderr)")
                for parserWords in ["Missing value", "Unknown option", "Missing expected argument", "is invalid for"] {
                    #expect(!result.stderr.contains(parserWords), "\(shown): \(result.stderr)")
                }
                #expect(result.stdout.isEmpty, "\(shown) printed \(result.stdout)")
                #expect(try funnel.fingerprint() == before, "\(shown) wrote something")
                checked.append(shown)
            }
        }
        #expect(checked.count >= 35, "only \(checked.count) numeric arguments: \(checked)")
    }

    // No engine: every one is refused before the store is opened (so on SQLite alone).
    @Test("the cases of the issue, word for word", arguments: [
        (["add", "X", "--value", "-5"], "amounts cannot be negative"),
        (["add", "X", "--probability", "-1"], "probability cannot be negative: -1"),
        (["settings", "park-after-days", "-1"], "park-after-days cannot be negative: -1"),
        (["edit", "1", "--priority", "-2"], "priority cannot be negative: -2"),
        (["stages", "set", "1", "--stall-days", "-30"], "stall days cannot be negative: -30"),
        (["show", "-7"], "id cannot be negative: -7"),
        (["demo", "--seed", "-1"], "--seed cannot be negative: -1"),
    ])
    func namedCases(arguments: [String], reason: String) throws {
        try funnel.succeed(["add", "Existing deal", "--value", "100"])
        let result = try funnel.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(reason), "\(arguments): \(result.stderr)")
    }
}
