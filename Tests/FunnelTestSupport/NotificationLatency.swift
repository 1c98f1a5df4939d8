import Foundation

/// How long a live board takes to show another user's change: from the moment a commit returned to the moment
/// the board's screen shows it, over several rounds.
///
/// Shared by the live-board tests and the team benchmark: `commit(round)` makes round `round`'s change (a CLI run or
/// a store call) and returns once it is committed; `shown(round)` reads the board's screen (a `TmuxSession` capture)
/// and says whether that change is on it. Each round waits at most `timeout` seconds.
public struct NotificationLatency: CustomStringConvertible, Sendable {
    /// Seconds from each commit to the screen showing it, in round order.
    public var samples: [TimeInterval]

    public init(samples: [TimeInterval]) {
        self.samples = samples
    }

    /// Runs `rounds` rounds; throws a `PollingTimeout` when a change is not shown within `timeout` seconds.
    public static func measure(
        rounds: Int, timeout: TimeInterval = 5, commit: (Int) throws -> Void, shown: (Int) throws -> Bool
    ) throws -> NotificationLatency {
        var samples: [TimeInterval] = []
        for round in 0..<rounds {
            try commit(round)
            let committed = Date()
            try Polling.until("round \(round)'s change on the board", timeout: timeout, interval: 0.005) { try shown(round) }
            samples.append(Date().timeIntervalSince(committed))
        }
        return NotificationLatency(samples: samples)
    }

    /// The `fraction` quantile (0.5 for the median, 0.95 for p95), by the nearest rank.
    public func quantile(_ fraction: Double) -> TimeInterval {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    public var description: String {
        String(format: "p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d rounds",
               quantile(0.5) * 1000, quantile(0.95) * 1000, (samples.max() ?? 0) * 1000, samples.count)
    }
}
