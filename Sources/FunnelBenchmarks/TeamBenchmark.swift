import Foundation
import FunnelStore
import Pipeline
import StoreEngines
import Synchronization

/// "Twenty at once" (issue 18): twenty simulated salespeople write to one pipeline together while two boards
/// stay open, on a file or on a server.
///
/// On a server each salesperson is its own connection (its own store, opened in this process, on its own
/// thread); on a file each is its own process (this program started again with `--salesperson PLAN INDEX`),
/// as a team on one machine would be. Every `interval` each moves, edits or logs a call on its own deals and on
/// the shared ones with the version it last read, so stale writes happen and are refused. Meanwhile this process
/// renames a deal alone in the first lane now and then and times how long each board takes to show it.
struct TeamBenchmark {
    let funnel: String
    let folder: String
    let engine: BenchEngine
    let quick: Bool
    /// Every salesperson acts at the same instants, instead of spread over the interval (`Salesperson`).
    var lockstep = false

    static let salespeople = 20
    static let ownDealsEach = 3
    static let sharedDeals = 10

    /// Runs the benchmark and returns its figures: saved writes' latencies by kind, the boards' latency, the
    /// writes saved and refused by kind, and the lost updates.
    func figures(database: String) throws -> [BenchmarkFigure] {
        let location = try StoreLocation(given: database, environment: [:], loginName: NSUserName(), warning: { _ in })
        let store = try location.open()
        defer { try? store.close() }
        let pipeline = try store.pipeline(named: nil)
        guard pipeline.stages.count >= 3 else { throw BenchError("the default pipeline has fewer than three stages") }
        let now = Date()
        func add(_ title: String, owner: String?, stage: Stage) throws -> Int64 {
            try store.addDeal(Deal(
                title: title, value: Money(minorUnits: 100_000, currency: .usd), pipelineID: pipeline.id, stageID: stage.id,
                owner: owner, createdAt: now)).value.id
        }
        let probe = try add("Probe 0000", owner: nil, stage: pipeline.stages[0])
        var own: [[Int64]] = []
        for person in 0..<Self.salespeople {
            own.append(try (0..<Self.ownDealsEach).map { try add("Deal \(person)-\($0)", owner: "rep \(person)", stage: pipeline.stages[1]) })
        }
        let shared = try (0..<Self.sharedDeals).map { try add("Shared \($0)", owner: nil, stage: pipeline.stages[1]) }

        let boards = try TeamBoards.start(funnel: funnel, database: database, showing: "Probe 0000")
        defer { boards.stop() }
        let seconds: Double = quick ? 15 : 60
        let plan = TeamPlan(
            database: database, ownDeals: own, sharedDeals: shared, stageIDs: pipeline.stages.dropFirst().map(\.id),
            startAt: Date().timeIntervalSince1970 + 3, seconds: seconds, interval: 0.1, lockstep: lockstep)
        let planPath = folder + "/team-plan.json"
        try plan.write(to: planPath)

        FileHandle.standardError.write(Data("bench: \(Self.salespeople) salespeople for \(Int(seconds)) s on \(engine.name)\n".utf8))
        let reports = Reports()
        let group = DispatchGroup()
        for index in 0..<Self.salespeople {
            group.enter()
            let thread = Thread { [engine] in
                let result = Result { try Self.salesperson(index, plan: plan, planPath: planPath, engine: engine) }
                    .mapError { $0 as? BenchError ?? BenchError("salesperson \(index): \($0)") }
                reports.results.withLock { $0.append(result) }
                group.leave()
            }
            thread.start()
        }

        // The board probe: the only deal in the first lane, renamed at irregular moments (so the renames do not
        // keep step with the boards' checks), each time timed until both boards show the new title.
        var boardTimes: [Double] = []
        var missed = 0
        var rounds: [Double] = []
        var generator = SplitMix(seed: 18)
        let end = Date(timeIntervalSince1970: plan.startAt + seconds)
        usleep(useconds_t(max(0, plan.startAt - Date().timeIntervalSince1970) * 1_000_000))
        var number = 0
        while Date() < end.addingTimeInterval(-2) {
            usleep(useconds_t(300_000 + generator.next() % 400_000))
            number += 1
            let title = String(format: "Probe %04d", number)
            _ = try store.editDeal(id: probe, now: Date(), expectedVersion: nil, moveTo: nil) { $0.title = title }
            let committed = DispatchTime.now()
            let shown = boards.timeToShow(title, since: committed, timeout: 5)
            rounds.append(shown.round)
            for latency in shown.latencies {
                if let latency { boardTimes.append(latency) } else { missed += 1 }
            }
        }
        guard group.wait(timeout: .now() + seconds + 120) == .success else {
            throw BenchError("the salespeople did not finish within two minutes of their end")
        }
        var writes: [TeamWrite] = []
        for result in reports.results.withLock({ $0 }) { writes += try result.get().writes }

        let replay = try WriteReplay(writes: writes, deals: own.flatMap { $0 } + shared, store: store)
        return summary(writes: writes, replay: replay, boardTimes: boardTimes, missed: missed, rounds: rounds)
    }

