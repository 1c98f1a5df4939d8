import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// `funnel backup`, the daily automatic backups, and `funnel restore`.
@Suite("funnel backup and restore, end to end")
struct BackupEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")])
    }

    func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int
    }

    // SQLite only: the copy is an SQLite file opened and checked as one; a server's backup is the JSON archive (RestoreEndToEndTests)
    @Test("A backup taken while another process keeps writing is a consistent Funnel database")
    func backupWhileWriting() throws {
        let funnel = try funnel(on: .sqlite)
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
            let store = try SQLitePipelineStore.open(path: path)
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

    // SQLite only: a server has no daily backups (pg_dump is the operator's job)
    @Test("The first run of each day keeps a daily backup; seven are kept")
    func dailyBackups() throws {
        let funnel = try funnel(on: .sqlite)
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
        let store = try SQLitePipelineStore.open(path: "\(backups)/funnel-2026-12-09.sqlite")
        #expect(try store.deals(DealQuery()).map(\.title) == ["Keep me safe"])
    }

    @Test("Restore refuses a named pipe, a folder or a device at once instead of waiting on it", arguments: CLIEngine.all)
    func restoreRefusesWhatIsNoFile(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        _ = try funnel.succeed(["add", "Keep me"])
        let fifo = folder.path("backup.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let before = try funnel.fingerprint()
        for (path, words) in [(fifo, "FIFO"), (folder.path("config"), "folder"), ("/dev/zero", "device")] {
            try? FileManager.default.createDirectory(atPath: folder.path("config"), withIntermediateDirectories: true)
            let result = try funnel.run(["restore", path], timeout: 30)
            #expect(result.status != 0, "\(path)")
            #expect(result.stderr.contains(words), "\(path): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(path): \(result.stderr)")
        }
        #expect(try funnel.fingerprint() == before)
    }

    // SQLite only: the journal and WAL files exist only beside a database file
    @Test("A backup or export named like the database's journal or log, there or not, is refused: SQLite would delete it")
    func journalNamesAreRefused() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "Keep me"])
        let before = try funnel.fingerprint()
        for suffix in ["-journal", "-wal", "-shm"] {
            let target = folder.path("funnel.sqlite" + suffix)
            for arguments in [["backup", "--out", target], ["export", "--out", target]] {
                let result = try funnel.run(arguments)
                #expect(result.status == 2, "\(arguments): \(result.stderr)")
                #expect(result.stderr.contains("database itself"), "\(arguments): \(result.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("funnel.sqlite-journal")))
        #expect(try funnel.fingerprint() == before)
    }

    // SQLite only: on a server, opening the store makes no daily backup, so 'list' never reads that folder
    @Test("A file where the backups folder goes is named in one sentence, not a Foundation error")
    func aFileInPlaceOfTheBackupsFolder() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "Keep me"])
        #expect(FileManager.default.createFile(atPath: folder.path("backups"), contents: Data("x".utf8)))
        for arguments in [["backup"], ["list"]] {
            let result = try funnel.run(arguments)
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("Error Domain"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("is not a folder"), "\(arguments): \(result.stderr)")
        }
        #expect(try funnel.run(["backup"]).status == 1)
    }

    @Test("backup --out and restore put the pipeline back as it was when backed up", arguments: CLIEngine.all)
    func backupThenRestoreOnEveryEngine(engine: CLIEngine) throws {
        var funnel = try funnel(on: engine)
        // A server's copy of what restore replaces goes under Funnel's data folder: the test's, not the user's.
        funnel.environment["XDG_DATA_HOME"] = folder.path("data")
        _ = try funnel.succeed(["add", "Before the backup", "--value", "1k"])
        let saved = folder.path(engine.isServer ? "saved.json" : "saved.sqlite")
        _ = try funnel.succeed(["backup", "--out", saved])
        let before = try funnel.fingerprint()
        _ = try funnel.succeed(["add", "After the backup"])
        _ = try funnel.succeed(["move", "1", "Qualifying"])
        let result = try funnel.run(["restore", saved])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try funnel.fingerprint() == before)
        _ = try funnel.succeed(["add", "After the restore"])
        #expect(Set(try funnel.deals().compactMap { $0["title"] as? String }) == ["Before the backup", "After the restore"])
    }

    // SQLite only: restore keeps the replaced database file as a .sqlite copy; a server's restore is covered in RestoreEndToEndTests
    @Test("Restore puts a backup back after keeping a copy of the current database")
    func restore() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "Before the backup"])
        let backup = folder.path("saved.sqlite")
        _ = try funnel.succeed(["backup", "--out", backup])
        _ = try funnel.succeed(["add", "After the backup"])
        let result = try funnel.run(["restore", backup])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try funnel.deals().map { $0["title"] as! String } == ["Before the backup"])
        let kept = folder.path("backups/funnel-before-restore-2026-11-29T090000Z.sqlite")
        #expect(result.stdout.contains(kept))
        let previous = try SQLitePipelineStore.open(path: kept)
        #expect(Set(try previous.deals(DealQuery()).map(\.title)) == ["Before the backup", "After the backup"])
        #expect(try mode(funnel.databasePath) == 0o600)
    }

    // SQLite only: the refusals are about SQLite files (not an SQLite file, damaged, the database file itself)
    @Test("Restore refuses what is not a sound Funnel backup and leaves the database alone")
    func restoreRefusals() throws {
        let funnel = try funnel(on: .sqlite)
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

    // MARK: - The files backups write (issue 14)

    func titles(_ path: String) throws -> Set<String> {
        let store = try SQLitePipelineStore.open(path: path)
        defer { try? store.close() }
        #expect(try store.integrityCheck() == "ok")
        return Set(try store.deals(DealQuery(statuses: Set(DealStatus.allCases))).map(\.title))
    }

    // SQLite only: the copies are SQLite files, checked with an integrity check
    @Test("backup --out over an existing backup, or over any file, replaces it with a sound copy, 0600 whatever its mode was")
    func backupReplacesAnExistingFile() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "First"])
        let out = folder.path("only-backup.sqlite")
        _ = try funnel.succeed(["backup", "--out", out])
        _ = try funnel.succeed(["add", "Second"])
        chmod(out, 0o644)
        let again = try funnel.run(["backup", "--out", out])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try titles(out) == ["First", "Second"])
        #expect(try mode(out) == 0o600)
        let unrelated = try folder.write("notes.txt", Data("an unrelated file".utf8))
        chmod(unrelated, 0o664)
        #expect(try funnel.run(["backup", "--out", unrelated]).status == 0)
        #expect(try titles(unrelated) == ["First", "Second"])
        #expect(try mode(unrelated) == 0o600)
        #expect(FileWriteFaults.partials(in: folder.url.path) == [])
    }

    // SQLite only: links, spellings and the WAL of the database file
    @Test("backup --out naming the live database by a symbolic link, a hard link, another spelling or its WAL is refused, nothing written")
    func backupRefusesTheDatabaseItself() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "Precious", "--value", "5k"])
        let before = try funnel.fingerprint()
        let link = folder.path("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: funnel.databasePath)
        let hard = folder.path("hard.sqlite")
        try FileManager.default.linkItem(atPath: funnel.databasePath, toPath: hard)
        // An open store keeps the WAL beside the database while the backups are refused.
        let holder = try SQLitePipelineStore.open(path: funnel.databasePath)
        defer { try? holder.close() }
        #expect(FileManager.default.fileExists(atPath: funnel.databasePath + "-wal"))
        let bytes = try FileWriteFaults.bytes(funnel.databasePath)
        for out in [link, hard, folder.url.path + "/../" + folder.url.lastPathComponent + "/funnel.sqlite", funnel.databasePath + "-wal"] {
            let result = try funnel.run(["backup", "--out", out])
            #expect(result.status == 2, "\(out): \(result.stderr)")
            #expect(result.stderr == "funnel: invalid --out '\(out)': that is the database itself (or one of its journals); choose another file\n")
        }
        #expect(try FileWriteFaults.bytes(funnel.databasePath) == bytes)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == funnel.databasePath)
        #expect(try funnel.fingerprint() == before)
        #expect(FileWriteFaults.partials(in: folder.url.path) == [])
    }

    // SQLite only: the names are those of SQLite copies and of the replaced database file
    @Test("Two backups and two restores in the same second keep every file: names never collide")
    func sameSecondNamesNeverCollide() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "A"])
        let first = try funnel.succeed(["backup"])
        let second = try funnel.succeed(["backup"])
        let backups = folder.path("backups")
        #expect(first == "Backed up '\(funnel.databasePath)' to '\(backups)/funnel-2026-11-29T090000Z.sqlite'")
        #expect(second == "Backed up '\(funnel.databasePath)' to '\(backups)/funnel-2026-11-29T090000Z-2.sqlite'")
        #expect(try titles("\(backups)/funnel-2026-11-29T090000Z.sqlite") == ["A"])

        let saved = folder.path("saved.sqlite")
        _ = try funnel.succeed(["backup", "--out", saved])
        _ = try funnel.succeed(["add", "B"])
        let restoredOnce = try funnel.succeed(["restore", saved])
        _ = try funnel.succeed(["add", "C"])
        let restoredTwice = try funnel.succeed(["restore", saved])
        let keptFirst = "\(backups)/funnel-before-restore-2026-11-29T090000Z.sqlite"
        let keptSecond = "\(backups)/funnel-before-restore-2026-11-29T090000Z-2.sqlite"
        #expect(restoredOnce.hasSuffix("the previous database is kept as '\(keptFirst)'"))
        #expect(restoredTwice.hasSuffix("the previous database is kept as '\(keptSecond)'"))
        // The database the first restore replaced is still on disk, beside the one the second replaced.
        #expect(try titles(keptFirst) == ["A", "B"])
        #expect(try titles(keptSecond) == ["A", "C"])
        #expect(Set(try funnel.deals().map { $0["title"] as! String }) == ["A"])
        #expect(FileWriteFaults.partials(in: backups) == [])
    }

    // SQLite only: half-written SQLite copies and their journals
    @Test("What killed backups left is removed by the next backup and refused by restore; a running write's file stays")
    func leftoversOfKilledBackups() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["add", "Precious"])
        let before = try funnel.fingerprint()
        let backups = folder.path("backups")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let dead = try FileWriteFaults.unusedProcessID()
        let database = try FileWriteFaults.bytes(funnel.databasePath)
        // A backup killed half-way: half a database and a hot journal, from an older Funnel and from this one.
        let leftovers = [
            "\(backups)/.funnel-2026-11-28T170000Z.sqlite.partial-\(dead)",
            "\(backups)/.funnel-2026-11-27.sqlite.partial-\(dead)-5eed",
            folder.path(".weekly.sqlite.partial-\(dead)"),
        ]
        for file in leftovers {
            _ = try folder.write(String(file.dropFirst(folder.url.path.count + 1)), database.prefix(database.count / 2))
            _ = try folder.write(String(file.dropFirst(folder.url.path.count + 1)) + "-journal", Data(repeating: 0xd9, count: 512))
        }
        let running = try folder.write("backups/.funnel-2026-11-29T085959Z.sqlite.partial-\(getpid())-1", Data("still writing".utf8))
        let other = try folder.write(".weekly.sqlite.partial", Data("not Funnel's".utf8))

        for file in [leftovers[0], leftovers[1] + "-journal"] {
            let result = try funnel.run(["restore", file])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr == "funnel: '\(file)' is the unfinished copy of a backup that was stopped, not a backup: give a backup made by 'funnel backup' or one from backups/\n")
        }
        #expect(try funnel.fingerprint() == before)

        _ = try funnel.succeed(["backup"])
        #expect(FileWriteFaults.partials(in: backups) == [URL(fileURLWithPath: running).lastPathComponent])
        #expect(FileWriteFaults.partials(in: folder.url.path) == [".weekly.sqlite.partial", ".weekly.sqlite.partial-\(dead)", ".weekly.sqlite.partial-\(dead)-journal"])
        _ = try funnel.succeed(["backup", "--out", folder.path("weekly.sqlite")])
        #expect(FileWriteFaults.partials(in: folder.url.path) == [".weekly.sqlite.partial"])
        #expect(try FileWriteFaults.bytes(other) == Data("not Funnel's".utf8))
        #expect(try FileWriteFaults.bytes(running) == Data("still writing".utf8))
    }

    // SQLite only: the copy of the database file outgrows a file size limit
    @Test("A backup on a disk that refuses to grow the file says the disk is full, exits 1, and keeps the old backup byte for byte")
    func backupOnAFullDisk() throws {
        let funnel = try funnel(on: .sqlite)
        _ = try funnel.succeed(["demo", "--deals", "300"])
        let out = folder.path("weekly.sqlite")
        _ = try funnel.succeed(["backup", "--out", out])
        let old = try FileWriteFaults.bytes(out)
        #expect(old.count > 40_960)
        let err = folder.path("backup.err")
        let process = try funnel.launchShell(
            "trap '' XFSZ; ulimit -f 80; \"$FUNNEL\" backup --out '\(out)'; echo \"backup $?\" >&2",
            stdoutPath: folder.path("backup.out"), stderrPath: err)
        FileWriteFaults.waitForExit(process)
        let lines = (try String(contentsOfFile: err, encoding: .utf8)).split(separator: "\n").map(String.init)
        #expect(lines == [
            "funnel: cannot write '\(out)': the disk is full (or over quota or a file size limit); a file already there is left as it was",
            "backup 1",
        ])
        #expect(try FileWriteFaults.bytes(out) == old)
        #expect(FileWriteFaults.partials(in: folder.url.path) == [])
    }
}
