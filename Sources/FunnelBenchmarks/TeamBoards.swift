import Foundation

/// The two boards that stay open during the team benchmark, each the real `funnel board` in its own tmux server,
/// and how long each takes to show a change once it is committed.
struct TeamBoards {
    let sockets: [String]
    /// Microseconds between two rounds of captures: back to back, the captures (a tmux client started each time)
    /// kept a processor busy for the whole of every probe, and the writers measured meanwhile waited for it.
    static let pause: useconds_t = 10_000

    /// Starts the boards on `database` at 160x50 and waits for `text` (a card's title) on both.
    static func start(funnel: String, database: String, showing text: String) throws -> TeamBoards {
        let boards = TeamBoards(sockets: ["a", "b"].map { "funnel-bench-team-\(getpid())-\($0)" })
        for socket in boards.sockets {
            try TmuxBoard.startSession(socket, funnel: funnel, database: database, width: 160, height: 50)
        }
        for socket in boards.sockets {
            guard ProcessTimer.poll(timeout: 20, { TmuxBoard.screen(socket).contains(text) }) else {
                boards.stop()
                throw BenchError("a board did not show '\(text)' within 20 s: \(TmuxBoard.screen(socket).prefix(400))")
            }
        }
        return boards
    }

    /// Polls both screens (`capture-pane`, one after the other, then `pause`) until each shows `text` or `timeout`
    /// seconds pass. Returns each board's milliseconds from `committed` to the first capture that showed it (nil:
    /// not within the timeout), and the milliseconds one round of captures took on average, pause included: the
    /// method's resolution.
    func timeToShow(_ text: String, since committed: DispatchTime, timeout: Double) -> (latencies: [Double?], round: Double) {
        var seen: [Double?] = sockets.map { _ in nil }
        var rounds = 0
        let deadline = Date().addingTimeInterval(timeout)
        while seen.contains(where: { $0 == nil }) && Date() < deadline {
            for (index, socket) in sockets.enumerated() where seen[index] == nil {
                if TmuxBoard.screen(socket).contains(text) { seen[index] = ProcessTimer.since(committed) }
            }
            rounds += 1
            // A pause between rounds, so the measuring does not take a processor from the team it measures.
            usleep(Self.pause)
        }
        return (seen, ProcessTimer.since(committed) / Double(max(rounds, 1)))
    }

    func stop() {
        for socket in sockets { _ = try? ProcessTimer.tmux(socket, ["kill-server"]) }
    }
}
