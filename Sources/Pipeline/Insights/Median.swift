/// Medians of whole numbers: the middle value, or the mean of the middle two for an even count.
public enum Median {
    /// The median of `values` (any order); nil when empty.
    public static func of(_ values: [Int64]) -> Double? {
        var sorted = values
        sorted.sort()
        return ofSorted(sorted)
    }

    /// The median of values already in ascending order; nil when empty.
    public static func ofSorted(_ sorted: [Int64]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[middle]) }
        return (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }

    /// The median amount of minor units, rounded half up to a whole minor unit (money stays integer).
    public static func ofSortedMinorUnits(_ sorted: [Int64]) -> Int64? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle] + 1) / 2
    }
}
