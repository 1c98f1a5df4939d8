/// A share of deals (`part` of `whole`), known only when enough deals stand behind it.
///
/// Rates drawn from fewer than `minimumDeals` deals say more about luck than about the
/// pipeline, so they read as "too little history" (nil) instead of 0% or NaN.
public struct DealShare: Hashable, Sendable {
    /// Deals behind a rate below which the rate is not reported.
    public static let minimumDeals = 5

    public var part: Int
    public var whole: Int

    public init(part: Int, whole: Int) {
        self.part = part
        self.whole = whole
    }

    /// True when there are too few deals for the share to mean anything.
    public var isTooLittleHistory: Bool { whole < DealShare.minimumDeals }

    /// The share from 0 to 1, or nil when there is too little history.
    public var value: Double? {
        isTooLittleHistory ? nil : Double(part) / Double(whole)
    }

    /// `60%`, `62.5%`, or `too little history`.
    public var percentText: String {
        guard let value else { return "too little history" }
        return DealShare.percent(value)
    }

    /// A fraction as a percent with at most one decimal: `60%`, `62.5%`.
    public static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return "\(Int(tenths / 10))%" }
        return "\(Int(tenths) / 10).\(abs(Int(tenths)) % 10)%"
    }
}
