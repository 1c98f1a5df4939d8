import Foundation
import Wording

/// The usual length of a won sale, from creation to won, used to suggest parking deals that drag on.
public struct SalesCycle: Hashable, Sendable {
    /// Days a deal may stay open before the weekly sweep suggests parking it.
    public var parkAfterDays: Int
    /// True when `parkAfterDays` is the median of won deals; false when it is the configured fallback.
    public var fromHistory: Bool
    public var wonDealCount: Int

    /// Fewer won deals than this and the median says little: the configured number of days is used.
    public static let minimumWonDeals = 5
    /// The fallback when nothing is configured.
    public static let defaultParkAfterDays = 90

    /// The cycle from the days each won deal took (creation to won), or the configured days when too few.
    public init(wonCycleDays: [Int], configuredDays: Int) {
        wonDealCount = wonCycleDays.count
        if wonCycleDays.count >= SalesCycle.minimumWonDeals, let median = SalesCycle.median(wonCycleDays) {
            parkAfterDays = max(1, median)
            fromHistory = true
        } else {
            parkAfterDays = configuredDays
            fromHistory = false
        }
    }

    /// The middle value (the lower middle, rounded up from the mean of the two middles, for an even count).
    public static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle] + 1) / 2
    }

    /// The weekly sweep runs on Mondays (ISO weekday 1) in the user's time zone.
    public static func isSweepDay(_ today: CalendarDay) -> Bool { today.weekday == 1 }

    /// Checks a configured number of days: 1 to 3650.
    public static func validParkAfterDays(_ text: String) throws(PipelineError) -> Int {
        if let days = Int(text.trimmingWhitespace()), days < 0 {
            throw .invalidValue(ErrorText.parkAfterDaysNegative(value: days).string)
        }
        guard let days = Int(text.trimmingWhitespace()), (1...3650).contains(days) else {
            throw .invalidValue(ErrorText.parkAfterDaysInvalid(value: TerminalText.visible(text)).string)
        }
        return days
    }
}
