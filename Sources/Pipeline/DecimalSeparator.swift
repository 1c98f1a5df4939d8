/// The mark between the whole part and the fraction of an amount people type or files hold: `decimal_separator`
/// in the config file. The other mark groups thousands.
///
/// Without one, an amount whose only mark is a single `.` or `,` followed by exactly three digits (`1.200`,
/// `80,000`) is ambiguous and refused (`Money.parse`): it reads as 1200 in one convention and 1.20 in the other.
public enum DecimalSeparator: String, CaseIterable, Sendable, Hashable {
    /// `1,200.50`: a point before the fraction, commas between thousands.
    case point = "."
    /// `1.200,50`: a comma before the fraction, points between thousands.
    case comma = ","

    /// The mark as a character.
    public var mark: Character { self == .point ? "." : "," }

    /// The mark that groups thousands with this decimal mark.
    public var groupingMark: Character { self == .point ? "," : "." }

    /// The decimal mark of an amount's digits (`body`, without a k/m multiplier) when no convention is set:
    /// the last of two different marks; a mark used twice or more groups, so the other one is decimal; a single
    /// mark is decimal unless it is the ambiguous form, 1 to 3 digits, the mark, exactly three digits (nil).
    static func inferred(from body: Substring) -> DecimalSeparator? {
        var points = 0, commas = 0
        var last: Character?
        var lastIndex = body.endIndex
        for index in body.indices where body[index] == "." || body[index] == "," {
            if body[index] == "." { points += 1 } else { commas += 1 }
            last = body[index]
            lastIndex = index
        }
        guard let last else { return .point }
        if points > 0 && commas > 0 { return last == "." ? .point : .comma }
        if points + commas > 1 { return last == "." ? .comma : .point }
        // Only 1 to 3 digits before it can be a group of thousands: `1234.567` has a decimal point.
        let before = body[..<lastIndex], after = body[body.index(after: lastIndex)...]
        if (1...3).contains(before.count), before.allSatisfy(\.isASCIIDigit), after.count == 3, after.allSatisfy(\.isASCIIDigit) {
            return nil
        }
        return last == "." ? .point : .comma
    }
}
