import Foundation
import Wording

/// When a planned activity is due: a day, and optionally a time of day, on the user's wall clock.
///
/// Due times are "floating": `2026-11-30T09:00` means nine in the morning wherever the user
/// is, the way a paper diary works, so a trip abroad does not move tomorrow's call to 3 a.m.
/// An all-day activity is due for the whole of its day and overdue from the next midnight;
/// a timed one is overdue as soon as its minute has passed.
public struct ActivityDue: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var day: CalendarDay
    /// Minutes after midnight (0 to 1439), or nil for an all-day activity.
    public var minuteOfDay: Int?

    public init(day: CalendarDay, minuteOfDay: Int? = nil) {
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    /// Where an activity due at this time stands at `now` in a time zone.
    public func state(now: Date, timeZone: TimeZone) -> NextActivityState {
        state(at: LocalNow(now, in: timeZone))
    }

    /// Where an activity due at this time stands at a moment read on the user's clock.
    public func state(at local: LocalNow) -> NextActivityState {
        if day < local.today { return .overdue }
        if local.today < day { return .upcoming }
        guard let minuteOfDay else { return .dueToday }
        return minuteOfDay < local.minuteOfDay ? .overdue : .dueToday
    }

    /// `2026-11-30` or `2026-11-30T09:00`: the stored and printed form, which sorts in time order.
    public var description: String {
        guard let minuteOfDay else { return day.description }
        return day.description + "T" + String(format: "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60)
    }

    /// An all-day activity comes before a timed one on the same day.
    public static func < (lhs: ActivityDue, rhs: ActivityDue) -> Bool {
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        return (lhs.minuteOfDay ?? -1) < (rhs.minuteOfDay ?? -1)
    }

    /// The minute of the day a moment falls on in a time zone (seconds dropped).
    public static func minuteOfDay(_ date: Date, in timeZone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return parts.hour! * 60 + parts.minute!
    }

    // MARK: - Parsing

    /// What a due date may look like, for error messages.
    public static let acceptedForms =
        "YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, tomorrow, +3d, +2w, a weekday (mon…sun, the next one after today), next week (its first day) or next fri (that day next week), or 今天, 明天, 后天, 周五, 下周, 下周一, optionally followed by a time such as 14:30"

    /// Parses the stored form `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; nil when it is not one.
    public init?(stored text: String) {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let day = try? CalendarDay.parse(String(parts[0])) else { return nil }
        self.day = day
        if parts.count == 2 {
            guard let minute = ActivityDue.parseTime(String(parts[1])) else { return nil }
            self.minuteOfDay = minute
        } else {
            self.minuteOfDay = nil
        }
    }

    /// Parses a due date as a user types it: an exact date, or a shortcut counted from `today`.
    ///
    /// `+2d` is two days after today, `+1w` a week, `tomorrow`, `fri` the next Friday after today,
    /// `next week` the first day of next week (weeks start on `weekStartsOn`), `next fri` the Friday
    /// of next week. Any of them may be followed by a time (`fri 14:00`, `2026-12-01T09:30`, `tomorrow 9:00`).
    public static func parse(
        _ text: String, today: CalendarDay, weekStartsOn: Weekday = .monday, field: String = "due date"
    ) throws(PipelineError) -> ActivityDue {
        let invalid = PipelineError.invalidValue(ErrorText.dueInvalid(field: field, value: TerminalText.visible(text)).string)
        var words = chineseTimeApart(text.trimmingWhitespace().lowercased().replacingOccurrences(of: "：", with: ":"))
            .split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { throw invalid }
        // An exact date with its time joined by T.
        if words.count == 1, words[0].contains("t"), words[0].first?.isASCIIDigit == true {
            guard let due = ActivityDue(stored: words[0].replacingOccurrences(of: "t", with: "T")) else { throw invalid }
            return due
        }
        var minute: Int?
        if words.count > 1, let time = parseTime(words[words.count - 1]) {
            minute = time
            words.removeLast()
        }
        guard let day = parseDay(words.joined(separator: " "), today: today, weekStartsOn: weekStartsOn) else { throw invalid }
        return ActivityDue(day: day, minuteOfDay: minute)
    }

    /// Parses a day as a user types it (no time): the same shortcuts as `parse`.
    public static func parseDay(_ text: String, today: CalendarDay, weekStartsOn: Weekday = .monday) -> CalendarDay? {
        let word = text.trimmingWhitespace().lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let nextWeek = today.startOfWeek(startingOn: weekStartsOn).adding(days: 7)
        switch word {
        case "today": return today
        case "tomorrow", "tmr", "tom": return today.adding(days: 1)
        case "next week": return nextWeek
        default: break
        }
        if let day = chineseDay(word, today: today, nextWeek: nextWeek, weekStartsOn: weekStartsOn) { return day }
        if word.hasPrefix("next "), let weekday = weekdayNumber(String(word.dropFirst(5))) {
            return nextWeek.adding(days: (weekday - weekStartsOn.isoNumber + 7) % 7)
        }
        if word.hasPrefix("+"), word.count >= 3 {
            let unit = word.last!
            guard let count = Int(word.dropFirst().dropLast()), (0...3650).contains(count) else { return nil }
            switch unit {
            case "d": return today.adding(days: count)
            case "w": return today.adding(days: count * 7)
            default: return nil
            }
        }
        if let weekday = weekdayNumber(word) { return nextWeekday(weekday, after: today) }
        if word.first?.isASCIIDigit == true { return try? CalendarDay.parse(word) }
        return nil
    }

    /// A day written in Chinese: 今天, 明天, 后天, 大后天, 周五 (or 星期五, 礼拜五: the next one after today),
    /// 下周 (the first day of next week), 下周一 (that day next week). Spaces inside are ignored.
    static func chineseDay(_ text: String, today: CalendarDay, nextWeek: CalendarDay, weekStartsOn: Weekday) -> CalendarDay? {
        let word = text.filter { !$0.isWhitespace }
        switch word {
        case "今天", "今日": return today
        case "明天", "明日": return today.adding(days: 1)
        case "后天": return today.adding(days: 2)
        case "大后天": return today.adding(days: 3)
        case "下周", "下星期", "下礼拜": return nextWeek
        default: break
        }
        for prefix in ["下周", "下星期", "下礼拜"] where word.hasPrefix(prefix) {
            guard let weekday = chineseWeekdayNumber(String(word.dropFirst(prefix.count))) else { return nil }
            return nextWeek.adding(days: (weekday - weekStartsOn.isoNumber + 7) % 7)
        }
        for prefix in ["周", "星期", "礼拜"] where word.hasPrefix(prefix) {
            guard let weekday = chineseWeekdayNumber(String(word.dropFirst(prefix.count))) else { return nil }
            return nextWeekday(weekday, after: today)
        }
        return nil
    }

    /// ISO weekday number for the character after 周 or 星期: 一 (Monday) … 六, 日 or 天 (Sunday).
    static func chineseWeekdayNumber(_ text: String) -> Int? {
        let names: [String: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7]
        return names[text]
    }

    /// `明天10:00` as `明天 10:00`: Chinese writes a day and its time without a space.
    static func chineseTimeApart(_ text: String) -> String {
        guard let first = text.first, !first.isASCII, let digit = text.firstIndex(where: \.isASCIIDigit),
              text[..<digit].allSatisfy({ !$0.isASCII && !$0.isWhitespace })
        else { return text }
        return text[..<digit] + " " + text[digit...]
    }

    /// The next day with an ISO weekday strictly after `today`: "fri" on a Friday means a week later.
    static func nextWeekday(_ weekday: Int, after today: CalendarDay) -> CalendarDay {
        let offset = (weekday - today.weekday + 7) % 7
        return today.adding(days: offset == 0 ? 7 : offset)
    }

    /// Parses a day after today, such as a snooze or revisit day: `2026-12-24`, `+2w`, `fri`, `next week`, `next fri`.
    public static func parseFutureDay(
        _ text: String, today: CalendarDay, weekStartsOn: Weekday = .monday, field: String
    ) throws(PipelineError) -> CalendarDay {
        guard let day = parseDay(text, today: today, weekStartsOn: weekStartsOn) else {
            throw .invalidValue(ErrorText.dueDayInvalid(field: field, value: TerminalText.visible(text)).string)
        }
        guard today < day else {
            throw .invalidValue(ErrorText.dueDayNotAfterToday(field: field, value: TerminalText.visible(text), today: "\(today)").string)
        }
        return day
    }

    /// `9:30`, `09:30` or `14:05` as minutes after midnight.
    static func parseTime(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    /// ISO weekday number (Monday 1 ... Sunday 7) for a day name or its three-letter short form.
    static func weekdayNumber(_ word: String) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in names.enumerated() where word.count >= 3 && name.hasPrefix(word) {
            return index + 1
        }
        return nil
    }
}

extension CalendarDay {
    /// ISO weekday: Monday 1 ... Sunday 7.
    public var weekday: Int {
        // 2024-01-01 was a Monday.
        let monday = CalendarDay(year: 2024, month: 1, day: 1)!
        let offset = monday.days(until: self) % 7
        return (offset + 7) % 7 + 1
    }

    /// The first day of the week this day is in, for weeks that start on `first`.
    public func startOfWeek(startingOn first: Weekday) -> CalendarDay {
        adding(days: -((weekday - first.isoNumber + 7) % 7))
    }
}
