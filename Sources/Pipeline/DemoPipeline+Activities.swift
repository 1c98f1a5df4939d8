extension DemoPipeline {
    /// Shares of open deals, in percent, that a demo draws as a team that follows its deals up: the
    /// few left to stall (when their stage's threshold allows it), and among the others those whose
    /// next step is overdue, due today, or missing; the rest have a step in the coming days.
    enum FollowUpShare {
        static let stalled = 22
        static let overdue = 6
        static let dueToday = 9
        static let noNextStep = 4
        /// Of the past-expected-close deals, the share left so; the others were re-planned ahead.
        static let pastExpectedClose = 15
    }

    /// A team's recent activity on a deal that is not stalled: its last call or meeting at most this many days ago,
    /// under every default stall threshold and the review's hot-lead contact rule (7 days).
    static let recentDays: Int64 = 6

    /// Draws deal `number`'s activities into `choices` (after its other choices), from a stream of its own.
    ///
    /// Its own stream (the seed and the deal's number) leaves every draw of the deal as it was before demos
    /// had activities. A closed deal gets one to three done activities up to its close; an open one two to
    /// four up to now and, most often, one planned next step. An open deal drawn to stall (when its
    /// stage's threshold lets it: entered long enough ago) had its last activity before the threshold,
    /// and half of those have no next step, half an overdue one. An open deal whose expected close has
    /// passed mostly has it re-planned into the coming weeks, as a team doing its review would.
    func drawActivities(into choices: inout DemoDealChoices) {
        var random = SeededRandom(seed: seed ^ (UInt64(choices.number) &* 0xD1B5_4A32_D192_ED03))
        choices.activities.removeAll(keepingCapacity: true)
        let day: Int64 = 86_400
        let nowSeconds = Timestamp.seconds(now)
        let created = choices.createdAt
        let subjects = texts.activitySubjects.count
        // The latest done activity, and the next step's due day as days from today (nil: none).
        let lastDone: Int64
        var dueIn: Int?
        if let closedAt = choices.closedAt {
            lastDone = Swift.max(created, closedAt - Int64(random.next(upTo: 3 * 86_400)))
        } else {
            let threshold = Int64(stages[choices.stageIndex].stallDays)
            let canStall = threshold > 0 && nowSeconds - choices.stageEnteredAt > (threshold + 2) * day
            if canStall && random.next(upTo: 100) < FollowUpShare.stalled {
                // Idle beyond the threshold: the last activity between it and three times it ago.
                let latest = nowSeconds - (threshold + 2) * day
                let earliest = Swift.max(created, nowSeconds - 3 * threshold * day)
                lastDone = earliest < latest ? earliest + Int64(random.next(upTo: Int(latest - earliest))) : created
                if random.next(upTo: 2) == 0 {
                    let daysAgo = Int((nowSeconds - lastDone) / day)
                    dueIn = -Swift.max(1, daysAgo - 1 - random.next(upTo: 3))
                }
            } else {
                let earliest = Swift.max(created, nowSeconds - Self.recentDays * day)
                lastDone = earliest + Int64(random.next(upTo: Int(Swift.max(nowSeconds - earliest, 1))))
                let roll = random.next(upTo: 100)
                if roll < FollowUpShare.overdue {
                    dueIn = -1 - random.next(upTo: 3)
                } else if roll < FollowUpShare.overdue + FollowUpShare.dueToday {
                    dueIn = 0
                } else if roll >= FollowUpShare.overdue + FollowUpShare.dueToday + FollowUpShare.noNextStep {
                    dueIn = 1 + random.next(upTo: 10)
                }
            }
            if choices.expectedCloseDay < today.daysSinceEpoch && random.next(upTo: 100) >= FollowUpShare.pastExpectedClose {
                choices.expectedCloseDay = today.daysSinceEpoch + 7 + random.next(upTo: 60)
            }
        }
        // Earlier activities between the deal's creation and the last one, then the last one.
        let earlier = (choices.closedAt == nil ? 1 : 0) + random.next(upTo: 3)
        for _ in 0..<earlier {
            let at = created + Int64(random.next(upTo: Int(Swift.max(lastDone - created, 1))))
            choices.activities.append(DemoDealChoices.ActivityChoice(
                subject: random.next(upTo: subjects), doneAt: Swift.min(at, lastDone), dueDay: nil, createdAt: Swift.min(at, lastDone)))
        }
        choices.activities.sort { ($0.doneAt ?? 0) < ($1.doneAt ?? 0) }
        choices.activities.append(DemoDealChoices.ActivityChoice(
            subject: random.next(upTo: subjects), doneAt: lastDone, dueDay: nil, createdAt: lastDone))
        if let dueIn {
            // Planned at the last activity, or earlier for a step that fell due since (never before the deal).
            let dueDay = today.daysSinceEpoch + dueIn
            let plannedAt = Swift.min(lastDone, Swift.max(created, Int64(dueDay - 2) * day))
            choices.activities.append(DemoDealChoices.ActivityChoice(
                subject: random.next(upTo: subjects), doneAt: nil, dueDay: dueDay, createdAt: plannedAt))
        }
    }
}
