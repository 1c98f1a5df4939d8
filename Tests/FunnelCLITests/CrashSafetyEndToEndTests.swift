import Foundation
import Testing
import FunnelTestSupport
import Pipeline
import PipelineStore

/// Killing Funnel at any moment loses nothing reported as saved and leaves no half change;
/// processes writing one file at once wait for each other instead of failing.
@Suite("Crashes and concurrent writers, end to end")
struct CrashSafetyEndToEndTests {
    let folder = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: folder.path("funnel.sqlite")) }

    /// Polls until a condition holds or the timeout passes.
    func waitUntil(timeout: TimeInterval = 60, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return false
    }

    /// Every deal's stage is the one its history leads to.
    func expectHistoryReplays(_ store: PipelineStore) throws {
        for deal in try store.deals(DealQuery(statuses: [])) {
            let history = try store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.first?.kind == .created)
            #expect(history.last?.toStageID == deal.stageID, "deal \(deal.id)")
        }
    }

    @Test func demoKilledMidwayLeavesAllOrNothing() throws {
        try funnel.succeed(["add", "Saved before the demo"])
        let out = folder.path("demo.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" demo --force --deals 400000", stdoutPath: out, stderrPath: folder.path("demo.err"))
        // Kill it once it is writing: the WAL file grows while the transaction runs.
        let walPath = folder.path("funnel.sqlite-wal")
        _ = waitUntil {
            ((try? FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int) ?? 0) > 2_000_000 || !process.isRunning
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let store = try PipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        let count = try store.dealCount(DealQuery(statuses: []))
        let finished = (try? String(contentsOfFile: out, encoding: .utf8))?.contains("Added") ?? false
        #expect(!finished, "the demo finished before it could be killed: make it larger")
        #expect(count == 1)
        try expectHistoryReplays(store)
    }

    /// A demo into a new file loads through a rollback journal: killed once pages of the load are in
    /// the file itself, the next open restores the file from the journal, empty and in WAL mode.
    @Test func demoIntoANewFileKilledMidwayLeavesItEmpty() throws {
        let out = folder.path("new-demo.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" demo --deals 1000000", stdoutPath: out, stderrPath: folder.path("new-demo.err"))
        let journalPath = funnel.databasePath + "-journal"
        func size(_ path: String) -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        // The page cache (256 MB) spills into the file while the load runs; the journal keeps the originals.
        _ = waitUntil(timeout: 240) { (size(journalPath) > 0 && size(funnel.databasePath) > 64_000_000) || !process.isRunning }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let finished = (try? String(contentsOfFile: out, encoding: .utf8))?.contains("Added") ?? false
        #expect(!finished, "the demo finished before it could be killed: make it larger")
        let store = try PipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.dealCount(DealQuery(statuses: [])) == 0)
        #expect(!FileManager.default.fileExists(atPath: journalPath))
        try store.close()
        // The file is usable as if the demo had never run: a smaller demo fills it.
        #expect(try funnel.succeed(["demo", "--deals", "300"]).contains("Added 300"))
        #expect(try funnel.deals().count == 300)
    }

    @Test func importKilledMidwayWritesNothing() throws {
        let source = FunnelProcess(databasePath: folder.path("source.sqlite"))
        try source.succeed(["demo", "--deals", "20000", "--open-percent", "50"])
        let csv = folder.path("deals.csv")
        try source.succeed(["export", "--format", "csv", "--status", "all", "--out", csv])
        try funnel.succeed(["add", "Saved before the import"])
        let before = try funnel.fingerprint()
        let out = folder.path("import.out")
        let process = try funnel.launchShell("exec \"$FUNNEL\" import '\(csv)'", stdoutPath: out, stderrPath: folder.path("import.err"))
        let walPath = folder.path("funnel.sqlite-wal")
        _ = waitUntil {
            ((try? FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int) ?? 0) > 1_000_000 || !process.isRunning
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let finished = (try? String(contentsOfFile: out, encoding: .utf8))?.contains("Imported") ?? false
        #expect(!finished, "the import finished before it could be killed: make the file larger")
        let store = try PipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        try store.close()
        #expect(try funnel.fingerprint() == before)
    }

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
        _ = waitUntil { ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").count >= 8 || !process.isRunning }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Let a move already running in a child process finish or die with its parent's group.
        usleep(300_000)
        let reported = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0.hasPrefix("Moved") }.count
        let store = try PipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        let moves = try store.history(dealID: Int64(id)!).filter { $0.kind == .moved }.count
        #expect(moves >= reported)
        #expect(moves <= reported + 1)
        try expectHistoryReplays(store)
    }

    @Test func threeWritersAtOnceNeverSeeALockedDatabase() throws {
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
        for process in processes { process.waitUntilExit() }
        for (index, process) in processes.enumerated() {
            let errors = (try? String(contentsOfFile: folder.path("w\(index).err"), encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "writer \(index): \(errors)")
            #expect(!errors.contains("locked"))
        }
        let store = try PipelineStore.open(path: funnel.databasePath)
        #expect(try store.dealCount(DealQuery(statuses: [])) == 42)
        #expect(try store.history(dealID: Int64(a)!).filter { $0.kind == .moved }.count == 40)
        #expect(try store.history(dealID: Int64(b)!).filter { $0.kind == .moved }.count == 40)
        try expectHistoryReplays(store)
    }

    /// A disk that refuses to grow a file (a file size limit of 40 KB: the kernel answers EFBIG, as
    /// a disk over quota answers EDQUOT) under a database of 150 KB: the change is
    /// refused in one line, reads go on, and the file opens afterwards whole, with nothing written.
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
        process.waitUntilExit()
        let lines = ((try? String(contentsOfFile: err, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        // Each refused write says so in one line, then its exit status; the read succeeds.
        let refusal = "funnel: cannot save: the disk refused the write (full, over quota or over a file size limit)"
        #expect(lines.first == refusal, "\(lines)")
        #expect(lines.dropFirst().first == "demo 1", "\(lines)")
        #expect(lines.contains("show 0"), "reading failed on the full disk: \(lines)")
        #expect(lines.contains("move 1") || lines.contains("move 0"), "\(lines)")
        let store = try PipelineStore.open(path: funnel.databasePath)
        #expect(try store.integrityCheck() == "ok")
        try expectHistoryReplays(store)
        try store.close()
        if lines.contains("move 0") {
            #expect(try funnel.deals().first { $0["id"] as? Int == Int(id) }?["stage"] as? String == "Qualifying")
        } else {
            #expect(try funnel.fingerprint() == before, "a refused change left something behind")
        }
    }

    @Test func invalidUTF8ArgumentsAreRefusedBeforeAnythingIsWritten() throws {
        let result = try funnel.launchShell(
            "exec \"$FUNNEL\" add \"$(printf 'bad\\377title')\"", stdoutPath: folder.path("u.out"), stderrPath: folder.path("u.err"))
        result.waitUntilExit()
        #expect(result.terminationStatus == 2)
        let message = (try? String(contentsOfFile: folder.path("u.err"), encoding: .utf8)) ?? ""
        #expect(message.contains("not valid UTF-8"))
        #expect(message.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: funnel.databasePath))
    }
}
