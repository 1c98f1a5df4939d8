import Foundation
import FunnelTestSupport
import GRDB
import Testing

/// Issue 14 item 9: every path and every stored or typed value a command prints goes through
/// `TerminalText.visible`, so no escape sequence in a file name, a config value or a name edited outside
/// Funnel reaches the terminal raw (OSC 52 writes the clipboard, OSC 0 the window title).
@Suite("Paths and values on the terminal, end to end")
struct HostileOutputEndToEndTests {
    /// ESC OSC 52 (clipboard) and OSC 0 (window title) ended by BEL, CSI clear screen, C1 CSI and a bidi override.
    static let hostile = "X\u{1B}]52;c;aGk=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}1m\u{202E}rev"
    static let raw: Set<UInt32> = [0x1B, 0x07, 0x9B, 0x202E]
    /// What `hostile` looks like after `TerminalText.visible`.
    static let shown = "X␛]52;c;aGk=␇␛]0;pwned␇␛[2J"

    let folder = TemporaryDirectory()

    /// A database inside a folder whose name carries the hostile text, so every message naming it is tested.
    var funnel: FunnelProcess {
        FunnelProcess(databasePath: folder.path("db \(Self.hostile)/funnel.sqlite"), environment: ["FUNNEL_AUTO_BACKUP": "0"])
    }

    /// Runs a command and checks that nothing raw reached stdout or stderr; returns both, joined.
    @discardableResult
    func printed(_ arguments: [String], by process: FunnelProcess? = nil, status: Int32? = 0) throws -> String {
        let result = try (process ?? funnel).run(arguments)
        let shown = arguments.map { $0.replacingOccurrences(of: Self.hostile, with: "<hostile>") }
        if let status { #expect(result.status == status, "\(shown) exited \(result.status): \(result.stderr.prefix(300))") }
        #expect(result.status < 128, "\(shown) died of a signal")
        let out = result.stdout + result.stderr
        #expect(!out.unicodeScalars.contains { Self.raw.contains($0.value) }, "\(shown) printed a control raw: \(out.debugDescription.prefix(400))")
        return out
    }

    // SQLite only: the hostile text is in the database file's folder name and the backups' (SQLite) file names.
    @Test func everyCommandThatPrintsAPathOrAValueShowsPlaceholders() throws {
        try FileManager.default.createDirectory(atPath: folder.path("db \(Self.hostile)"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("in \(Self.hostile)"), withIntermediateDirectories: true)
        let csv = folder.path("in \(Self.hostile)/deals \(Self.hostile).csv")
        try Data("title,value\nImported deal,100\n".utf8).write(to: URL(fileURLWithPath: csv))
        try printed(["board", "--snapshot"])  // makes the database: a dry run makes none
        #expect(try printed(["import", csv, "--dry-run"]).contains(Self.shown))
        try printed(["import", csv])
        try printed(["add", "Second deal", "--value", "200"])

        // Config values quoted in problems, and the config file's own path.
        let config = folder.path("in \(Self.hostile)/config \(Self.hostile).toml")
        try Data("default_currency = \"\\u001b]52;c;aGk=\\u0007\\u202e\"\ndate_format = \"\\u001b]0;pwned\\u0007\"\n[\"\\u001b[2J\"]\nx = 1\n".utf8)
            .write(to: URL(fileURLWithPath: config))
        let checked = try printed(["config", "check", "--config", config], status: 1)
        #expect(checked.contains("␛]52;c;aGk=␇"), "\(checked)")
        #expect(checked.contains(Self.shown), "the path is not shown with placeholders: \(checked)")
        #expect(try printed(["config", "--config", config]).contains(Self.shown))
        // A command that reads the config warns about each problem on stderr.
        #expect(try printed(["add", "Configured deal", "--config", config]).contains("␛]52;c;aGk=␇"))

        // Backups and restores name their files.
        let backup = folder.path("in \(Self.hostile)/backup \(Self.hostile).sqlite")
        let backedUp = try printed(["backup", "--out", backup])
        #expect(backedUp.hasPrefix("Backed up '") && backedUp.contains("backup \(Self.shown)"), "\(backedUp)")
        #expect(try printed(["restore", backup]).contains("backup \(Self.shown)"))

        // An export restored into an empty database names its file.
        let json = folder.path("in \(Self.hostile)/export \(Self.hostile).json")
        try printed(["export", "--format", "json", "--out", json])
        let other = FunnelProcess(databasePath: folder.path("other \(Self.hostile).sqlite"), environment: ["FUNNEL_AUTO_BACKUP": "0"])
        // A dry run makes no database: it names the missing one, shown safely; the board then makes it.
        #expect(try printed(["import", json, "--dry-run"], by: other, status: 1).contains("no database at '\(folder.path("other "))\(Self.shown)"))
        try printed(["board", "--snapshot"], by: other)
        #expect(try printed(["import", json, "--dry-run"], by: other).contains("export \(Self.shown)"))
        #expect(try printed(["import", json], by: other).contains("export \(Self.shown)"))

        // Names edited outside Funnel (or restored from a file): every command that names a stage or pipeline.
        let queue = try DatabaseQueue(path: funnel.databasePath)
        try queue.write { db in
            try db.execute(sql: "UPDATE stage SET name = 'S' || id || ?", arguments: [Self.hostile])
            try db.execute(sql: "UPDATE pipeline SET name = 'P' || id || ?", arguments: [Self.hostile])
        }
        try queue.close()
        let named = [
            ["move", "1", "2"], ["move", "1", "2"], ["won", "1"], ["reopen", "1"], ["summary"], ["stages"], ["pipelines"],
            ["stages", "set", "2", "--probability", "30"], ["stages", "move", "2", "--to", "3"], ["stages", "add", "Fresh"],
            ["stages", "remove", "Fresh"], ["pipelines", "add", "Second"], ["demo", "--deals", "3", "--force"],
            ["report"], ["list"], ["show", "1"], ["board", "--snapshot"], ["review"], ["stalled"],
            ["plan", "--goal", "1000"],
        ]
        var placeholders = 0
        for arguments in named {
            let out = try printed(arguments, status: nil)
            if out.contains(Self.shown) { placeholders += 1 }
        }
        // Not a vacuous pass: most of those commands did print the hostile names, as placeholders.
        #expect(placeholders >= 12, "only \(placeholders) commands printed the hostile names")
        let renamed = try printed(["stages", "rename", "S3\(Self.hostile)", "Vetting"])
        #expect(renamed.contains("S3" + Self.shown), "\(renamed)")
        #expect(try printed(["pipelines", "rename", "P1\(Self.hostile)", "Main"]).contains("P1" + Self.shown))
    }
}
