import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing

/// The live board under faults: killed mid-write, signalled, its terminal closed, its disk full,
/// its file read-only or deleted. It never loses a change it reported, never writes half of one, and gives the
/// terminal back whenever it can.
@Suite(
    "Board end to end under faults: kills, signals, hang-ups, full disk, read-only and deleted files",
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed, so the board's end-to-end tests cannot run (apt-get install tmux; .ci/run installs it)"),
    .serialized)
struct BoardFaultEndToEndTests {
    let directory = TemporaryDirectory()
    var funnel: FunnelProcess { FunnelProcess(databasePath: directory.url.appendingPathComponent("funnel.sqlite").path) }
    var environment: [String: String] {
        ["FUNNEL_DB": funnel.databasePath, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1", "FUNNEL_AUTO_BACKUP": "0"]
    }

    func openBoard(limits: String? = nil, afterwards: String = "sleep 30") throws -> TmuxSession {
        try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"], environment: environment,
            limits: limits, afterwards: afterwards)
    }

    /// Deals in three stages with values in two currencies; "Kilo deal" is the only Prospecting card, so it is selected.
    func addDeals() throws -> Int64 {
        let id = try funnel.succeed(["add", "Kilo deal", "--value", "1500"])
        try funnel.succeed(["add", "Lima deal", "--value", "2500", "--stage", "Qualifying"])
        try funnel.succeed(["add", "Mike deal", "--value", "900", "--currency", "EUR", "--stage", "Qualifying"])
        try funnel.succeed(["add", "November deal", "--value", "12000", "--stage", "Contact"])
        return Int64(id)!
    }

    /// Selects Kilo where it is: alone in Prospecting, or last in Qualifying (a deal sent on with L or H
    /// joins the end of its new lane, and the selection stays in the lane it left).
    func selectKilo(_ board: TmuxSession, in stage: String) throws {
        if stage == "Prospecting" {
            try board.send("Home")
        } else {
            try board.send("Home", "l", "G")
        }
        try board.waitFor("▶ Kilo deal")
    }

    /// What must hold after any fault: the file is sound, every deal's stage is where its history
    /// leads, and each lane's count and totals are the sums over its open deals.
    func expectWholeDatabase(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        defer { try? store.close() }
        #expect(try store.integrityCheck() == "ok", sourceLocation: sourceLocation)
        let deals = try store.deals(DealQuery(statuses: []))
        for deal in deals {
            let history = try store.history(dealID: deal.id).filter { !$0.undone }
            #expect(history.first?.kind == .created, "deal \(deal.id) has no creation entry", sourceLocation: sourceLocation)
            #expect(history.last?.toStageID == deal.stageID, "deal \(deal.id): stage and history disagree", sourceLocation: sourceLocation)
        }
        for pipeline in try store.pipelines() {
            let summaries = Dictionary(uniqueKeysWithValues: try store.stageSummaries(pipelineID: pipeline.id).map { ($0.stageID, $0) })
            for stage in pipeline.stages {
                let open = deals.filter { $0.status == .open && $0.stageID == stage.id }
                #expect((summaries[stage.id]?.dealCount ?? 0) == open.count, "\(stage.name): count", sourceLocation: sourceLocation)
                #expect((summaries[stage.id]?.total ?? MoneyTotals()) == (try MoneyTotals(open.map(\.value))), "\(stage.name): total", sourceLocation: sourceLocation)
            }
        }
    }

    func moves(_ id: Int64) throws -> [StageChange] {
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        defer { try? store.close() }
        return try store.history(dealID: id).filter { $0.kind == .moved && !$0.undone }
    }

    func stageName(_ id: Int64) throws -> String {
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        defer { try? store.close() }
        let deal = try store.deal(id: id)
        return try store.pipeline(id: deal.pipelineID).stage(id: deal.stageID)?.name ?? "?"
    }

    // MARK: - SIGKILL during a board write

