import Foundation
import Pipeline

/// Activities as one line of text for lists, `show` and the review.
enum ActivityText {
    /// `#4 call "Intro call" due 2026-11-30T09:00 (upcoming)`, `#3 email "Quote" done 2026-11-28T10:00:00Z`
    /// or `#5 call "Follow up" due 2026-12-02 cancelled 2026-11-30T10:00:00Z (the deal was closed)`.
    static func line(_ activity: Activity, now: Date, timeZone: TimeZone, dates: DateText = DateText()) -> String {
        let when: String
        if let doneAt = activity.doneAt {
            when = "done \(dates.moment(doneAt))"
        } else if let cancelledAt = activity.cancelledAt {
            when = (activity.due.map { "due \(dates.due($0)) " } ?? "") + "cancelled \(dates.moment(cancelledAt)) (the deal was closed)"
        } else if let due = activity.due {
            when = "due \(dates.due(due)) (\(activity.state(now: now, timeZone: timeZone).label))"
        } else {
            when = "planned"
        }
        return TerminalText.visible("#\(activity.id) \(activity.kind.rawValue) \"\(activity.subject)\" \(when)")
    }
}
