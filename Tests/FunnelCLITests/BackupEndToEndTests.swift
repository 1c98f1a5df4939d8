import Foundation
import FunnelTestSupport
import Pipeline
import PipelineStore
import Testing

/// `funnel backup`, the daily automatic backups, and `funnel restore`.
@Suite("funnel backup and restore, end to end")
struct BackupEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess {
        FunnelProcess(databasePath: folder.path("funnel.sqlite"), environment: ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")])
    }

    func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
    }

    @Test("A backup taken while another process keeps writing is a consistent Funnel database")
    func backupWhileWriting() throws {
        _ = try funnel.succeed(["add", "First"])
        // Another process adds deals in a loop while backups are taken.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "i=0; while [ $i -lt 60 ]; do \"$FUNNEL\" add \"Deal $i\" --value 1k >/dev/null || exit 1; i=$((i+1)); done"]
        var environment = ProcessInfo.processInfo.environment
        environment["FUNNEL"] = FunnelProcess.executableURL.path
        environment["FUNNEL_DB"] = funnel.databasePath
        environment["FUNNEL_NOW"] = "2026-11-29T09:00:00Z"
        environment["XDG_CONFIG_HOME"] = folder.path("config")
        writer.environment = environment
        try writer.run()
        var backups: [String] = []
        while writer.isRunning || backups.count < 3 {
            let path = folder.path("backup-\(backups.count).sqlite")
            let result = try funnel.run(["backup", "--out", path])
            #expect(result.status == 0, "\(result.stderr)")
            backups.append(path)
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        var counts: [Int] = []
        for path in backups {
            #expect(try mode(path) == 0o600)
            let store = try PipelineStore.open(path: path)
            #expect(try store.integrityCheck() == "ok")
            let deals = try store.deals(DealQuery(statuses: Set(DealStatus.allCases)))
            // Each add writes its deal and its history entry together: a copy never has one without the other.
            for deal in deals { #expect(try store.history(dealID: deal.id).map(\.kind) == [.created]) }
            counts.append(deals.count)
        }
        #expect(counts == counts.sorted())
        #expect(counts.first! >= 1 && counts.last! <= 61)
        #expect(try funnel.deals().count == 61)
    }

    @Test("The first run of each day keeps a daily backup; seven are kept")
    func dailyBackups() throws {
        _ = try funnel.succeed(["add", "Keep me safe"])
        let backups = folder.path("backups")
        for day in 1...9 {
            _ = try funnel.succeed(["list"], now: String(format: "2026-12-%02dT08:00:00Z", day))
            _ = try funnel.succeed(["list"], now: String(format: "2026-12-%02dT18:00:00Z", day))
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: backups).sorted()
        #expect(files == (3...9).map { String(format: "funnel-2026-12-%02d.sqlite", $0) })
        for file in files { #expect(try mode("\(backups)/\(file)") == 0o600) }
        #expect(try mode(backups) == 0o700)
        let store = try PipelineStore.open(path: "\(backups)/funnel-2026-12-09.sqlite")
        #expect(try store.deals(DealQuery()).map(\.title) == ["Keep me safe"])
    }

    @Test("Restore puts a backup back after keeping a copy of the current database")
    func restore() throws {
        _ = try funnel.succeed(["add", "Before the backup"])
        let backup = folder.path("saved.sqlite")
        _ = try funnel.succeed(["backup", "--out", backup])
        _ = try funnel.succeed(["add", "After the backup"])
        let result = try funnel.run(["restore", backup])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try funnel.deals().map { $0["title"] as! String } == ["Before the backup"])
        let kept = folder.path("backups/funnel-before-restore-2026-11-29T090000Z.sqlite")
        #expect(result.stdout.contains(kept))
        let previous = try PipelineStore.open(path: kept)
        #expect(Set(try previous.deals(DealQuery()).map(\.title)) == ["Before the backup", "After the backup"])
        #expect(try mode(funnel.databasePath) == 0o600)
    }

    @Test("Restore refuses what is not a sound Funnel backup and leaves the database alone")
    func restoreRefusals() throws {
        _ = try funnel.succeed(["add", "Precious"])
        let before = try funnel.fingerprint()
        let text = try folder.write("notes.txt", Data("hello".utf8))
        var truncated = try Data(contentsOf: URL(fileURLWithPath: funnel.databasePath))
        truncated = truncated.prefix(truncated.count / 2 + 100)
        let half = try folder.write("half.sqlite", truncated)
        let cases: [(String, String)] = [
            (folder.path("missing.sqlite"), "no file"),
            (text, "is not a Funnel database: it is not an SQLite file"),
            (half, "is damaged"),
            (funnel.databasePath, "is the database itself"),
        ]
        for (file, message) in cases {
            let result = try funnel.run(["restore", file])
            #expect(result.status != 0, "\(file)")
            #expect(result.stderr.contains(message), "\(file): \(result.stderr)")
        }
        #expect(try funnel.fingerprint() == before)
    }
}
