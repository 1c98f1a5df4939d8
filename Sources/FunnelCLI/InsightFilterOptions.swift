import Foundation
import Pipeline
import Wording

/// Checks shared by the insight commands.
enum InsightFilterOptions {
    static let utc = TimeZone(identifier: "UTC")!

    /// Parses `--since` and `--until` and checks that the window is not backwards.
    static func window(since: String?, until: String?) throws -> (since: CalendarDay?, until: CalendarDay?) {
        let start = try since.map { text throws(PipelineError) in try CalendarDay.parse(text, field: "--since date") }
        let end = try until.map { text throws(PipelineError) in try CalendarDay.parse(text, field: "--until date") }
        if let start, let end, end < start {
            throw PipelineError.invalidValue(CommandText.windowBackwards(until: "\(end)", since: "\(start)").string)
        }
        return (start, end)
    }

    /// The width to draw charts in: `COLUMNS` when set (40 to 200), else 80.
    static var terminalWidth: Int {
        guard let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text) else { return 80 }
        return min(max(columns, 40), 200)
    }
}