    /// One salesperson's writes: on a server a connection of its own in this process; on a file a process of its own.
    static func salesperson(_ index: Int, plan: TeamPlan, planPath: String, engine: BenchEngine) throws -> SalespersonReport {
        if engine.isServer {
            let location = try StoreLocation(given: plan.database, environment: [:], loginName: NSUserName(), warning: { _ in })
            let store = try location.open()
            defer { try? store.close() }
            return try Salesperson(index: index, plan: plan).work(on: store)
        }
        let result = try ProcessTimer.run(ownExecutable(), ["--salesperson", planPath, String(index)])
        guard result.status == 0 else { throw BenchError("salesperson \(index) failed (\(result.status)): \(result.output.prefix(300))") }
        return try JSONDecoder().decode(SalespersonReport.self, from: Data(result.output.utf8))
    }

    /// This program's path, to start it again as a salesperson.
    static func ownExecutable() throws -> String {
        try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    }

    /// `--salesperson PLAN INDEX`: works as one salesperson of the plan and prints its report as JSON.
    static func runSalesperson(planPath: String, index: Int) throws {
        let plan = try TeamPlan.read(from: planPath)
        let location = try StoreLocation(given: plan.database, environment: [:], loginName: NSUserName(), warning: { _ in })
        let store = try location.open()
        defer { try? store.close() }
        let report = try Salesperson(index: index, plan: plan).work(on: store)
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    }

    /// The salespeople's reports, as their threads hand them in.
    final class Reports: Sendable {
        let results = Mutex<[Result<SalespersonReport, BenchError>]>([])
    }

    // MARK: - Figures

    /// The targets of issue 18: a server loses nothing, a move takes ≤ 5 ms (p99 ≤ 25), a board shows a change
    /// within 300 ms (p95); a file loses nothing, no busy error reaches anyone, every write p99 ≤ 50 ms.
    func summary(writes: [TeamWrite], replay: WriteReplay, boardTimes: [Double], missed: Int, rounds: [Double]) -> [BenchmarkFigure] {
        let size = "20 salespeople\(lockstep ? " in lockstep" : ""), 2 boards · \(engine.name)"
        var figures: [BenchmarkFigure] = []
        for kind in TeamWrite.Kind.allCases {
            let samples = writes.filter { $0.kind == kind && $0.accepted }.map(\.milliseconds)
            let target: (Double?, Double?) = engine.isServer ? (kind == .move ? (5, 25) : (nil, nil)) : (50, 50)
            figures.append(BenchmarkFigure(name: "team: \(kind.rawValue), saved", size: size, samples: samples, unit: "ms", target: target.0, p99Target: target.1))
        }
        var board = BenchmarkFigure(
            name: "team: a board shows a commit", size: size, samples: boardTimes, unit: "ms", target: nil, p99Target: nil)
        if engine.isServer { board.p95Target = 300 }
        figures.append(board)
        func count(_ name: String, _ value: Int, target: Double?) {
            figures.append(BenchmarkFigure(name: "team: \(name)", size: size, samples: [Double(value)], unit: "", target: target, p99Target: nil))
        }
        count("writes saved", writes.filter(\.accepted).count, target: nil)
        let refusals = writes.compactMap(\.refusal)
        count("writes refused, stale version", refusals.filter { $0 == TeamWrite.staleVersion }.count, target: nil)
        count("writes refused, database busy", refusals.filter { $0 == TeamWrite.databaseBusy }.count, target: 0)
        count("writes refused, server lost or other", refusals.filter { $0 == TeamWrite.serverLost || $0 == TeamWrite.other }.count, target: 0)
        count("lost updates", replay.lost.count, target: 0)
        count("board changes not shown within 5 s", missed, target: 0)

        var notes = [
            "bench: team on \(engine.name): \(writes.count) writes tried, board p50 \(BenchmarkFigure.format(board.median)) ms, "
                + "p95 \(BenchmarkFigure.format(board.percentile(95))) ms over \(boardTimes.count) samples; "
                + "one round of capture-pane on both boards took \(BenchmarkFigure.format(rounds.isEmpty ? .nan : rounds.reduce(0, +) / Double(rounds.count))) ms on average",
        ]
        for kind in TeamWrite.Kind.allCases {
            let samples = writes.filter { $0.kind == kind && $0.accepted }.map(\.milliseconds)
            let figure = BenchmarkFigure(name: "", size: "", samples: samples, unit: "ms", target: nil, p99Target: nil)
            notes.append("bench:   \(kind.rawValue): \(samples.count) saved, p50 \(BenchmarkFigure.format(figure.median)) ms, p99 \(BenchmarkFigure.format(figure.p99)) ms")
        }
        notes += replay.lost.prefix(10).map { "bench:   lost: \($0)" }
        let messages = Dictionary(grouping: writes.compactMap(\.message), by: { $0 }).mapValues(\.count)
        notes += messages.sorted { $0.value > $1.value }.prefix(5).map { "bench:   refused \($0.value) times: \($0.key)" }
        FileHandle.standardError.write(Data((notes.joined(separator: "\n") + "\n").utf8))
        return figures
    }
}
