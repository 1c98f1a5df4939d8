import Foundation

/// The present moment as the user's wall clock reads it: the instant, today's date and the
/// minute of the day in their time zone.
///
/// Read once (per frame, per command) and handed to every rule that asks which day it is, so a
/// board of cards does not look the time zone up again for each card and each rule.
public struct LocalNow: Sendable, Hashable {
    /// The instant.
    public let now: Date
    /// The day it is in the time zone.
    public let today: CalendarDay
    /// Minutes after local midnight, 0 to 1439.
    public let minuteOfDay: Int

    public init(_ now: Date, in timeZone: TimeZone) {
        // One offset lookup gives both the day and the minute (offsets of today's zones are whole minutes).
        let offset = timeZone.secondsFromGMT(for: now)
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + offset
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        self.now = now
        today = CalendarDay(daysSinceEpoch: (seconds - secondOfDay) / 86_400)
        minuteOfDay = secondOfDay / 60
    }
}
