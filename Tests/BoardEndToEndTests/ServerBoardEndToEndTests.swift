import Foundation
import FunnelTestSupport
import Testing

/// Boards on a PostgreSQL server, as two salespeople would use them: one's move shows on the other's board, and
/// a server that goes away and comes back is said, refuses writes meanwhile and reloads after.
@Suite(
    "Boards on a PostgreSQL server", .requiresPostgres,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux; .ci/run installs it)"))
struct ServerBoardEndToEndTests {
    func openBoard(_ url: String) throws -> TmuxSession {
        try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: ["FUNNEL_DB": url, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1"])
    }

    /// The column where `lane`'s header starts on a captured screen, and where the next lane's starts.
    func laneColumns(_ screen: String, _ lane: String, next: String) -> Range<Int>? {
        for line in screen.split(separator: "\n").map(String.init) {
            guard let start = line.range(of: lane), let end = line.range(of: next) else { continue }
            return line.distance(from: line.startIndex, to: start.lowerBound)..<line.distance(from: line.startIndex, to: end.lowerBound)
        }
        return nil
    }

    /// True when a line shows `title` inside the columns of `lane` (before `next`).
    func shows(_ screen: String, _ title: String, in lane: String, next: String) -> Bool {
        guard let columns = laneColumns(screen, lane, next: next) else { return false }
        return screen.split(separator: "\n").contains { line in
            guard let found = line.range(of: title) else { return false }
            return columns.contains(line.distance(from: line.startIndex, to: found.lowerBound))
        }
    }

    @Test func oneBoardsMoveShowsOnTheOther() throws {
        let url = try PostgresTestCluster.createDatabase()
        let funnel = FunnelProcess(databasePath: url)
        _ = try funnel.succeed(["add", "Globex pilot", "--value", "5000"])
        _ = try funnel.succeed(["add", "Initech seats", "--value", "7000"])
        let first = try openBoard(url)
        let second = try openBoard(url)
        try first.waitFor("Sales │ ")
        try second.waitFor("Sales │ ")
        // New cards go on top: Initech seats is selected on both boards.
        try first.send("L")
        try first.waitForScreen("Initech seats in Qualifying on the first board") { shows($0, "Initech seats", in: "Qualifying", next: "Contact") }
        try second.waitForScreen("Initech seats in Qualifying on the second board") { shows($0, "Initech seats", in: "Qualifying", next: "Contact") }
        let moved = try funnel.deals().first { $0["title"] as? String == "Initech seats" }
        #expect(moved?["stage"] as? String == "Qualifying")
        try first.send("q")
        try second.send("q")
        try first.waitFor("funnel exited 0")
        try second.waitFor("funnel exited 0")
    }

    /// Li Wei's `funnel restore` replaces the server's pipeline while 陈静's board is open: her board reloads and
    /// says who restored (the restore is an entry of the change log, after every one her board saw).
    @Test func anotherUsersRestoreIsAnnouncedOnTheBoard() throws {
        let url = try PostgresTestCluster.createDatabase()
        let li = FunnelProcess(databasePath: url, environment: ["FUNNEL_USER": "Li Wei"])
        _ = try li.succeed(["add", "Globex pilot", "--value", "5000"])
        let folder = TemporaryDirectory()
        let backup = folder.path("before.json")
        _ = try li.succeed(["backup", "--out", backup])
        _ = try li.succeed(["add", "Initech seats", "--value", "7000"])
        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board"],
            environment: ["FUNNEL_DB": url, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1", "FUNNEL_USER": "陈静"])
        try board.waitFor("Initech seats")
        _ = try li.succeed(["restore", backup])
        try board.waitFor("Li Wei restored the pipeline from a backup")
        try board.waitForScreen("Initech seats gone") { !$0.contains("Initech seats") }
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }

    @Test func aServerRestartIsSaidWritesAreRefusedAndTheBoardReloads() throws {
        let cluster = try PostgresTestCluster.startSeparate()
        defer { cluster.stop() }
        let url = try cluster.createDatabase()
        let funnel = FunnelProcess(databasePath: url)
        _ = try funnel.succeed(["add", "Globex pilot", "--value", "5000"])
        let board = try openBoard(url)
        try board.waitFor("Sales │ ")
        try cluster.stopServer(immediately: true)
        try board.waitFor("server unreachable, reconnecting", timeout: 30)
        // Still readable: the card is on the screen.
        #expect(try board.capture().contains("Globex pilot"))
        // A move while the server is away is refused with a sentence, never queued.
        try board.send("L")
        try board.waitFor("was lost; what was being saved was not saved", timeout: 30)
        try cluster.startServer()
        try board.waitForScreen("the warning gone once the server is back", timeout: 30) { !$0.contains("server unreachable") }
        #expect(try funnel.deals().first?["stage"] as? String == "Prospecting", "a move refused while the server was away was saved later")
        // The board reads the server again: a move from the command line shows.
        _ = try funnel.succeed(["move", "1", "Contact"])
        try board.waitForScreen("Globex pilot in Contact after the reconnection") { shows($0, "Globex pilot", in: "Contact", next: "Relationship") }
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }

    @Test func oWhileTheServerIsAwayIsRefusedAndTheRefusalGoesWhenItIsBack() throws {
        let cluster = try PostgresTestCluster.startSeparate()
        defer { cluster.stop() }
        let url = try cluster.createDatabase()
        _ = try FunnelProcess(databasePath: url, environment: ["FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": ""]).succeed(["add", "Acme renewal", "--value", "1k"])
        _ = try FunnelProcess(databasePath: url, environment: ["FUNNEL_USER": "Sam Patel", "FUNNEL_CONFIG": ""]).succeed(["add", "Globex pilot", "--value", "2k"])
        let board = try TmuxSession(
            command: [FunnelProcess.executableURL.path, "board", "--no-mouse"],
            environment: ["FUNNEL_DB": url, "FUNNEL_NOW": "2026-11-29T09:00:00Z", "NO_COLOR": "1", "FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": ""])
        defer { board.close() }
        try board.waitFor("Globex pilot")
        try board.send("o")
        try board.waitForScreen("Li Wei's deals alone") { $0.contains("my deals") && !$0.contains("Globex pilot") }
        try cluster.stopServer(immediately: true)
        try board.waitFor("server unreachable, reconnecting", timeout: 30)
        // `o` is refused with a sentence: still my deals, the lanes as they were, nothing said about saving.
        try board.send("o")
        let refused = try board.waitFor("o shows your deals or everyone's once it is back", timeout: 10)
        #expect(refused.contains("my deals") && refused.contains("Acme renewal") && !refused.contains("Globex pilot"))
        #expect(!refused.contains("was not saved"))
        try cluster.startServer()
        // Back: the warning and the refusal both go with the reload, and `o` switches again.
        try board.waitForScreen("the warning and the refusal gone once the server is back", timeout: 30) {
            !$0.contains("server unreachable") && !$0.contains("once it is back")
        }
        try board.send("o")
        try board.waitForScreen("everyone's deals after the reconnection") { $0.contains("Globex pilot") && !$0.contains("my deals") }
        try board.send("q")
        try board.waitFor("funnel exited 0")
    }
}

