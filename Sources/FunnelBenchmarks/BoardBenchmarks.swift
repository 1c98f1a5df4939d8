import Benchmark
import Board
import BoardTerminal
import Foundation
import Pipeline
import FunnelStore
import StoreEngines

/// In-process figures, measured with google/swift-benchmark: keys through the reducer, the store and a redraw.
enum BoardBenchmarks {
    /// Holds a running board session for the benchmark closures.
    final class SessionBox {
        var session: BoardSession
        init(_ session: BoardSession) { self.session = session }
    }

    static func openSession(path: String, width: Int = 160, height: Int = 50) throws -> SessionBox {
        let location = try StoreLocation(given: path, environment: [:], loginName: NSUserName(), warning: { _ in })
        let store = try location.open()
        let now = Date()
        var session = BoardSession(
            state: BoardState(width: width, height: height, now: now),
            performer: EffectPerformer(store: store, now: { Date() }))
        session.start()
        return SessionBox(session)
    }

    /// Runs one benchmark closure `iterations` times and returns each iteration's milliseconds.
    static func measure(_ name: String, iterations: Int, _ body: @escaping () -> Void) throws -> [Double] {
        let suite = BenchmarkSuite(name: "board") { suite in
            suite.benchmark(name) { body() }
        }
        var runner = BenchmarkRunner(
            suites: [suite],
            settings: [Iterations(iterations), WarmupIterations(5), Format(.none), Quiet(true)])
        try runner.run()
        return (runner.results.first?.measurements ?? []).map { $0 / 1e6 }
    }

    /// `L` then `H`, alternately, in the second lane: each sends its selected deal on to the end of the
    /// lane beside and leaves the next deal selected (docs/keys.md), so every key is a saved move of
    /// another deal and a redrawn frame.
    static func moveCard(path: String, iterations: Int) throws -> [Double] {
        let box = try openSession(path: path)
        box.session.dispatch(.keyPressed(.character("l")))
        var forward = true
        var refused: String?
        let times = try measure("move a card", iterations: iterations) {
            box.session.dispatch(.keyPressed(.character(forward ? "L" : "H")))
            forward.toggle()
            if let message = box.session.state.message, message.isError || !message.text.hasPrefix("Moved") { refused = message.text }
            _ = box.session.screen
        }
        if let refused { throw BenchError("a key did not move a deal: \(refused)") }
        return times
    }

    /// One key of a filter: the letters of "acme corp renewal" typed one by one, then taken back one
    /// backspace at a time, over and over; each key reloads the lanes with the new text and redraws.
    static func filterKey(path: String, iterations: Int) throws -> [Double] {
        let box = try openSession(path: path)
        box.session.dispatch(.keyPressed(.character("/")))
        let letters = Array("acme corp renewal")
        let keys: [Key] = letters.map { .character($0) } + Array(repeating: .backspace, count: letters.count)
        var index = 0
        return try measure("filter one key", iterations: iterations) {
            box.session.dispatch(.keyPressed(keys[index % keys.count]))
            index += 1
            _ = box.session.screen
        }
    }
}
