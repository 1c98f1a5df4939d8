import Foundation
import Wording

/// Reads and writes moments as ISO 8601 text, always printed in UTC: `2026-11-29T09:00:00Z`.
public enum Timestamp {
    /// Parses `2026-11-29T09:00:00Z`, `2026-11-29T09:00:00+08:00`, with optional fractional
    /// seconds, or a bare date `2026-11-29` (midnight UTC); the day must be a real one of the years
    /// 0001 to 9999 (`CalendarDay`), the time a real time of day.
    public static func parse(_ text: String, field: String = "time") throws(PipelineError) -> Date {
        if let date = exportedForm(text) { return date }
        let trimmed = text.trimmingWhitespace()
        if let date = internetForm(trimmed) { return date }
        if let day = try? CalendarDay.parse(trimmed) { return day.start(in: TimeZone(identifier: "UTC")!) }
        throw .invalidValue(ErrorText.timestampInvalid(field: field, value: text).string)
    }

    /// Exactly `YYYY-MM-DDTHH:MM:SSZ` of a real day and time, the form `string` writes, read byte by
    /// byte; nil for anything else, which `parse` reads with `internetForm`. A formatter
    /// costs tens of microseconds a call: restoring an export reads several moments per deal.
    static func exportedForm(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[19] == UInt8(ascii: "Z"), bytes[10] == UInt8(ascii: "T"),
              let (day, secondOfDay) = dayAndTime(bytes)
        else { return nil }
        return date(seconds: Int64(day.daysSinceEpoch) * 86_400 + Int64(secondOfDay))
    }

    /// RFC 3339's `YYYY-MM-DDTHH:MM:SS[.fraction]` then `Z` or `±HH:MM` (or `±HHMM`), of a real day
    /// and time, read byte by byte; nil for anything else.
    ///
    /// Not `ISO8601DateFormatter`: it rolled an impossible day into the next month (2026-02-30 became
    /// March 2) and read the years 0000 and -2026.
    static func internetForm(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let (day, secondOfDay) = dayAndTime(bytes)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            var scale = 0.1
            while index < bytes.count, let digit = digit(bytes[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start, index < bytes.count else { return nil }
        }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let colon = index + 3 < bytes.count && bytes[index + 3] == UInt8(ascii: ":")
            guard bytes.count == index + (colon ? 6 : 5),
                  let hours = twoDigits(bytes, at: index + 1), let minutes = twoDigits(bytes, at: index + (colon ? 4 : 3)),
                  hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(secondOfDay - offset)
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }

    /// The real day in `bytes[0..<10]` and the second of the day in `bytes[11..<19]` (`HH:MM:SS`).
    private static func dayAndTime(_ bytes: [UInt8]) -> (CalendarDay, Int)? {
        guard bytes.count >= 19, bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let day = CalendarDay.storedForm(String(decoding: bytes[0..<10], as: UTF8.self)),
              let hour = twoDigits(bytes, at: 11), let minute = twoDigits(bytes, at: 14), let second = twoDigits(bytes, at: 17),
              hour < 24, minute < 60, second < 60
        else { return nil }
        return (day, hour * 3600 + minute * 60 + second)
    }

    /// The number written by the two ASCII digits at `index`, nil when they are not two digits.
    private static func twoDigits(_ bytes: [UInt8], at index: Int) -> Int? {
        guard index + 1 < bytes.count, let tens = digit(bytes[index]), let ones = digit(bytes[index + 1]) else { return nil }
        return tens * 10 + ones
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
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
