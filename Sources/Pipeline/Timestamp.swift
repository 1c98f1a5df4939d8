import Foundation

/// Reads and writes moments as ISO 8601 text, always printed in UTC: `2026-11-29T09:00:00Z`.
public enum Timestamp {
    /// Parses `2026-11-29T09:00:00Z`, `2026-11-29T09:00:00+08:00`, with optional fractional
    /// seconds, or a bare date `2026-11-29` (midnight UTC).
    public static func parse(_ text: String, field: String = "time") throws(PipelineError) -> Date {
        if let date = exportedForm(text) { return date }
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

    /// Exactly `YYYY-MM-DDTHH:MM:SSZ` of a real day and time, the form `string` writes, read byte by
    /// byte; nil for anything else, which `parse` reads with `ISO8601DateFormatter`. A formatter
    /// costs tens of microseconds a call: restoring an export reads several moments per deal.
    static func exportedForm(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let day = CalendarDay.storedForm(String(decoding: bytes[0..<10], as: UTF8.self))
        else { return nil }
        func number(at index: Int) -> Int? {
            let (tens, ones) = (bytes[index], bytes[index + 1])
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(tens), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ones) else { return nil }
            return Int(tens - UInt8(ascii: "0")) * 10 + Int(ones - UInt8(ascii: "0"))
        }
        guard let hour = number(at: 11), let minute = number(at: 14), let second = number(at: 17),
              hour < 24, minute < 60, second < 60
        else { return nil }
        return date(seconds: Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second))
    }

    /// `2026-11-29T09:00:00Z`: whole seconds, in UTC.
    ///
    /// Computed by arithmetic (days to civil date) rather than with `ISO8601DateFormatter`, which
    /// costs tens of microseconds a call: an export prints several per deal for a million deals.
    public static func string(_ date: Date) -> String {
        let total = seconds(date)
        var days = total / 86_400
        var rest = total % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        // H. Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        var yearText = String(year)
        while yearText.count < 4 { yearText = "0" + yearText }
        return "\(yearText)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    /// Whole seconds since 1970, as the store keeps moments.
    public static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    /// The moment for whole seconds since 1970.
    public static func date(seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
