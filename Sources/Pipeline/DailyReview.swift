import Foundation

/// Builds the morning's review queue: every deal that needs attention today, once, most urgent first.
///
/// A deal is listed under its most urgent reason; within a reason, larger deals come first.
/// Values in different currencies are never compared: the currency with the most items in the
/// queue comes first, the others follow by currency code.
public struct DailyReview: Sendable {
    public var now: Date
    public var timeZone: TimeZone
    /// A hot lead needs a contact at least this often.
    public var hotContactDays: Int
    /// Set on the weekly sweep day: open sales deals older than this are suggested for parking.
    public var parkAfterDays: Int?

    public init(now: Date, timeZone: TimeZone, hotContactDays: Int = 7, parkAfterDays: Int? = nil) {
        self.now = now
        self.timeZone = timeZone
        self.hotContactDays = hotContactDays
        self.parkAfterDays = parkAfterDays
    }

    public var today: CalendarDay { CalendarDay(now, in: timeZone) }

    /// Every reason a deal needs attention today, most urgent first; empty when it needs none.
    ///
    /// Won and lost deals need none. A deal parked in Revisit only comes up for its own planned
    /// activities and when its revisit day has come. A snoozed deal only comes up for its planned
    /// activities: the snooze silences the rest until its day.
    public func reasons(for deal: Deal, stage: Stage?, pipelineKind: Pipeline.Kind) -> [ReviewReason] {
        reasons(for: deal, stage: stage, pipelineKind: pipelineKind, at: LocalNow(now, in: timeZone))
    }

    /// The reasons at `now` read once in the time zone (`queue` reads it once for every deal).
    func reasons(for deal: Deal, stage: Stage?, pipelineKind: Pipeline.Kind, at local: LocalNow) -> [ReviewReason] {
        guard deal.status == .open else { return [] }
        let today = local.today
        var reasons: [ReviewReason] = []
        switch deal.nextActivityState(at: local) {
        case .overdue: reasons.append(.overdueActivity)
        case .dueToday: reasons.append(.activityDueToday)
        case .upcoming, .none: break
        }
        if pipelineKind == .revisit {
            if let revisitOn = deal.revisitOn, revisitOn <= today { reasons.append(.revisitDue) }
            return reasons
        }
        if deal.isSnoozed(today: today) { return reasons }
        if let stage, StallRule(stage: stage).isStalled(deal, at: local) { reasons.append(.stalled) }
        if deal.nextActivityDue == nil { reasons.append(.noNextStep) }
        if deal.temperature == .hot, hotLeadLacksContact(deal) { reasons.append(.hotLeadNoContact) }
        if let close = deal.expectedClose, close < today { reasons.append(.pastExpectedClose) }
        if let parkAfterDays, CalendarDay.wholeDays(from: deal.createdAt, to: now) > parkAfterDays {
            reasons.append(.parkSuggested)
        }
        return reasons
    }

    /// True when a hot lead has had no contact for `hotContactDays` (counted from its creation when never contacted).
    public func hotLeadLacksContact(_ deal: Deal) -> Bool {
        let since = max(deal.lastContactAt ?? deal.createdAt, deal.createdAt)
        return CalendarDay.wholeDays(from: since, to: now) >= hotContactDays
    }

    /// The queue for today from candidate deals (any superset of the deals that need attention).
    public func queue(deals: [Deal], pipelines: [Pipeline]) -> [ReviewItem] {
        var stages: [Int64: Stage] = [:]
        var kinds: [Int64: Pipeline.Kind] = [:]
        for pipeline in pipelines {
            kinds[pipeline.id] = pipeline.kind
            for stage in pipeline.stages { stages[stage.id] = stage }
        }
        let local = LocalNow(now, in: timeZone)
        var seen = Set<Int64>()
        var items: [ReviewItem] = []
        for deal in deals where seen.insert(deal.id).inserted {
            let stage = stages[deal.stageID]
            let reasons = self.reasons(for: deal, stage: stage, pipelineKind: kinds[deal.pipelineID] ?? .sales, at: local)
            guard let first = reasons.first else { continue }
            let stalled = stage.map { StallRule(stage: $0).isStalled(deal, at: local) } ?? false
            items.append(ReviewItem(
                deal: deal, reason: first, allReasons: reasons,
                idleDays: StallRule.idleDays(deal, now: now), stalled: stalled))
        }
        return DailyReview.ordered(items)
    }

    /// Most urgent reason first; then by value, larger first, the queue's most common currency first.
    public static func ordered(_ items: [ReviewItem]) -> [ReviewItem] {
        var countByCurrency: [String: Int] = [:]
        for item in items { countByCurrency[item.deal.value.currency.code, default: 0] += 1 }
        return items.sorted { lhs, rhs in
            if lhs.reason != rhs.reason { return lhs.reason < rhs.reason }
            let left = lhs.deal.value.currency.code
            let right = rhs.deal.value.currency.code
            if left != right {
                let leftCount = countByCurrency[left] ?? 0
                let rightCount = countByCurrency[right] ?? 0
                return leftCount != rightCount ? leftCount > rightCount : left < right
            }
            if lhs.deal.value.minorUnits != rhs.deal.value.minorUnits {
                return lhs.deal.value.minorUnits > rhs.deal.value.minorUnits
            }
            return lhs.deal.id < rhs.deal.id
        }
    }
}
