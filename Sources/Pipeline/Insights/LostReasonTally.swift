/// How often deals were lost for one reason, and how much value went with them.
public struct LostReasonTally: Hashable, Sendable {
    /// The reason as the user gave it; nil for deals lost without one.
    public var reason: String?
    public var deals: Int
    public var value: MoneyTotals

    public init(reason: String?, deals: Int = 0, value: MoneyTotals = MoneyTotals()) {
        self.reason = reason
        self.deals = deals
        self.value = value
    }
}
