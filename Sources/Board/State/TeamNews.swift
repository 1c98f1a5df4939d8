import Pipeline
import Wording

/// Who did what since the board last looked, as one line for the message line: one change named in full
/// ("Li Wei moved 'Acme renewal' to Contact"), several as a count ("Li Wei and 2 others changed 4 deals").
///
/// Built from the change log's entries others made (the board's own are left out before), names and titles
/// cleaned for the terminal.
public enum TeamNews {
    /// The line for `changes` (oldest first) in `language`; nil when there is none.
    public static func sentence(_ changes: [DealChange], language: Language) -> String? {
        guard let last = changes.last else { return nil }
        func say(_ text: Text) -> String { text.rendered(in: language) }
        // A restore replaced every deal: that is the news, whatever else was done before it.
        if let restore = changes.last(where: { $0.kind == .restored }) {
            return say(.teamRestoredPipeline(name: shownName(restore.by, language: language)))
        }
        // The latest change's author first, then the others in the order of their latest change.
        var people: [String?] = []
        for change in changes.reversed() where !people.contains(change.by) { people.append(change.by) }
        let name = shownName(people[0], language: language)
        let deals = Set(changes.map(\.dealID)).count
        if deals == 1, people.count == 1 { return say(describing(last, name: name)) }
        if people.count == 1 { return say(.teamChangedDeals(name: name, count: deals)) }
        return say(.teamAndOthersChangedDeals(name: name, others: people.count - 1, count: deals))
    }

    /// The line for entries the store counted rather than read (`DealChangeTally`); nil when there were none.
    public static func sentence(_ tally: DealChangeTally, language: Language) -> String? {
        func say(_ text: Text) -> String { text.rendered(in: language) }
        if let restore = tally.restore { return say(.teamRestoredPipeline(name: shownName(restore.by, language: language))) }
        guard let latest = tally.latest else { return nil }
        let name = shownName(latest.by, language: language)
        if tally.deals == 1, tally.people == 1 { return say(describing(latest, name: name)) }
        if tally.people <= 1 { return say(.teamChangedDeals(name: name, count: tally.deals)) }
        return say(.teamAndOthersChangedDeals(name: name, others: tally.people - 1, count: tally.deals))
    }

    /// One change in words.
    static func describing(_ change: DealChange, name: String) -> Text {
        let title = TerminalText.visible(change.title)
        let stage = change.stageName.map(TerminalText.visible)
        let subject = change.activitySubject.map(TerminalText.visible)
        switch change.kind {
        case .moved, .reopened, .parked, .unparked:
            guard let stage else { return .teamEdited(name: name, title: title) }
            return .teamMoved(name: name, title: title, stage: stage)
        case .won: return .teamWon(name: name, title: title)
        case .lost: return .teamLost(name: name, title: title)
        case .created: return .teamAdded(name: name, title: title)
        case .deleted: return .teamDeleted(name: name, title: title)
        case .undone: return .teamUndid(name: name, title: title)
        case .redone:
            // A move made again is a move to the others.
            guard let stage else { return .teamEdited(name: name, title: title) }
            return .teamMoved(name: name, title: title, stage: stage)
        case .edited: return .teamEdited(name: name, title: title)
        case .restored: return .teamRestoredPipeline(name: name)
        case .activityLogged, .activityPlanned, .activityChanged:
            guard let subject else { return .teamEdited(name: name, title: title) }
            switch change.kind {
            case .activityLogged: return .teamLoggedActivity(name: name, subject: subject, title: title)
            case .activityPlanned: return .teamPlannedActivity(name: name, subject: subject, title: title)
            default: return .teamChangedActivity(name: name, subject: subject, title: title)
            }
        }
    }

    /// A change's author as shown; "Someone" when the store was opened without a name.
    static func shownName(_ name: String?, language: Language) -> String {
        guard let name, !name.isEmpty else { return Text.someoneElse.rendered(in: language) }
        return TerminalText.visible(name)
    }
}
