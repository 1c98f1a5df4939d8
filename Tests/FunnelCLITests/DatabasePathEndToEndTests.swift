import Foundation
import Testing
import FunnelTestSupport

/// What `FUNNEL_DB` and `--db` may name, and what `FUNNEL_NOW` may say, with the real binary: anything
/// but a database file (or a link to one) is refused at once in one line naming what it is, nothing written.
@Suite("The database path and the clock, end to end")
struct DatabasePathEndToEndTests {
    let folder = TemporaryDirectory()

    /// What one bounded run printed and how it ended.
    struct Run {
        var status: Int32
        var stderr: String
    }

    /// Runs `funnel ARGS` through the shell, killed after 30 s (a run that waits on a named pipe would
    /// otherwise never end); `environment` is shell text put before the command, as `FUNNEL_DB=...`.
    func run(_ arguments: String, environment: String, now: String = "2026-11-29T09:00:00Z") throws -> Run {
        let funnel = FunnelProcess(databasePath: folder.path("unused.sqlite"), now: now)
        let errPath = folder.path("run.err")
        let process = try funnel.launchShell(
            "\(environment) timeout -s KILL 30 \"$FUNNEL\" \(arguments)", stdoutPath: folder.path("run.out"), stderrPath: errPath)
        process.waitUntilExit()
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, stderr: stderr)
    }

    /// Expects one line on stderr holding `text`, and `status`.
    func expectRefused(_ run: Run, status: Int32 = 1, saying text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == status, "exit \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(text), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("I/O error") && !run.stderr.contains("SQLite error"), "\(run.stderr)", sourceLocation: sourceLocation)
    }

    // SQLite only: what FUNNEL_DB names on disk; server addresses are ServerAddressEndToEndTests's.
    @Test func aNamedPipeIsRefusedAtOnceInsteadOfWaitingForever() throws {
        let pipe = folder.path("funnel.sqlite")
        #expect(mkfifo(pipe, 0o600) == 0)
        for command in ["list", "add 'Acme renewal'"] {
            let started = Date()
            let result = try run(command, environment: "FUNNEL_DB='\(pipe)'")
            expectRefused(result, saying: "'\(pipe)' is a FIFO (named pipe), not a database file")
            #expect(Date().timeIntervalSince(started) < 20, "\(command) took \(Date().timeIntervalSince(started)) s")
        }
    }

    // SQLite only: a folder where the database file goes.
    @Test func aFolderIsRefusedNamingIt() throws {
        let directory = folder.path("funnel.sqlite")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        expectRefused(try run("list", environment: "FUNNEL_DB='\(directory)'"), saying: "'\(directory)' is a folder, not a database file")
        expectRefused(try run("add Acme --db '\(directory)'", environment: ""), saying: "is a folder, not a database file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    // SQLite only: a link to the database file.
    @Test func aDatabaseReachedThroughASymbolicLinkIsUsedNotCalledDamaged() throws {
        try FileManager.default.createDirectory(atPath: folder.path("synced"), withIntermediateDirectories: false)
        let real = FunnelProcess(databasePath: folder.path("synced/funnel.sqlite"))
        try real.succeed(["add", "Acme renewal"])
        let link = folder.path("funnel.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "synced/funnel.sqlite")
        let linked = FunnelProcess(databasePath: link)
        #expect(try linked.succeed(["list"]).contains("Acme renewal"))
        try linked.succeed(["add", "Globex expansion"])
        #expect(try real.deals().compactMap { $0["title"] as? String }.sorted() == ["Acme renewal", "Globex expansion"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "synced/funnel.sqlite")
    }

    // SQLite only: a link to no file.
    @Test func aDanglingSymbolicLinkIsRefusedNamingItsTargetAndNothingIsCreated() throws {
        let link = folder.path("funnel.sqlite")
        let target = folder.path("Dropbox/funnel.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        for command in ["add 'Acme renewal'", "list"] {
            expectRefused(try run(command, environment: "FUNNEL_DB='\(link)'"),
                          saying: "'\(link)' is a symbolic link to '\(target)', which does not exist")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(!FileManager.default.fileExists(atPath: folder.path("Dropbox")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["funnel.sqlite", "run.err", "run.out"])
    }

    // SQLite only: the file's permissions.
    @Test func anEmptyFileAdoptedAsTheDatabaseBecomesPrivate() throws {
        let path = folder.path("funnel.sqlite")
        FileManager.default.createFile(atPath: path, contents: nil)
        #expect(chmod(path, 0o644) == 0)
        try FunnelProcess(databasePath: path).succeed(["add", "Acme renewal"])
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    // SQLite only: a file path that is not UTF-8; a server URL's refusals are ServerAddressEndToEndTests's.
    @Test func aFunnelDBThatIsNotUTF8IsRefusedInsteadOfOpeningAnotherFile() throws {
        let data = folder.path("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        // "café.sqlite" in Latin-1: the é is the lone byte 0xE9.
        let result = try run("add 'Acme renewal'", environment: "FUNNEL_DB=\"$(printf '\(data)/caf\\351.sqlite')\"")
        expectRefused(result, status: 2, saying: "FUNNEL_DB '\(data)/caf")
        #expect(result.stderr.contains("is not valid UTF-8"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).isEmpty)
    }

    // No engine: FUNNEL_NOW is refused before the store is opened (so on SQLite alone).
    @Test(arguments: ["9999-12-31T23:59:59Z", "1969-07-20T20:17:00Z"])
    func aFunnelNowNoArchiveCouldRestoreIsRefused(now: String) throws {
        let path = folder.path("funnel.sqlite")
        try FunnelProcess(databasePath: path).succeed(["add", "Acme renewal"])
        let before = try FunnelProcess(databasePath: path).fingerprint()
        let result = try run("add 'Globex expansion'", environment: "FUNNEL_DB='\(path)'", now: now)
        expectRefused(result, status: 2, saying: "invalid FUNNEL_NOW \(now): use a moment from 1970-01-01T00:00:00Z to 2199-12-31T23:59:59Z")
        #expect(try FunnelProcess(databasePath: path).fingerprint() == before)
    }

    // No engine: FUNNEL_NOW is refused before the store is opened (so on SQLite alone).
    @Test(arguments: ["2026-02-30", "2026-02-30T09:00:00Z", "0000-01-01T00:00:00Z", "-2026-11-29T09:00:00Z", "2026-11-29T24:00:00Z"])
    func anImpossibleFunnelNowIsRefused(now: String) throws {
        let path = folder.path("funnel.sqlite")
        try FunnelProcess(databasePath: path).succeed(["add", "Acme renewal"])
        let before = try FunnelProcess(databasePath: path).fingerprint()
        let result = try run("add 'Globex expansion'", environment: "FUNNEL_DB='\(path)'", now: now)
        expectRefused(result, status: 2, saying: "invalid FUNNEL_NOW '\(now)'")
        #expect(try FunnelProcess(databasePath: path).fingerprint() == before)
    }
}
