import Foundation

/// The one way tests wait: ask again and again until something holds, and fail when it never does.
///
/// Nothing sleeps for a guessed time; each wait has a deadline, and a wait that reaches it throws a
/// `PollingTimeout` naming what was awaited (and what was last seen), which fails the test.
public enum Polling {
    /// Asks `condition` every `interval` seconds until it is true; throws after `timeout` seconds.
    public static func until(
        _ what: @autoclosure () -> String, timeout: TimeInterval, interval: TimeInterval = 0.02,
        lastSeen: () -> String? = { nil }, _ condition: () throws -> Bool
    ) throws {
        try value(what(), timeout: timeout, interval: interval, lastSeen: lastSeen) { try condition() ? () : nil }
    }

    /// Asks `probe` every `interval` seconds until it gives a value, and returns it; throws after `timeout` seconds.
    @discardableResult
    public static func value<Value>(
        _ what: @autoclosure () -> String, timeout: TimeInterval, interval: TimeInterval = 0.02,
        lastSeen: () -> String? = { nil }, _ probe: () throws -> Value?
    ) throws -> Value {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let found = try probe() { return found }
            guard Date() < deadline else { break }
            usleep(useconds_t(interval * 1_000_000))
        }
        // One last look: the deadline may have passed while the machine was busy elsewhere.
        if let found = try probe() { return found }
        throw PollingTimeout(waitingFor: what(), seconds: timeout, lastSeen: lastSeen())
    }
}

/// A wait that reached its deadline: what was awaited, for how long, and what was last seen.
public struct PollingTimeout: Error, CustomStringConvertible {
    public var waitingFor: String
    public var seconds: TimeInterval
    public var lastSeen: String?

    public var description: String {
        "timed out after \(Int(seconds)) s waiting for \(waitingFor)" + (lastSeen.map { "; last seen:\n\($0)" } ?? "")
    }
}
