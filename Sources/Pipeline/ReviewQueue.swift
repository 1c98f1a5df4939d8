import Wording

/// Today's review as the user works through it: what is left, and what was already decided today.
public struct ReviewQueue: Hashable, Sendable {
    public var day: CalendarDay
    /// Items still to handle, in review order.
    public var remaining: [ReviewItem]
    /// Decisions taken today, oldest first.
    public var handled: [ReviewDecision]
    /// The sales cycle behind today's park suggestions, when today is the weekly sweep day.
    public var salesCycle: SalesCycle?

    public init(day: CalendarDay, remaining: [ReviewItem], handled: [ReviewDecision], salesCycle: SalesCycle? = nil) {
        self.day = day
        self.remaining = remaining
        self.handled = handled
        self.salesCycle = salesCycle
    }

    /// Items in today's review: handled plus remaining.
    public var total: Int { handled.count + remaining.count }

    /// `4/17`: the position of the next item among all of today's items.
    public var progressText: String {
        guard !remaining.isEmpty else { return "\(total)/\(total)" }
        return "\(handled.count + 1)/\(total)"
    }

    /// "2 contacts logged, 1 snoozed": today's decisions counted, in a fixed order.
    /// Today's decisions counted, in a language.
    public func summary(in language: Language) -> String {
        var parts: [String] = []
        for decision in ReviewDecision.allCases {
            let count = handled.filter { $0 == decision }.count
            if count > 0 { parts.append(Text.reviewHandled(count: count, decision: decision.summaryName.rendered(in: language)).rendered(in: language)) }
        }
        return parts.isEmpty ? Text.reviewNothingHandled.rendered(in: language) : parts.joined(separator: language == .english ? ", " : "，")
    }
}
