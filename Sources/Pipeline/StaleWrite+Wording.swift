import Foundation
import Wording

extension StaleWrite {
    /// The refusal in words, said at `now` in `language`: who changed the deal, what they did and how long
    /// ago ("Li Wei moved it to Contact 2 min ago; nothing saved"), and how many other changes were made.
    ///
    /// Names and subjects pass through `TerminalText.visible`; a change made without a name says "someone".
    public func sentence(now: Date, in language: Language) -> String {
        guard let change else { return ErrorText.dealChangedElsewhere(id: dealID).rendered(in: language) }
        let said = Self.clause(change, ago: Self.ago(from: change.at, to: now).rendered(in: language)).rendered(in: language)
        switch restoring {
        case .undo(let title): return ErrorText.undoRefusedByChange(title: TerminalText.visible(title), change: said).rendered(in: language)
        case .redo(let title): return ErrorText.redoRefusedByChange(title: TerminalText.visible(title), change: said).rendered(in: language)
        case nil: break
        }
        let refusal: ErrorText = moreChanges == 0
            ? .staleWriteRefused(change: said) : .staleWriteRefusedWithMore(change: said, more: moreChanges)
        return refusal.rendered(in: language)
    }

    /// What the change did, as the clause of a refusal.
    static func clause(_ change: DealChange, ago: String) -> ErrorText {
        let who = TerminalText.visible(change.by ?? "")
        let stage = TerminalText.visible(change.stageName ?? "")
        let subject = TerminalText.visible(change.activitySubject ?? "")
        return switch change.kind {
        case .created: .staleCreated(who: who, ago: ago)
        case .edited: .staleEdited(who: who, fields: Language.current.listed(change.fields.sorted().map(\.spokenName)), ago: ago)
        case .moved: .staleMoved(who: who, stage: stage, ago: ago)
        case .won: .staleWon(who: who, ago: ago)
        case .lost: .staleLost(who: who, ago: ago)
        case .reopened: .staleReopened(who: who, stage: stage, ago: ago)
        case .parked: .staleParked(who: who, ago: ago)
        case .unparked: .staleUnparked(who: who, stage: stage, ago: ago)
        case .activityLogged: .staleActivityLogged(who: who, subject: subject, ago: ago)
        case .activityPlanned: .staleActivityPlanned(who: who, subject: subject, ago: ago)
        case .activityChanged: .staleActivityChanged(who: who, subject: subject, ago: ago)
        case .deleted: .staleDeleted(who: who, ago: ago)
        case .undone: .staleUndone(who: who, ago: ago)
        case .redone: .staleRedone(who: who, ago: ago)
        case .restored: .staleRestored(who: who, ago: ago)
        }
    }

    /// How long before `now` a change was made: "just now" under a minute (or a moment ahead of a clock that
    /// runs behind), then minutes, hours, days.
    public static func ago(from moment: Date, to now: Date) -> Text {
        let minutes = Int(now.timeIntervalSince(moment) / 60)
        if minutes < 1 { return .agoJustNow }
        if minutes < 60 { return .agoMinutes(count: minutes) }
        if minutes < 24 * 60 { return .agoHours(count: minutes / 60) }
        return .agoDays(count: minutes / (24 * 60))
    }
}
