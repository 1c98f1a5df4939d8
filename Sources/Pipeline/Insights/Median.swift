/// Medians of whole numbers: the middle value, or the mean of the middle two for an even count.
public enum Median {
    /// The median of `values` (any order); nil when empty.
    ///
    /// Selects the middle values in linear time instead of sorting: a report takes the median
    /// of millions of stays.
    public static func of(_ values: [Int64]) -> Double? {
        guard !values.isEmpty else { return nil }
        var work = values
        let middle = work.count / 2
        let upper = select(&work, rank: middle)
        if work.count % 2 == 1 { return Double(upper) }
        // After selection everything below `middle` is at most `upper`: the lower middle is their maximum.
        let lower = work[..<middle].max()!
        return (Double(lower) + Double(upper)) / 2
    }

    /// Reorders `values` so the element of rank `k` (0-based, ascending) sits at index `k` with
    /// no larger element before it and no smaller after it; returns it. Hoare's quickselect.
    static func select(_ values: inout [Int64], rank k: Int) -> Int64 {
        var low = 0
        var high = values.count - 1
        while low < high {
            let pivot = values[low + (high - low) / 2]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return values[k]
            }
        }
        return values[k]
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
        // Halves apart: the two sums of a row edited by hand could pass 64 bits together.
        let (low, high) = (sorted[middle - 1], sorted[middle])
        return low / 2 + high / 2 + (low % 2 + high % 2 + 1) / 2
    }
}
