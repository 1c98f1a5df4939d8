import Foundation
import Pipeline

/// Restricts a lane to its stalled deals at a moment, with "today" (for snoozes) in a time zone: the board's `s` filter.
///
/// Each engine's query mirrors `StallRule`; tests check that both agree.
public struct StallCheck: Sendable, Hashable {
    public var now: Date
    public var timeZone: TimeZone

    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }
}
