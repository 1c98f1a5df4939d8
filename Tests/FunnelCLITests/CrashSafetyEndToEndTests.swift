import Foundation
import Testing
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore

/// Killing Funnel at any moment loses nothing reported as saved and leaves no half change;
/// processes writing one file at once wait for each other instead of failing.
@Suite("Crashes and concurrent writers, end to end")
struct CrashSafetyEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: folder.path("funnel.sqlite")) }

    /// The size of a file, 0 when there is none.
    func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }

    /// What a run printed on stdout so far.
    func printed(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    /// Every deal's stage is the one its history leads to.
    func expectHistoryReplays(_ store: SQLitePipelineStore) throws {
        for deal in try store.deals(DealQuery(statuses: [])) {
            let history = try store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.first?.kind == .created)
            #expect(history.last?.toStageID == deal.stageID, "deal \(deal.id)")
        }
    }

    /// A demo into a file that holds a deal runs in WAL mode, its pages kept in a 256 MB cache until
    /// the commit writes them: the WAL passes 2 MB while the commit is written, and the kill lands
    /// before or after its last frame. Either is right; anything between is not: the file holds
    /// exactly what it held, or the whole demo with every history replaying (one read each).
    // SQLite only: the kill lands on the WAL's frames, and the file's every table is compared; a server's killed import is ServerImportKillEndToEndTests's.
    @Test func demoKilledMidwayLeavesAllOrNothing() throws {
        try funnel.succeed(["add", "Saved before the demo"])
        let before = try DatabaseContents.read(path: funnel.databasePath)
        let out = folder.path("demo.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" demo --force --deals 400000", stdoutPath: out, stderrPath: folder.path("demo.err"))
        let walPath = folder.path("funnel.sqlite-wal")
        try Polling.until("the demo's WAL to pass 2 MB", timeout: 240, interval: 0.005) { size(walPath) > 2_000_000 || !process.isRunning }
        kill(process.processIdentifier, SIGKILL)
        try FunnelProcess.waitForExit(process, named: "funnel demo")
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        try store.close()
        let after = try DatabaseContents.read(path: funnel.databasePath)
        if after.dealCount == before.dealCount {
            #expect(after == before, "the killed demo left part of itself: \(after)")
        } else {
            #expect(after.dealCount == before.dealCount + 400_000, "the killed demo left part of itself: \(after)")
            #expect(after.dealsAgainstTheirHistory == 0)
        }
    }

    /// The import's 256 MB page cache keeps its pages until the commit writes them to the WAL, so a
    /// kill once the WAL passes 1 MB lands during the commit: before its last frame (nothing
    /// imported) or after it (all imported). The file must then be exactly as before, or exactly
    /// as the same import run to its end on a copy leaves it; each is checked with one read.
    // SQLite only: the file's every table is compared after the kill; on a server: ServerImportKillEndToEndTests.
    @Test func importKilledMidwayWritesNothing() throws {
        let source = FunnelProcess(databasePath: folder.path("source.sqlite"))
        try source.succeed(["demo", "--deals", "20000", "--open-percent", "50"])
        let csv = folder.path("deals.csv")
        try source.succeed(["export", "--format", "csv", "--status", "all", "--out", csv])
        try funnel.succeed(["add", "Saved before the import"])
        let before = try DatabaseContents.read(path: funnel.databasePath)
        // The same import, run to its end on a copy of the file: what "the whole import" holds.
        let copyFolder = folder.path("whole")
        try FileManager.default.createDirectory(atPath: copyFolder, withIntermediateDirectories: true)
        let whole = FunnelProcess(databasePath: copyFolder + "/funnel.sqlite")
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: funnel.databasePath + suffix) {
            try FileManager.default.copyItem(atPath: funnel.databasePath + suffix, toPath: whole.databasePath + suffix)
        }
        try whole.succeed(["import", csv])
        let imported = try DatabaseContents.read(path: whole.databasePath)
        #expect(imported.dealCount == before.dealCount + 20_000)

        let out = folder.path("import.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" import '\(csv)'", stdoutPath: out, stderrPath: folder.path("import.err"))
        let walPath = folder.path("funnel.sqlite-wal")
        try Polling.until("the import's WAL to pass 1 MB", timeout: 240, interval: 0.005) { size(walPath) > 1_000_000 || !process.isRunning }
        kill(process.processIdentifier, SIGKILL)
        try FunnelProcess.waitForExit(process, named: "funnel import")
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        try store.close()
        let after = try DatabaseContents.read(path: funnel.databasePath)
        #expect(after == before || after == imported, "the killed import left part of itself: \(after)")
        if printed(out).contains("Imported") { #expect(after == imported, "the import said it was done") }
    }

    // SQLite only: the file is read through the store after each kill; a server's command cut off is ServerStoreEndToEndTests's restart test.
    @Test func movesKilledAtRandomKeepEveryReportedMove() throws {
        let id = try funnel.succeed(["add", "Acme renewal"])
        let out = folder.path("moves.out")
        let script = """
            i=0
            while [ $i -lt 400 ]; do
              i=$((i + 1))
              "$FUNNEL" move \(id) $(( (i % 5) + 1 )) || exit 1
            done
            """
        let process = try funnel.launchShell(script, stdoutPath: out, stderrPath: folder.path("moves.err"))
        try Polling.until("eight reported moves", timeout: 120) { printed(out).split(separator: "\n").count >= 8 || !process.isRunning }
        // The loop and the move it is running die together: no move finishes while the file is read.
        FunnelProcess.killWithChildren(process.processIdentifier)
        try FunnelProcess.waitForExit(process, named: "the move loop")
        let reported = printed(out).split(separator: "\n").filter { $0.hasPrefix("Moved") }.count
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        let moves = try store.history(dealID: Int64(id)!).filter { $0.kind == .moved }.count
        #expect(moves >= reported)
        #expect(moves <= reported + 1)
        try expectHistoryReplays(store)
    }

    @Test(arguments: CLIEngine.all) func threeWritersAtOnceNeverSeeALockedDatabase(engine: CLIEngine) throws {
        let funnel = try FunnelProcess(engine, in: folder)
        let a = try funnel.succeed(["add", "A"])
        let b = try funnel.succeed(["add", "B"])
        let scripts = [
            "i=0; while [ $i -lt 40 ]; do i=$((i+1)); \"$FUNNEL\" move \(a) $(( (i % 5) + 1 )) >/dev/null || exit 1; done",
            "i=0; while [ $i -lt 40 ]; do i=$((i+1)); \"$FUNNEL\" move \(b) $(( (i % 4) + 1 )) >/dev/null || exit 1; done",
            "i=0; while [ $i -lt 40 ]; do i=$((i+1)); \"$FUNNEL\" add \"deal $i\" --value $i >/dev/null || exit 1; done",
        ]
        let processes = try scripts.enumerated().map { index, script in
            try funnel.launchShell(script, stdoutPath: folder.path("w\(index).out"), stderrPath: folder.path("w\(index).err"))
        }
        for (index, process) in processes.enumerated() { try FunnelProcess.waitForExit(process, named: "writer \(index)") }
        for (index, process) in processes.enumerated() {
            let errors = (try? String(contentsOfFile: folder.path("w\(index).err"), encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "writer \(index): \(errors)")
            #expect(!errors.contains("locked"))
        }
        #expect(try funnel.deals().count == 42)
        for id in [a, b] {
            let history = try #require(try funnel.run(["show", "--json", id]).json() as? [String: Any])["history"] as? [[String: Any]]
            #expect(history?.filter { $0["kind"] as? String == "moved" }.count == 40, "deal \(id)")
        }
        // Every deal's history replays to its stage, read through the file's store (the server's: the parity test).
        guard !engine.isServer else { return }
        try expectHistoryReplays(try SQLitePipelineStore.open(path: funnel.databasePath))
    }

    /// A disk that refuses to grow a file (a file size limit of 40 KB: the kernel answers EFBIG, as
    /// a disk over quota answers EDQUOT) under a database of 150 KB: the change is
    /// refused in one line, reads go on, and the file opens afterwards whole, with nothing written.
    // SQLite only: a file size limit on the database file itself.
    @Test func aDiskThatRefusesToGrowRefusesTheChangeAndKeepsTheFileWhole() throws {
        let id = try funnel.succeed(["add", "Kilo deal"])
        try funnel.succeed(["demo", "--deals", "12", "--force"])
        let before = try funnel.fingerprint()
        let script = """
            trap '' XFSZ
            ulimit -f 80
            "$FUNNEL" demo --deals 2000 --force; echo "demo $?" >&2
            "$FUNNEL" move \(id) 2; echo "move $?" >&2
            "$FUNNEL" show \(id) >/dev/null; echo "show $?" >&2
            """
        let err = folder.path("full.err")
        let process = try funnel.launchShell(script, stdoutPath: folder.path("full.out"), stderrPath: err)
        try FunnelProcess.waitForExit(process, named: "the full-disk script")
        let lines = ((try? String(contentsOfFile: err, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        // Each refused write says so in one line, then its exit status; the read succeeds.
        let refusal = "funnel: cannot save: the disk refused the write (full, over quota or over a file size limit)"
        #expect(lines.first == refusal, "\(lines)")
        #expect(lines.dropFirst().first == "demo 1", "\(lines)")
        #expect(lines.contains("show 0"), "reading failed on the full disk: \(lines)")
        #expect(lines.contains("move 1") || lines.contains("move 0"), "\(lines)")
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        try expectHistoryReplays(store)
        try store.close()
        if lines.contains("move 0") {
            #expect(try funnel.deals().first { $0["id"] as? Int == Int(id) }?["stage"] as? String == "Qualifying")
        } else {
            #expect(try funnel.fingerprint() == before, "a refused change left something behind")
        }
    }

    // SQLite only: that no file was made shows nothing was written; the refusal comes before any store.
    @Test func invalidUTF8ArgumentsAreRefusedBeforeAnythingIsWritten() throws {
        let result = try funnel.launchShell(
            "exec \"$FUNNEL\" add \"$(printf 'bad\\377title')\"", stdoutPath: folder.path("u.out"), stderrPath: folder.path("u.err"))
        try FunnelProcess.waitForExit(result, named: "funnel add with invalid UTF-8")
        #expect(result.terminationStatus == 2)
        let message = (try? String(contentsOfFile: folder.path("u.err"), encoding: .utf8)) ?? ""
        #expect(message.contains("not valid UTF-8"))
        #expect(message.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: funnel.databasePath))
    }
}
