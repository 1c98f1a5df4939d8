import Foundation

/// One measured figure of the suite: its samples, its target, and whether it met it.
struct BenchmarkFigure {
    var name: String
    var size: String
    /// Samples in the figure's unit (milliseconds, megabytes, kilobytes).
    var samples: [Double]
    var unit: String
    /// The target the median must meet (and, for `p99Target`, the 99th percentile).
    var target: Double?
    var p99Target: Double?
    /// The target of the 95th percentile, for a figure judged by it (a board showing a change).
    var p95Target: Double? = nil
    /// Why the figure could not be measured, when it could not.
    var skipped: String?

    var median: Double { percentile(50) }
    var minimum: Double { samples.min() ?? .nan }
    var maximum: Double { samples.max() ?? .nan }
    var p99: Double { percentile(99) }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let rank = p / 100 * Double(sorted.count - 1)
        let low = Int(rank.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low))
    }

    var passed: Bool? {
        guard skipped == nil, target != nil || p95Target != nil else { return nil }
        if let target, median > target { return false }
        if let p99Target, p99 > p99Target { return false }
        if let p95Target, percentile(95) > p95Target { return false }
        return true
    }

    var targetText: String {
        if target == nil, let p95Target { return "p95 ≤ \(BenchmarkFigure.format(p95Target)) \(unit)" }
        guard let target else { return "—" }
        var text = "≤ \(BenchmarkFigure.format(target)) \(unit)"
        if let p99Target { text += ", p99 ≤ \(BenchmarkFigure.format(p99Target))" }
        if let p95Target { text += ", p95 ≤ \(BenchmarkFigure.format(p95Target))" }
        return text
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    /// The figure as a JSON object.
    var json: [String: Any] {
        var object: [String: Any] = ["figure": name, "size": size, "unit": unit, "samples": samples.count]
        if let skipped {
            object["skipped"] = skipped
            return object
        }
        object["median"] = median
        object["min"] = minimum
        object["max"] = maximum
        object["p99"] = p99
        object["p95"] = percentile(95)
        if let target { object["target"] = target }
        if let p99Target { object["p99_target"] = p99Target }
        if let p95Target { object["p95_target"] = p95Target }
        if let passed { object["passed"] = passed }
        return object
    }
}
