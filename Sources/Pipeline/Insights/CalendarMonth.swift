/// A month of a year, such as the month a deal is expected to close: `2026-12`.
public struct CalendarMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1 to 12.
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year + (month - 1).floorDivided(by: 12)
        self.month = (month - 1).floorModulo(12) + 1
    }

    /// The month a day falls in.
    public init(_ day: CalendarDay) {
        self.init(year: day.year, month: day.month)
    }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> CalendarMonth {
        CalendarMonth(year: year, month: month + count)
    }

    /// The first day of the month.
    public var firstDay: CalendarDay { CalendarDay(year: year, month: month, day: 1)! }

    /// `2026-12`.
    public var description: String {
        let padded = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(padded)"
    }

    /// `Dec 2026`, for charts.
    public var shortName: String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[month - 1]) \(year)"
    }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension Int {
    /// Division rounding towards minus infinity: -1 / 12 is -1, not 0.
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivided(by:)`: never negative for a positive divisor.
    func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
