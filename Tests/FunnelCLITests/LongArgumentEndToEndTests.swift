import Foundation
import FunnelTestSupport
import GRDB
import Testing

/// Every argument of every command, walked from the command tree ArgumentParser prints
/// (`--experimental-dump-help`), given the longest value Linux passes to a program: a refusal in
/// one readable line with exit status 1 or 2, or an acceptance within limits, and nothing written.
///
/// Linux refuses a single argument over 128 KiB (MAX_ARG_STRLEN) before any program runs, so a
/// 1 MB option cannot reach Funnel; 1 MB and larger values arrive in files (HostileFilesEndToEndTests).
@Suite("Every argument with a 128 KiB value, end to end")
struct LongArgumentEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: folder.path("funnel.sqlite"), environment: ["FUNNEL_AUTO_BACKUP": "0"]) }

    /// The longest single argument execve accepts: 128 KiB including its terminating NUL.
    static let longest = String(repeating: "9", count: 128 * 1024 - 1)

    /// One argument of one command, as the command tree names it.
    struct Argument {
        var command: [String]
        var name: String
        var isOption: Bool
        var isRequired: Bool
    }

    /// Every command path with its positional arguments and options that take a value (flags take none).
    static func commandTree() throws -> [[String]: [Argument]] {
        let dump = try FunnelProcess(databasePath: "/nonexistent/funnel.sqlite").run(["--experimental-dump-help"])
        let root = try #require(try dump.json() as? [String: Any])
        var tree: [[String]: [Argument]] = [:]
        func walk(_ command: [String: Any], path: [String]) {
            let arguments = (command["arguments"] as? [[String: Any]] ?? []).compactMap { argument -> Argument? in
                let kind = argument["kind"] as? String
                guard kind == "option" || kind == "positional" else { return nil }
                let names = argument["names"] as? [[String: Any]] ?? []
                let name = (names.first { $0["kind"] as? String == "long" } ?? names.first)?["name"] as? String
                    ?? argument["valueName"] as? String ?? "?"
                return Argument(command: path, name: name, isOption: kind == "option", isRequired: !(argument["isOptional"] as? Bool ?? true))
            }
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if subcommands.isEmpty || !arguments.isEmpty { tree[path] = arguments }
            for subcommand in subcommands {
                guard let name = subcommand["commandName"] as? String, name != "help" else { continue }
                walk(subcommand, path: path + [name])
            }
        }
        walk(root["command"] as? [String: Any] ?? [:], path: [])
        return tree
    }

    /// A valid value for each required argument, so a command gets as far as the argument under test.
    func validValue(_ argument: Argument, csv: String) -> String {
        switch (argument.command.joined(separator: " "), argument.name) {
        case ("stages add", "name"): "Brand new stage"
        case ("stages remove", "name"), ("stages move", "name"), ("stages set", "name"), ("stages rename", "old"): "Qualifying"
        case ("stages rename", "new"): "Vetting"
        case ("pipelines add", "name"): "Second pipeline"
        case ("pipelines rename", "old"): "Sales"
        case ("pipelines rename", "new"): "Main"
        case ("move", "stage"), (_, "to"): "2"
        case (_, "file"): csv
        case (_, "title"): "X"
        case (_, "id"), (_, "deal-id"), (_, "activity-id"): "1"
        case (_, "reason"): "Price"
        case (_, "goal"): "10000"
        case (_, "kind"): "call"
        case (_, "key"): "park-after-days"
        case (_, "value"): "30"
        default: "x"
        }
    }

    /// Every row of every table, and every file in the folder: what "nothing written" compares.
    func everything() throws -> String {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: funnel.databasePath, configuration: config)
        defer { try? queue.close() }
        let rows = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { table in
                // Sorted as text: derived tables (stage totals, the search index's shadow tables) have no rowid.
                table + ": " + (try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map(\.description).sorted().joined(separator: "\n"))
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            .filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.sorted()
        return (rows + files).joined(separator: "\n")
    }

    // SQLite only: "nothing written" is every row of the file's tables; the values are refused before the store.
    @Test func everyArgumentWithTheLongestValueIsRefusedInOneLineOrAcceptedWithinLimits() throws {
        try walk(value: Self.longest, label: "128 KiB", mayBeAccepted: false)
    }

    /// An empty string may be a real value (`--notes ""` clears the notes); otherwise it is refused the same way.
    // SQLite only: "nothing written" is every row of the file's tables, read with GRDB.
    @Test func everyArgumentWithAnEmptyValueIsRefusedInOneLineOrAccepted() throws {
        let accepted = try walk(value: "", label: "empty", mayBeAccepted: true)
        // Only optional text fields and filters, where empty means "none" or "the default".
        let clearable: Set<String> = [
            "subject", "note", "notes", "owner", "org", "person", "job-title", "email", "phone", "source", "close-date", "probability",
        ]
        for shown in accepted {
            let name = shown.split(separator: "<").last.map { String($0.split(separator: ":")[0]) } ?? shown
            #expect(clearable.contains(name), "\(shown) was accepted")
        }
    }

    /// Runs every argument of every command with `value`; returns the arguments that were accepted.
    @discardableResult
    func walk(value: String, label: String, mayBeAccepted: Bool) throws -> [String] {
        var accepted: [String] = []
        try funnel.succeed(["add", "Existing deal", "--value", "100"])
        let csv = folder.path("deals.csv")
        try Data("title,value\nImported deal,100\n".utf8).write(to: URL(fileURLWithPath: csv))
        let tree = try Self.commandTree()
        #expect(tree.count >= 35, "the command tree looks incomplete: \(tree.keys.sorted { $0.lexicographicallyPrecedes($1) })")
        var checked = 0
        for (command, arguments) in tree.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            for tested in arguments {
                var line = command
                for argument in arguments where argument.isRequired || argument.name == tested.name {
                    let value = argument.name == tested.name ? value : validValue(argument, csv: csv)
                    line += argument.isOption ? ["--\(argument.name)", value] : [value]
                }
                let shown = (command + ["<\(tested.name): \(label)>"]).joined(separator: " ")
                let before = try everything()
                let started = Date()
                let result = try funnel.run(line)
                // A hang guard, not a speed target: a refusal must not scan or copy the value for long.
                #expect(Date().timeIntervalSince(started) < 30, "\(shown) took \(Date().timeIntervalSince(started)) s")
                let lines = result.stderr.split(separator: "\n")
                if tested.name == "config" {
                    // A config file that cannot be read is a warning where the command reads one: it goes on with the defaults.
                    #expect([0, 1, 2].contains(result.status), "\(shown) exited \(result.status)")
                    #expect(lines.allSatisfy { $0.hasPrefix("funnel: ") && $0.count < 600 }, "\(shown): \(result.stderr.prefix(300))")
                    checked += 1
                    continue
                }
                if mayBeAccepted && result.status == 0 {
                    accepted.append(shown)
                    checked += 1
                    #expect(lines.allSatisfy { $0.hasPrefix("funnel: ") && $0.count < 600 }, "\(shown): \(result.stderr.prefix(300))")
                    continue
                }
                #expect([1, 2].contains(result.status), "\(shown) exited \(result.status): \(result.stderr.prefix(300))")
                #expect(lines.count == 1, "\(shown): \(lines.count) lines on stderr")
                #expect(result.stderr.hasPrefix("funnel: "), "\(shown): \(result.stderr.prefix(300))")
                #expect(result.stderr.count < 1_200, "\(shown): the message is \(result.stderr.count) characters long")
                #expect(result.stdout.isEmpty, "\(shown) printed on stdout")
                #expect(try everything() == before, "\(shown) wrote something")
                checked += 1
            }
        }
        #expect(checked >= 120, "only \(checked) arguments were checked")
        return accepted
    }

    // SQLite only: Linux refuses the argument before Funnel runs, which the absent file shows.

    @Test func linuxRefusesAOneMegabyteArgumentBeforeFunnelRuns() throws {
        let megabyte = String(repeating: "9", count: 1 << 20)
        #expect(throws: (any Error).self) { try funnel.run(["add", megabyte]) }
        #expect(!FileManager.default.fileExists(atPath: funnel.databasePath))
    }
}