    /// Rounds of moves on the live board, each ended by SIGKILL at a random moment just after a
    /// move key: every move the screen confirmed is saved, the move in flight is whole or absent.
    @Test func aBoardKilledMidMoveKeepsEveryConfirmedMoveAndNoHalfMove() throws {
        let id = try addDeals()
        var random = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["FUNNEL_TEST_SEED"] ?? "") ?? 20261129)
        for round in 1...6 {
            let before = try moves(id).count
            let board = try openBoard()
            var stage = try stageName(id)
            // Kilo sits in Prospecting, or at the end of Qualifying where its last move put it.
            try board.waitFor("Kilo deal")
            let confirmed = Int(random.next() % 5)
            for _ in 0..<confirmed {
                let forward = stage == "Prospecting"
                try selectKilo(board, in: stage)
                try board.send(forward ? "L" : "H")
                stage = forward ? "Qualifying" : "Prospecting"
                try board.waitFor("Moved 'Kilo deal' to \(stage)")
            }
            // One more move, and SIGKILL somewhere in the next few milliseconds: before, during or after its transaction.
            try selectKilo(board, in: stage)
            let program = try board.programID()
            try board.send(stage == "Prospecting" ? "L" : "H")
            usleep(useconds_t(random.next() % 6_000))
            kill(program, SIGKILL)
            try board.waitFor("funnel exited 137")
            board.close()

            let saved = try moves(id).count - before
            #expect(saved >= confirmed, "round \(round): \(confirmed) moves were confirmed on screen, \(saved) saved")
            #expect(saved <= confirmed + 1, "round \(round): more moves saved than keys sent")
            try expectWholeDatabase()
        }
    }

    /// A deal's stage and its history as text, to compare whole states of the database.
    func record(_ id: Int64) throws -> [String] {
        let store = try SQLitePipelineStore.open(path: funnel.databasePath)
        defer { try? store.close() }
        let history = try store.history(dealID: id).map { "\($0.kind.rawValue) → \($0.toStageName)\($0.undone ? " (undone)" : "")" }
        return [try stageName(id)] + history
    }

    /// Rounds of moves, undos and redos on the live board, each ended by SIGKILL a few random
    /// milliseconds after a key: the database is exactly as the last confirmed change left it, or
    /// as the change in flight would leave it whole.
    @Test func aBoardKilledMidUndoOrRedoKeepsEveryConfirmedChange() throws {
        let id = try addDeals()
        var random = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["FUNNEL_TEST_SEED"] ?? "") ?? 20261130)
        struct Move { var from: String; var to: String; var entry: Int }
        for round in 1...5 {
            let board = try openBoard()
            var stage = try stageName(id)
            try board.waitFor("Kilo deal")
            var confirmed = try record(id)
            var undoable: [Move] = []
            var redoable: [Move] = []
            let steps = 1 + Int(random.next() % 6)
            for step in 1...steps {
                // Choose the next change and what the database must hold once it is saved.
                var expected = confirmed
                let key: String
                let message: String
                // A move needs Kilo selected first; an undo or a redo selects it by itself.
                var selectIn: String? = nil
                let choice = random.next() % 3
                if choice == 1, let move = redoable.popLast() {
                    key = "C-r"
                    message = "Redid: Moved 'Kilo deal' to \(move.to)"
                    expected[move.entry] = "moved → \(move.to)"
                    expected[0] = move.to
                    stage = move.to
                    undoable.append(move)
                } else if choice != 2, let move = undoable.popLast() {
                    key = "u"
                    message = "Undid: Moved 'Kilo deal' to \(move.to)"
                    expected[move.entry] += " (undone)"
                    expected[0] = move.from
                    stage = move.from
                    redoable.append(move)
                } else {
                    let target = stage == "Prospecting" ? "Qualifying" : "Prospecting"
                    key = stage == "Prospecting" ? "L" : "H"
                    selectIn = stage
                    message = "Moved 'Kilo deal' to \(target)"
                    expected.append("moved → \(target)")
                    expected[0] = target
                    undoable.append(Move(from: stage, to: target, entry: expected.count - 1))
                    redoable.removeAll()
                    stage = target
                }
                if let selectIn { try selectKilo(board, in: selectIn) }
                if step < steps {
                    try board.send(key)
                    try board.waitForLine(startingWith: message)
                    confirmed = try record(id)
                    #expect(confirmed == expected, "round \(round), step \(step): '\(message)' on screen")
                    continue
                }
                let program = try board.programID()
                try board.send(key)
                usleep(useconds_t(random.next() % 6_000))
                kill(program, SIGKILL)
                try board.waitFor("funnel exited 137")
                board.close()
                let after = try record(id)
                #expect(after == confirmed || after == expected, "round \(round): killed during '\(message)', the database holds \(after)")
            }
            try expectWholeDatabase()
        }
    }

    // MARK: - Signals and a closed terminal

    /// After the board, the pane's shell prints the terminal's modes and reads a line: what a
    /// user's prompt would need (cooked input, echo on).
    static let promptCheck = #"echo "tty: $(stty -a | tr ' ;' '\n\n' | grep -x -e '-*echo' -e '-*icanon' -e '-*isig' | tr '\n' ' ')"; IFS= read -r line; echo "typed <$line>"; sleep 30"#

    func expectUsablePrompt(_ board: TmuxSession, after what: String) throws {
        let screen = try board.waitFor("tty: ")
        let modes = try #require(screen.split(separator: "\n").first { $0.hasPrefix("tty: ") }).split(separator: " ").dropFirst()
        #expect(Set(modes) == ["isig", "icanon", "echo"], "terminal modes after \(what): \(modes)")
        #expect(try board.paneValue("#{alternate_on}") == "0", "the alternate screen was left on after \(what)")
        try board.type("still here")
        try board.send("Enter")
        let typed = try board.waitFor("typed <still here>")
        #expect(typed.contains("\nstill here\n"), "typing was not echoed after \(what):\n\(typed)")
        #expect(!typed.contains("Prospecting"), "the board was left on screen after \(what):\n\(typed)")
    }

    /// SIGQUIT ends the board like the others; SIGSEGV and SIGABRT take the crash path (the terminal
    /// given back, then the process dies of the signal itself: the shell sees 128 + the signal too).
    @Test(arguments: [(SIGHUP, "SIGHUP"), (SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGQUIT, "SIGQUIT"), (SIGSEGV, "SIGSEGV"), (SIGABRT, "SIGABRT")])
    func aSignalRestoresTheTerminalAndLosesNothingSaved(signal: Int32, name: String) throws {
        let id = try addDeals()
        let board = try openBoard(afterwards: Self.promptCheck)
        try board.waitFor("▶ Kilo deal")
        try board.send("L")
        try board.waitFor("Moved 'Kilo deal' to Qualifying")
        try board.signalProgram(signal)
        try board.waitFor("funnel exited \(128 + signal)")
        try expectUsablePrompt(board, after: name)
        #expect(try stageName(id) == "Qualifying")
        #expect(try moves(id).count == 1)
        try expectWholeDatabase()
    }

    @Test func controlCInThePaneLeavesAUsablePrompt() throws {
        let id = try addDeals()
        let board = try openBoard(afterwards: Self.promptCheck)
        try board.waitFor("▶ Kilo deal")
        try board.send("L")
        try board.waitFor("Moved 'Kilo deal' to Qualifying")
        try board.send("C-c")
        try board.waitFor("funnel exited 0")
        try expectUsablePrompt(board, after: "Ctrl-C")
        #expect(try stageName(id) == "Qualifying")
    }

    /// `[keys] quit = []` leaves q and every other key to the config's choice, but Ctrl-C is not a key
    /// any map can take: with the new-deal form half typed, it leaves the board, saves nothing, and
    /// gives the shell a usable prompt.
    @Test func controlCLeavesAHalfTypedFormEvenWithQuitUnbound() throws {
        let id = try addDeals()
        let config = directory.url.appendingPathComponent("config.toml")
        try Data("[keys]\nquit = []\n".utf8).write(to: config)
        var environment = environment
        environment["FUNNEL_CONFIG"] = config.path
        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"], environment: environment, afterwards: Self.promptCheck)
        try board.waitFor("▶ Kilo deal")
        try board.send("n")
        try board.waitFor("New deal")
        try board.type("Half typed")
        try board.waitFor("Half typed")
        try board.send("C-c")
        try board.waitFor("funnel exited 0")
        try expectUsablePrompt(board, after: "Ctrl-C in a form with quit = []")
        #expect(try funnel.deals().count == 4, "the half-typed deal was saved")
        #expect(try stageName(id) == "Prospecting")
        try expectWholeDatabase()
    }

    /// The window is closed under the board (its tmux server killed, the pseudo-terminal hung up).
    /// The board runs in its own session (`setsid`), so no SIGHUP can reach it: only the loop's own
    /// check of the terminal can end it. The shell ignores SIGHUP so it can write down how it ended.
    @Test func aBoardWhoseTerminalGoesAwayExits() throws {
        let id = try addDeals()
        let statusFile = directory.url.appendingPathComponent("status").path
        let board = try TmuxSession(
            command: ["setsid", FunnelProcess.executableURL.path, "board", "--no-mouse"], environment: environment,
            limits: "trap '' HUP", afterwards: "echo $status > '\(statusFile)'")
        try board.waitFor("▶ Kilo deal")
        try board.send("L")
        try board.waitFor("Moved 'Kilo deal' to Qualifying")
        let program = try board.programID()
        board.hangUp()
        let ended = TmuxSession.waitForExit(of: program, timeout: 20)
        if !ended { kill(program, SIGKILL) }
        #expect(ended, "the board still ran 20 s after its terminal went away")
        let status = try Polling.value("the shell to write down the board's status", timeout: 10) { () -> String? in
            let status = ((try? String(contentsOfFile: statusFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return status.isEmpty ? nil : status
        }
        #expect(status == "0", "the board should leave through its loop (status 0), it ended with '\(status)'")
        #expect(try stageName(id) == "Qualifying")
        try expectWholeDatabase()
    }

    // MARK: - A full disk and a deleted file under the live board

    /// The board can still be read: the selected deal's details open, and a filter narrows the lanes.
    func expectReadable(_ board: TmuxSession, stage: String) throws {
        try board.send("Enter")
        try board.waitFor("┌─ Deal")
        try board.waitFor("│ Kilo deal")
        // Waited for, not read from the first capture: the pane's frame may be captured before its lines.
        // The detail must show the saved stage (a wrong one times out, printing the screen).
        try board.waitFor("Stage           \(stage)")
        try board.send("Escape")
        try board.send("/", "N", "o", "v")
        let filtered = try board.waitFor("filter: Nov")
        #expect(filtered.contains("November deal"))
        #expect(!filtered.contains("Lima deal"))
        try board.send("Escape")
        try board.waitFor("Lima deal")
    }

    /// The board's files may not grow past 40 KB (the kernel refuses, as a full disk or quota does):
    /// moves go on until one is refused with one clear line; the board stays readable and quits
    /// normally; the file holds exactly the moves the screen confirmed.
    @Test func aFullDiskRefusesAMoveInOneLineAndTheBoardStaysReadable() throws {
        let id = try addDeals()
        let board = try openBoard(limits: "trap '' XFSZ; ulimit -f 80")
        try board.waitFor("▶ Kilo deal")
        let refusal = "cannot save: the disk refused the write"
        var confirmed = 0
        var stage = "Prospecting"
        var refusedScreen: String?
        for _ in 0..<12 where refusedScreen == nil {
            let forward = stage == "Prospecting"
            let target = forward ? "Qualifying" : "Prospecting"
            try selectKilo(board, in: stage)
            try board.send(forward ? "L" : "H")
            let (seen, screen) = try board.waitForAny(["Moved 'Kilo deal' to \(target)", refusal])
            if seen == refusal {
                refusedScreen = screen
            } else {
                confirmed += 1
                stage = target
            }
        }
        let screen = try #require(refusedScreen, "12 moves fitted under a 40 KB file size limit")
        let line = try #require(screen.split(separator: "\n").first { $0.contains(refusal) })
        #expect(line.contains("nothing"), "the message must say nothing was saved: \(line)")
        #expect(DisplayWidth.of(String(line)) <= 120)
        try expectReadable(board, stage: stage)
        try board.send("q")
        try board.waitFor("funnel exited 0")
        #expect(try moves(id).count == confirmed)
        #expect(try stageName(id) == stage)
        try expectWholeDatabase()
    }

    /// A database the user may read but not write (root ignores permissions, so the board runs as
    /// `nobody` through setpriv): shown, every change refused in one line, details and filter read,
    /// and the file's bytes unchanged.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root and setpriv"))
    func aReadOnlyDatabaseIsShownOnTheBoardAndNeverWritten() throws {
        let data = directory.url.appendingPathComponent("data").path
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        chmod(directory.url.path, 0o755)
        let path = data + "/funnel.sqlite"
        let owner = FunnelProcess(databasePath: path)
        let id = try owner.succeed(["add", "Kilo deal", "--value", "1500"])
        try owner.succeed(["add", "Lima deal", "--value", "2500", "--stage", "Qualifying"])
        try owner.succeed(["add", "November deal", "--value", "12000", "--stage", "Contact"])
        chmod(path, 0o644)
        chown(data, 65534, 0)  // nobody may create the shared-memory file beside it, not write the database
        let before = try owner.fingerprint()
        let bytes = FileManager.default.contents(atPath: path)
        var environment = self.environment
        environment["FUNNEL_DB"] = path
        let board = try TmuxSession(
            command: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", FunnelProcess.executableURL.path, "board", "--no-mouse"],
            environment: environment)
        try board.waitFor("▶ Kilo deal")
        try board.send("L")
        let screen = try board.waitFor("is read-only for you")
        let line = try #require(screen.split(separator: "\n").first { $0.contains("is read-only for you") })
        #expect(line.contains("cannot save"), "\(line)")
        try expectReadable(board, stage: "Prospecting")
        try board.send("q")
        try board.waitFor("funnel exited 0")
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(try owner.fingerprint() == before)
        #expect(try owner.deals().first { String($0["id"] as! Int) == id }?["stage"] as? String == "Prospecting")
    }

    /// The database file is deleted while the board has it open: a move is refused in one line
    /// naming what happened, the board keeps reading what it has, quits normally, and writes
    /// nothing anywhere: no new file appears at the path, and the deleted file holds no half move.
    @Test func aDatabaseDeletedUnderTheBoardRefusesMovesAndKeepsReading() throws {
        let id = try addDeals()
        let path = funnel.databasePath
        let kept = directory.url.appendingPathComponent("kept.sqlite").path
        let board = try openBoard()
        try board.waitFor("▶ Kilo deal")
        // Keep a second name for the file so its content can be checked afterwards; the board's name goes.
        #expect(link(path, kept) == 0)
        #expect(unlink(path) == 0)
        try board.send("L")
        let screen = try board.waitFor("was deleted or replaced while Funnel had it open")
        let line = try #require(screen.split(separator: "\n").first { $0.contains("was deleted or replaced") })
        #expect(line.contains("nothing was saved"), "\(line)")
        try expectReadable(board, stage: "Prospecting")
        try board.send("q")
        try board.waitFor("funnel exited 0")
        #expect(!FileManager.default.fileExists(atPath: path), "the board wrote a new file where the deleted one was")
        try FileManager.default.moveItem(atPath: kept, toPath: path)
        #expect(try moves(id).isEmpty)
        #expect(try stageName(id) == "Prospecting")
        try expectWholeDatabase()
    }

    /// The board's write-ahead log is deleted after a confirmed move: the next move is refused in one
    /// line instead of being "saved" into the deleted file (where a SIGKILL would lose it); the board
    /// keeps reading, a CLI command meanwhile is refused in a sentence, the board quits normally, and the
    /// file then holds the confirmed move and nothing more.
    @Test func aWriteAheadLogDeletedUnderTheBoardRefusesMoves() throws {
        let id = try addDeals()
        let board = try openBoard()
        try board.waitFor("▶ Kilo deal")
        try board.send("L")
        try board.waitFor("Moved 'Kilo deal' to Qualifying")
        #expect(unlink(funnel.databasePath + "-wal") == 0)
        try selectKilo(board, in: "Qualifying")
        try board.send("H")
        let (seen, screen) = try board.waitForAny(["write-ahead log was deleted or replaced", "Moved 'Kilo deal' to Prospecting"])
        #expect(seen == "write-ahead log was deleted or replaced", "the move was reported saved into the deleted file:\n\(screen)")
        let line = try #require(screen.split(separator: "\n").first { $0.contains("was deleted or replaced") })
        #expect(line.contains("nothing was saved"), "\(line)")
        try expectReadable(board, stage: "Qualifying")
        // Meanwhile the CLI cannot read the pages the board holds: one sentence about the file, no SQLite wording.
        let cli = try funnel.run(["move", String(id), "Prospecting"])
        #expect(cli.status == 1)
        #expect(cli.stderr.contains("its write-ahead log was deleted while another Funnel had it open"), "\(cli.stderr)")
        #expect(!cli.stderr.contains("I/O error"), "\(cli.stderr)")
        try board.send("q")
        try board.waitFor("funnel exited 0")
        #expect(try moves(id).count == 1)
        #expect(try stageName(id) == "Qualifying")
        try expectWholeDatabase()
    }
}

/// A small seeded random number generator, so a failing round can be replayed (FUNNEL_TEST_SEED).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
