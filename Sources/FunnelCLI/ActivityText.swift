import Foundation
import Pipeline
import Wording

/// Activities as one line of text for lists, `show` and the review, in the run's language.
enum ActivityText {
    /// `#4 call "Intro call" due 2026-11-30T09:00 (upcoming)`, `#3 email "Quote" done 2026-11-28T10:00:00Z`
    /// or `#5 call "Follow up" due 2026-12-02 cancelled 2026-11-30T10:00:00Z (the deal was closed)`.
    static func line(_ activity: Activity, now: Date, timeZone: TimeZone, dates: DateText = DateText()) -> String {
        let id = activity.id
        let kind = activity.kind.name.string
        let subject = activity.subject
        let text: CommandText
        if let doneAt = activity.doneAt {
            text = .activityLineDone(id: id, kind: kind, subject: subject, at: dates.moment(doneAt))
        } else if let cancelledAt = activity.cancelledAt {
            text = activity.due.map { .activityLineDueCancelled(id: id, kind: kind, subject: subject, due: dates.due($0), at: dates.moment(cancelledAt)) }
                ?? .activityLineCancelled(id: id, kind: kind, subject: subject, at: dates.moment(cancelledAt))
        } else if let due = activity.due {
            text = .activityLineDue(id: id, kind: kind, subject: subject, due: dates.due(due), state: activity.state(now: now, timeZone: timeZone).name.string)
        } else {
            text = .activityLinePlanned(id: id, kind: kind, subject: subject)
        }
        return TerminalText.visible(text.string)
    }
}
