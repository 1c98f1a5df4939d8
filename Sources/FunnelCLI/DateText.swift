import Foundation
import FunnelConfig
import Pipeline

/// Days and times as people read them in the CLI's text output, in the config's `date_format`.
///
/// JSON and CSV never use it: they keep ISO 8601. Without a `date_format`, the human form: `6 Dec 2026`,
/// `6 Dec 2026 14:00` on the local wall clock (issue 15 item 12).
struct DateText: Sendable {
    var format: DateFormat
    var timeZone: TimeZone

    init(format: DateFormat = Config.defaults.dateFormat, timeZone: TimeZone = Clock.timeZone) {
        self.format = format
        self.timeZone = timeZone
    }

    func day(_ day: CalendarDay) -> String { format.format(day) }

    func due(_ due: ActivityDue) -> String { format.format(due) }

    /// A moment on the user's wall clock, to the minute: `2026-11-29 09:00` in the ISO format,
    /// `29/11/2026 09:00` or `29 Nov 2026 09:00` in the others. Never raw UTC: JSON keeps that.
    func moment(_ date: Date) -> String { format.formatMoment(date, in: timeZone) }
}

extension ConfigOptions {
    /// How this command shows dates, from the config file.
    func dateText() -> DateText { DateText(format: load().dateFormat) }
}
