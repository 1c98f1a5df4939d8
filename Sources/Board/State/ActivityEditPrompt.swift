import Pipeline

/// A question about the activity selected in the detail pane: its new due date (`r`), its subject
/// then its note (`e`), or whether to delete it (`x`).
///
/// It carries the activity as the pane showed it, so the store refuses the change when someone
/// changed the activity since.
public struct ActivityEditPrompt: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// A new due date, optionally after a kind: `+2d`, `fri 14:00`, `e fri 14:00`.
        case reschedule
        /// A new subject, starting from the current one.
        case subject
        /// Then a new note, starting from the current one; Enter saves both in one write.
        case note
        /// `y` deletes the activity; any other key keeps it.
        case confirmDelete
    }

    public var purpose: Purpose
    public var activity: Activity
    /// What is being typed; unused by `confirmDelete`.
    public var input: TextField
    public var error: String?
    /// The subject typed at the first step of `e`, saved with the note.
    public var subject: String?

    public init(purpose: Purpose, activity: Activity, text: String = "", error: String? = nil, subject: String? = nil) {
        self.purpose = purpose
        self.activity = activity
        input = TextField(text)
        self.error = error
        self.subject = subject
    }

    /// The typed text; setting it puts the cursor at its end.
    public var text: String {
        get { input.text }
        set { input = TextField(newValue) }
    }
}
