import ArgumentParser
import Foundation
import Interop
import Pipeline
import FunnelStore
import Wording

extension Funnel {
    /// `funnel review`: today's guided review, one deal at a time, or printed for mail and cron.
    struct Review: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "review",
            abstract: Text.abstractReview.string,
            discussion: CommandText.reviewDiscussion.string) }

        @Flag(name: .customLong("print"), help: ArgumentHelp(CommandText.reviewPrint.string))
        var printText = false
        @Flag(help: ArgumentHelp(CommandText.reviewJSON.string))
        var json = false
        @Flag(help: ArgumentHelp(CommandText.reviewAll.string))
        var all = false
        /// `--config`, which every command that opens the store takes with `--db` (`StoreOptions`).
        var configOptions: ConfigOptions { store.configOptions }
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if printText && json { throw ValidationError(ErrorText.reviewPrintOrJSON.string) }
        }

        func run() throws {
            let now = try Clock.now()
            let timeZone = Clock.timeZone
            // Printing the review only reads; working it records decisions.
            let store = try store.open(onlyReads: printText || json)
            let config = configOptions.load()
            // Today's review is of my deals (mine and the unowned) unless --all.
            let mine = all ? nil : Salesperson.current(config: config)
            let queue = try store.reviewQueue(now: now, timeZone: timeZone, mine: mine)
            let pipelines = Dictionary(uniqueKeysWithValues: try store.pipelines().map { ($0.id, $0) })
            if json {
                let planned = try store.activities(dealIDs: queue.remaining.map(\.deal.id), plannedOnly: true)
                // Pipelines are read after the queue: one removed in between takes its deals with it, so they are left out.
                print(JSONValue.array(queue.remaining.compactMap { item in
                    guard let pipeline = pipelines[item.deal.pipelineID] else { return nil }
                    return .object([
                        ("reason", .string(item.reason.rawValue)),
                        ("reason_text", .string(item.reason.label)),
                        ("other_reasons", .array(item.allReasons.dropFirst().map { .string($0.rawValue) })),
                    ] + DealJSON.deal(item.deal, pipeline: pipeline) + DealJSON.followUp(
                        item.deal, pipeline: pipeline, nextActivity: planned[item.deal.id]?.min(by: Activity.dueOrder),
                        now: now, timeZone: timeZone))
                }).serialized())
                return
            }
            let dates = DateText(format: config.dateFormat, timeZone: timeZone)
            if printText {
                print(Text.reviewHeader(day: dates.day(queue.day), toDo: queue.remaining.count, handled: queue.handled.count).string)
                if let cycle = queue.salesCycle { print(ReviewText.sweepLine(cycle)) }
                for item in queue.remaining {
                    guard let pipeline = pipelines[item.deal.pipelineID] else { continue }
                    print(ReviewText.printedLine(item, pipeline: pipeline, now: now, timeZone: timeZone, dates: dates))
                }
                return
            }
            var session = ReviewSession(store: store, now: now, timeZone: timeZone, dates: dates, weekStartsOn: config.weekStartsOn, mine: mine)
            try session.run()
        }
    }
}
