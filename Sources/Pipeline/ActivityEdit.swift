import Foundation
import Wording

/// A change to an activity a salesperson asked for: a new due date, kind, subject or note.
///
/// Fields left nil stay as they are. The rules of what may change live in `applied(to:)`:
/// a cancelled activity changes only by reopening its deal, and a done one has no due date to move.
public struct ActivityEdit: Sendable, Hashable {
    /// The new due date (a reschedule).
    public var due: ActivityDue?
    public var kind: Activity.Kind?
    /// The new subject, already checked; empty gives the kind's title.
    public var subject: String?
    /// The new note, already checked: `.some(nil)` removes the note.
    public var note: String??

    public init(due: ActivityDue? = nil, kind: Activity.Kind? = nil, subject: String? = nil, note: String?? = nil) {
        self.due = due
        self.kind = kind
        self.subject = subject
        self.note = note
    }

    /// True when it changes nothing.
    public var isEmpty: Bool { due == nil && kind == nil && subject == nil && note == nil }

    /// Checks the typed values of an edit: a due date as `activity add --due` takes it, a kind name
    /// or letter, a subject (empty means the kind's title) and a note (empty removes it).
    public static func parse(
        due: String? = nil, kind: String? = nil, subject: String? = nil, note: String? = nil,
        today: CalendarDay, weekStartsOn: Weekday = .monday
    ) throws(PipelineError) -> ActivityEdit {
        var edit = ActivityEdit()
        if let kind { edit.kind = try Activity.Kind.parse(kind) }
        if let subject {
            edit.subject = subject.trimmingWhitespace().isEmpty ? "" : try Activity.validSubject(subject, kind: edit.kind ?? .task)
        }
        if let note { edit.note = .some(try DealTextField.activityNote.valid(note)) }
        if let due { edit.due = try ActivityDue.parse(due, today: today, weekStartsOn: weekStartsOn) }
        return edit
    }

    /// Reads a reschedule as typed on the board: a due date (`+2d`, `fri 14:00`), or a kind and a
    /// due date (`e fri 14:00`: an email on Friday at two).
    public static func reschedule(_ text: String, today: CalendarDay, weekStartsOn: Weekday = .monday) throws(PipelineError) -> ActivityEdit {
        let dueOnly: PipelineError
        do {
            return ActivityEdit(due: try ActivityDue.parse(text, today: today, weekStartsOn: weekStartsOn))
        } catch {
            dueOnly = error
        }
        let words = text.trimmingWhitespace().split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, let kind = try? Activity.Kind.parse(letterOrName: words[0]),
              let due = try? ActivityDue.parse(words[1], today: today, weekStartsOn: weekStartsOn)
        else { throw dueOnly }
        return ActivityEdit(due: due, kind: kind)
    }

    /// The activity with this edit applied, or the rule it breaks.
    public func applied(to activity: Activity) throws(PipelineError) -> Activity {
        if activity.isCancelled {
            throw .refused(ErrorText.activityCancelled(id: activity.id, deal: activity.dealID).string)
        }
        if due != nil, activity.isDone {
            throw .refused(ErrorText.activityDoneKeepsDue(id: activity.id).string)
        }
        var edited = activity
        if let kind { edited.kind = kind }
        if let subject {
            edited.subject = subject.isEmpty ? edited.kind.title : subject
        } else if activity.kind.isDefaultSubject(activity.subject) {
            // A subject that was only the old kind's title follows the new kind.
            edited.subject = edited.kind.title
        }
        if let note { edited.note = note }
        if let due { edited.due = due }
        return edited
    }
}
