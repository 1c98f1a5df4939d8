import ArgumentParser
import Foundation
import Pipeline
import FunnelStore

extension Funnel {
    /// `funnel activity`: logs, schedules, reschedules, completes, deletes and lists a deal's activities.
    struct ActivityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "activity",
            abstract: "Log, schedule, edit, complete, delete and list activities (calls, emails, meetings, tasks...).",
            subcommands: [ActivityAdd.self, ActivityDone.self, ActivityEditCommand.self, ActivityDelete.self, ActivityList.self],
            defaultSubcommand: ActivityList.self,
            aliases: ["activities"])
    }

    /// `funnel activity add`: saves a planned or done activity on a deal and prints its id.
    struct ActivityAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Schedule an activity (--due) or log one that happened (--done); prints its id.",
            discussion: """
                Without --due or --done, a note is logged as done and anything else is due today.
                --due takes YYYY-MM-DD, YYYY-MM-DDTHH:MM or a shortcut: today, tomorrow, +2d, +1w,
                fri (the next Friday after today), next week; a time may follow: "fri 14:00".
                Times are wall-clock times in your time zone (TZ).
                """)

        @Argument(help: "The deal's id.")
        var dealID: Int64
        @Option(help: ArgumentHelp("call, email, meeting, sms, chat, social, demo, task or note.", valueName: "kind"))
        var kind: String
        @Option(help: ArgumentHelp("What it is about (default: the kind, e.g. Call).", valueName: "text"))
        var subject: String?
        @Option(help: ArgumentHelp("When it is due.", valueName: "date"))
        var due: String?
        @Flag(help: "It has been done (now).")
        var done = false
        @Option(help: ArgumentHelp("A note.", valueName: "text"))
        var note: String?
        @Option(help: ArgumentHelp("Who does it.", valueName: "name"))
        var owner: String?
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let kind = try Activity.Kind.parse(kind)
            let subject = try Activity.validSubject(subject, kind: kind)
            let now = try Clock.now()
            let today = CalendarDay(now, in: Clock.timeZone)
            let weekStartsOn = due == nil ? .monday : configOptions.load().weekStartsOn
            var dueDate = try due.map { text throws(PipelineError) in try ActivityDue.parse(text, today: today, weekStartsOn: weekStartsOn) }
            let note = try DealTextField.activityNote.valid(note)
            let owner = try DealTextField.owner.valid(owner)
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
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a planned activity done.")

        @Argument(help: "The activity's id.")
        var activityID: Int64
        @OptionGroup var store: StoreOptions

        func run() throws {
            let now = try Clock.now()
            let store = try store.open()
            let activity = try store.completeActivity(id: activityID, now: now).value
            let deal = try store.deal(id: activity.dealID)
            var message = "Done: \(activity.kind.rawValue) \"\(activity.subject)\" on deal \(deal.id) (\(deal.shownTitle))"
            if deal.nextActivityDue == nil && deal.status == .open {
                message += "; it has no next step: funnel activity add \(deal.id) --kind call --due +2d"
            }
            print(TerminalText.visible(message))
        }
    }

    /// `funnel activity edit`: reschedules an activity or changes its kind, subject or note.
    struct ActivityEditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Reschedule an activity (--due) or change its kind, subject or note.",
            discussion: """
                --due takes what 'activity add --due' takes: YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, tomorrow,
                +2d, +1w, fri, next week, optionally followed by a time ("fri 14:00"). An empty --subject
                gives the kind's title; an empty --note removes the note. A done activity keeps its due date;
                one cancelled by its deal's close changes only when the deal is reopened.
                """)

        @Argument(help: "The activity's id.")
        var activityID: Int64
        @Option(help: ArgumentHelp("When it is due now.", valueName: "when"))
        var due: String?
        @Option(help: ArgumentHelp("What it is about.", valueName: "text"))
        var subject: String?
        @Option(help: ArgumentHelp("call, email, meeting, sms, chat, social, demo, task or note.", valueName: "kind"))
        var kind: String?
        @Option(help: ArgumentHelp("A note (empty removes it).", valueName: "text"))
        var note: String?
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if due == nil && subject == nil && kind == nil && note == nil {
                throw ValidationError("nothing to change in activity \(activityID): give --due, --subject, --kind or --note")
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
            print(TerminalText.visible("Saved on deal \(deal.id) (\(deal.shownTitle)): ")
                + ActivityText.line(saved, now: now, timeZone: Clock.timeZone, dates: configOptions.dateText()))
        }
    }

    /// `funnel activity delete`: deletes an activity for good, only with `--yes`.
    struct ActivityDelete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete an activity for good (needs --yes).")

        @Argument(help: "The activity's id.")
        var activityID: Int64
        @Flag(help: "Confirm: the activity cannot be brought back.")
        var yes = false
        @OptionGroup var store: StoreOptions

        func run() throws {
            guard yes else {
                throw CommandFailure.usage(
                    "deleting activity \(activityID) cannot be undone: add --yes to confirm (or 'funnel activity done \(activityID)' to keep it as done)")
            }
            let now = try Clock.now()
            let store = try store.open()
            let deleted = try store.deleteActivity(id: activityID, now: now).value
            let deal = try store.deal(id: deleted.dealID)
            var message = "Deleted activity \(deleted.id) (\(deleted.kind.rawValue) \"\(deleted.subject)\") of deal \(deal.id) (\(deal.shownTitle))"
            if deleted.isPlanned && deal.nextActivityDue == nil && deal.status == .open {
                message += "; it has no next step: funnel activity add \(deal.id) --kind call --due +2d"
            }
            print(TerminalText.visible(message))
        }
    }

    /// `funnel activity list`: planned activities, by due date.
    struct ActivityList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List planned activities by due date.")

        @Option(parsing: .unconditional, help: ArgumentHelp("Only this deal's activities.", valueName: "id"))
        var deal: Int64?
        @Flag(help: "Only overdue ones.") var overdue = false
        @Flag(help: "Only those due today (not yet overdue).") var today = false
        @Flag(help: "Only those due after today.") var upcoming = false
        @Flag(help: "Include done activities and those cancelled by the deal's close (needs --deal).") var all = false
        @Flag(help: "Print a JSON array.") var json = false
        @OptionGroup var configOptions: ConfigOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let deal, deal < 0 { throw ValidationError(PipelineError.negative("--deal", deal, "use a deal's id, a whole number from 1").description) }
            if [overdue, today, upcoming].filter({ $0 }).count > 1 {
                throw ValidationError("use only one of --overdue, --today, --upcoming")
            }
        }

        func run() throws {
            let now = try Clock.now()
            let timeZone = Clock.timeZone
            let day = CalendarDay(now, in: timeZone)
            let store = try store.open()
            var activities: [Activity]
            if all, let deal {
                activities = try store.activities(dealID: deal)
            } else if all {
                throw CommandFailure.usage("--all needs --deal ID: done activities are listed per deal")
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
                print("No planned activities. Schedule one with: funnel activity add DEAL_ID --kind call --due tomorrow")
                return
            }
            let dates = configOptions.dateText()
            let titles = try Dictionary(
                uniqueKeysWithValues: Set(activities.map(\.dealID)).map { id in (id, try store.deal(id: id).title) })
            var table = PageTable(
                headers: ["ID", "Deal", "Title", "Kind", "Subject", "Due", "State"],
                alignments: [.right, .right, .left, .left, .left, .left, .left],
                maxWidths: [10, 10, 30, 8, 40, 18, 12],
                minWidths: [nil, nil, 12, nil, 16, nil, nil], dropOrder: [2, 6, 1])
            for activity in activities {
                table.append([
                    String(activity.id), String(activity.dealID), titles[activity.dealID] ?? "", activity.kind.rawValue,
                    activity.subject, activity.due.map(dates.due) ?? "",
                    activity.isDone ? "done" : activity.isCancelled ? "cancelled" : activity.state(now: now, timeZone: timeZone).label,
                ])
            }
            print(table.lines(fitting: TerminalWidth.forTables).joined(separator: "\n"))
        }
    }
}
