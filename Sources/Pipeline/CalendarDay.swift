import Foundation

/// A date without a time, such as an expected close date: `2026-12-31`.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` or explains the accepted form.
    public static func parse(_ text: String, field: String = "date") throws(PipelineError) -> CalendarDay {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let day = CalendarDay(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
        else {
            throw .invalidValue("invalid \(field) '\(text)': use a real date as YYYY-MM-DD, e.g. 2026-12-31")
        }
        return day
    }

    /// The calendar day a moment falls on in a time zone.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// The first moment of the day in a time zone.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// The day a number of days later (or earlier, when negative).
    public func adding(days: Int) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let moved = calendar.date(byAdding: .day, value: days, to: start(in: calendar.timeZone))!
        return CalendarDay(moved, in: calendar.timeZone)
    }

    /// Whole days from this day to another (negative when the other is earlier).
    public func days(until other: CalendarDay) -> Int {
        let utc = TimeZone(identifier: "UTC")!
        return Int((other.start(in: utc).timeIntervalSince(start(in: utc)) / 86_400).rounded())
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whole elapsed days between two moments (never negative): 23h is 0 days, 24h is 1.
    public static func wholeDays(from start: Date, to end: Date) -> Int {
        max(0, Int((end.timeIntervalSince(start) / 86_400).rounded(.down)))
    }
}
