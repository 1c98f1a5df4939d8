import ArgumentParser
import Foundation
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel activity`: logs, schedules, reschedules, completes, deletes and lists a deal's activities.
    struct ActivityCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "activity",
                abstract: CommandText.activityAbstract.string,
                subcommands: [ActivityAdd.self, ActivityDone.self, ActivityEditCommand.self, ActivityDelete.self, ActivityList.self],
                defaultSubcommand: ActivityList.self,
                aliases: ["activities"])
        }
    }

    /// `funnel activity add`: saves a planned or done activity on a deal and prints its id.
    struct ActivityAdd: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add", abstract: CommandText.activityAddAbstract.string, discussion: CommandText.activityAddDiscussion.string)
        }

        @Argument(help: ArgumentHelp(CommandText.activityDealID.string))
        var dealID: Int64
        @Option(help: ArgumentHelp(CommandText.activityKinds.string, valueName: "kind"))
        var kind: String
        @Option(help: ArgumentHelp(CommandText.activitySubjectDefault.string, valueName: "text"))
        var subject: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.activityDue.string, valueName: "date"))
        var due: String?
        @Flag(help: ArgumentHelp(CommandText.activityDoneNow.string))
        var done = false
        @Option(help: ArgumentHelp(CommandText.activityNote.string, valueName: "text"))
        var note: String?
        @Option(help: ArgumentHelp(CommandText.activityOwner.string, valueName: "name"))
        var owner: String?
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func run() throws {
            let kind = try Activity.Kind.parse(kind)
            let subject = try Activity.validSubject(subject, kind: kind)
            let now = try Clock.now()
            let today = CalendarDay(now, in: Clock.timeZone)
            let weekStartsOn = due == nil ? .monday : configOptions.load().weekStartsOn
            var dueDate = try due.map { text throws(PipelineError) in try ActivityDue.parse(text, today: today, weekStartsOn: weekStartsOn) }
            let note = try DealTextField.activityNote.valid(note)
            let owner = try DealTextField.owner.valid(owner.map(Salesperson.owner(given:)))
            let isDone = done || (dueDate == nil && kind == .note)
            if dueDate == nil && !isDone { dueDate = ActivityDue(day: today) }
            let store = try store.open()
            let saved = try store.addActivity(Activity(
                dealID: dealID, kind: kind, subject: subject, due: dueDate, doneAt: isDone ? now : nil,
                note: note, owner: owner, createdAt: now)).value
            print(saved.id)
        }
    }

    /// `funnel activity done`: marks a planned activity done now.
    struct ActivityDone: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "done", abstract: CommandText.activityDoneAbstract.string) }

        @Argument(help: ArgumentHelp(CommandText.activityID.string))
        var activityID: Int64
        @OptionGroup var store: StoreOptions
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            // A refusal names when it was done as `show` writes it; the store's own check stays the rule.
            _ = try store.activity(id: activityID)
                .completed(at: now, dateFormat: configOptions.load().dateFormat, timeZone: Clock.timeZone)
            let activity = try store.completeActivity(id: activityID, now: now).value
            let deal = try store.deal(id: activity.dealID)
            let kind = activity.kind.name.string
            let message = deal.nextActivityDue == nil && deal.status == .open
                ? CommandText.activityMarkedDoneNoNextStep(kind: kind, subject: activity.subject, deal: deal.id, title: deal.shownTitle)
                : CommandText.activityMarkedDone(kind: kind, subject: activity.subject, deal: deal.id, title: deal.shownTitle)
            print(TerminalText.visible(message.string))
        }
    }

    /// `funnel activity edit`: reschedules an activity or changes its kind, subject or note.
    struct ActivityEditCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit", abstract: CommandText.activityEditAbstract.string, discussion: CommandText.activityEditDiscussion.string)
        }

        @Argument(help: ArgumentHelp(CommandText.activityID.string))
        var activityID: Int64
        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.activityDueNow.string, valueName: "when"))
        var due: String?
        @Option(help: ArgumentHelp(CommandText.activitySubject.string, valueName: "text"))
        var subject: String?
        @Option(help: ArgumentHelp(CommandText.activityKinds.string, valueName: "kind"))
        var kind: String?
        @Option(help: ArgumentHelp(CommandText.activityNoteEmptyRemoves.string, valueName: "text"))
        var note: String?
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if due == nil && subject == nil && kind == nil && note == nil {
                throw ValidationError(CommandText.activityNothingToChange(id: activityID).string)
            }
        }

        func run() throws {
            let now = try Clock.now()
            let today = CalendarDay(now, in: Clock.timeZone)
            let weekStartsOn = due == nil ? .monday : configOptions.load().weekStartsOn
            let edit = try ActivityEdit.parse(due: due, kind: kind, subject: subject, note: note, today: today, weekStartsOn: weekStartsOn)
            let store = try store.open()
            let saved = try store.editActivity(id: activityID, edit, now: now).value
            let deal = try store.deal(id: saved.dealID)
            let line = ActivityText.line(saved, now: now, timeZone: Clock.timeZone, dates: configOptions.dateText())
            print(CommandText.activitySavedOn(deal: deal.id, title: TerminalText.visible(deal.shownTitle), activity: line).string)
        }
    }

    /// `funnel activity delete`: deletes an activity for good, only with `--yes`.
    struct ActivityDelete: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "delete", abstract: CommandText.activityDeleteAbstract.string) }

        @Argument(help: ArgumentHelp(CommandText.activityID.string))
        var activityID: Int64
        @Flag(help: ArgumentHelp(CommandText.activityConfirmDelete.string))
        var yes = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard yes else {
                throw CommandFailure.usage(CommandText.activityDeleteNeedsYes(id: activityID).string)
            }
            let now = try Clock.now()
            let store = try store.open()
            let deleted = try store.deleteActivity(id: activityID, now: now).value
            let deal = try store.deal(id: deleted.dealID)
            let kind = deleted.kind.name.string
            let message = deleted.isPlanned && deal.nextActivityDue == nil && deal.status == .open
                ? CommandText.activityDeletedNoNextStep(id: deleted.id, kind: kind, subject: deleted.subject, deal: deal.id, title: deal.shownTitle)
                : CommandText.activityDeleted(id: deleted.id, kind: kind, subject: deleted.subject, deal: deal.id, title: deal.shownTitle)
            print(TerminalText.visible(message.string))
        }
    }

    /// `funnel activity list`: planned activities, by due date.
    struct ActivityList: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: CommandText.activityListAbstract.string) }

        @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.activityOnlyDeal.string, valueName: "id"))
        var deal: Int64?
        @Flag(help: ArgumentHelp(CommandText.activityOnlyOverdue.string)) var overdue = false
        @Flag(help: ArgumentHelp(CommandText.activityOnlyToday.string)) var today = false
        @Flag(help: ArgumentHelp(CommandText.activityOnlyUpcoming.string)) var upcoming = false
        @Flag(help: ArgumentHelp(CommandText.activityIncludeAll.string)) var all = false
        @Flag(help: ArgumentHelp(CommandText.activityJSON.string)) var json = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let deal, deal < 0 { throw ValidationError(ErrorText.dealOptionNegative(value: Int(deal)).string) }
            if [overdue, today, upcoming].filter({ $0 }).count > 1 {
                throw ValidationError(CommandText.activityOneFilterOnly.string)
            }
        }

        func run() throws {
            let now = try Clock.now()
            let timeZone = Clock.timeZone
            let day = CalendarDay(now, in: timeZone)
            let store = try store.open(onlyReads: true)
            var activities: [Activity]
            if all, let deal {
                activities = try store.activities(dealID: deal)
            } else if all {
                throw CommandFailure.usage(CommandText.activityAllNeedsDeal.string)
            } else {
                activities = try store.plannedActivities(
                    dealID: deal,
                    dueBefore: overdue || today ? day.adding(days: 1) : nil,
                    dueFrom: upcoming ? day.adding(days: 1) : nil)
            }
            if overdue { activities = activities.filter { $0.state(now: now, timeZone: timeZone) == .overdue } }
            if today { activities = activities.filter { $0.state(now: now, timeZone: timeZone) == .dueToday } }
            if json {
                print(JSONValue.array(activities.map { DealJSON.activity($0, now: now, timeZone: timeZone) }).serialized())
                return
            }
            if activities.isEmpty {
                print(CommandText.activityNonePlanned.string)
                return
            }
            let dates = configOptions.dateText()
            let titles = try Dictionary(
                uniqueKeysWithValues: Set(activities.map(\.dealID)).map { id in (id, try store.deal(id: id).title) })
            var table = PageTable(
                headers: [
                    CommandText.activityHeaderID, .activityHeaderDeal, .activityHeaderTitle, .activityHeaderKind, .activityHeaderSubject,
                    .activityHeaderDue, .activityHeaderState,
                ].map(\.string),
                alignments: [.right, .right, .left, .left, .left, .left, .left],
                maxWidths: [10, 10, 30, 8, 40, 18, 12],
                minWidths: [nil, nil, 12, nil, 16, nil, nil], dropOrder: [2, 6, 1])
            for activity in activities {
                table.append([
                    String(activity.id), String(activity.dealID), titles[activity.dealID] ?? "", activity.kind.name.string,
                    activity.subject, activity.due.map(dates.due) ?? "", Self.state(of: activity, now: now, timeZone: timeZone).string,
                ])
            }
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }

        /// The word of the State column: done, cancelled, or how its due date stands.
        static func state(of activity: Activity, now: Date, timeZone: TimeZone) -> CommandText {
            if activity.isDone { return .activityStateDone }
            if activity.isCancelled { return .activityStateCancelled }
            switch activity.state(now: now, timeZone: timeZone) {
            case .overdue: return .activityStateOverdue
            case .dueToday: return .activityStateDueToday
            case .upcoming: return .activityStateUpcoming
            case .none: return .activityStateNone
            }
        }
    }
}
