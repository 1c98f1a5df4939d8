import Foundation

/// Reads and writes moments as ISO 8601 text, always printed in UTC: `2026-11-29T09:00:00Z`.
public enum Timestamp {
    /// Parses `2026-11-29T09:00:00Z`, `2026-11-29T09:00:00+08:00`, with optional fractional
    /// seconds, or a bare date `2026-11-29` (midnight UTC).
    public static func parse(_ text: String, field: String = "time") throws(PipelineError) -> Date {
        let trimmed = text.trimmingWhitespace()
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: trimmed) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = fractional.date(from: trimmed) { return date }
        if let day = try? CalendarDay.parse(trimmed) { return day.start(in: TimeZone(identifier: "UTC")!) }
        throw .invalidValue("invalid \(field) '\(text)': use ISO 8601 such as 2026-11-29T09:00:00Z or 2026-11-29")
    }

    /// `2026-11-29T09:00:00Z`.
    public static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Whole seconds since 1970, as the store keeps moments.
    public static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    /// The moment for whole seconds since 1970.
    public static func date(seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
