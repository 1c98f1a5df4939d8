import Foundation
import FunnelStore
import Pipeline
import Testing

/// Never overwrite each other (issue 18) for the follow-up writes: a snooze, a park, bringing a deal back and
/// the review's decisions, made from the version of the deal the user saw, are refused naming who changed what
/// when someone moved the deal since, and nothing of them is saved; after someone else's change to a field they
/// do not rest on, they land. A stale write to an activity names who changed it. On every engine.
@Suite struct FollowUpConflictConformanceTests {
    typealias TwoSalespeople = TeamConflictConformanceTests.TwoSalespeople

    /// One follow-up write, as 陈静 makes it from the version `seen` of the deal.
    struct Decision: CustomStringConvertible, Sendable {
        let description: String
        /// True when it needs the deal parked first (bringing it back).
        let needsParked: Bool
        let write: @Sendable (_ store: any PipelineStore, _ seen: Deal, _ now: Date) throws -> Void
    }

    static let utc = TimeZone(identifier: "UTC")!

    static func mark(_ now: Date, _ decision: ReviewDecision) -> ReviewMark {
        ReviewMark(day: CalendarDay(now, in: utc), reason: .stalled, decision: decision)
    }

    static let decisions: [Decision] = [
        Decision(description: "snooze", needsParked: false) { store, seen, now in
            try store.snooze(
                dealID: seen.id, until: CalendarDay(now, in: utc).adding(days: 7), reason: nil, now: now,
                expectedVersion: seen.version, review: mark(now, .snoozed))
        },
        Decision(description: "park", needsParked: false) { store, seen, now in
            try store.park(
                dealID: seen.id, until: nil, stage: nil, now: now, expectedVersion: seen.version, review: mark(now, .parked))
        },
        Decision(description: "unpark", needsParked: true) { store, seen, now in
            try store.unpark(dealID: seen.id, stage: nil, now: now, expectedVersion: seen.version)
        },
        Decision(description: "review skip", needsParked: false) { store, seen, now in
            try store.skipReviewItem(dealID: seen.id, mark: mark(now, .skipped), now: now, expectedVersion: seen.version)
        },
        Decision(description: "review advance", needsParked: false) { store, seen, now in
            try store.advanceFromReview(dealID: seen.id, mark: mark(now, .advanced), now: now, expectedVersion: seen.version)
        },
        Decision(description: "review lost", needsParked: false) { store, seen, now in
            try store.markLostFromReview(
                dealID: seen.id, reason: "no budget", mark: mark(now, .markedLost), now: now, expectedVersion: seen.version)
        },
    ]

    static let cases: [(StoreEngineUnderTest, Decision)] = StoreEngineUnderTest.all.flatMap { engine in
        decisions.map { (engine, $0) }
    }

    /// The refusal a write to a deal or an activity threw, with who changed what; nil when it went through, failed
    /// otherwise or named nobody.
    func refusal(_ write: () throws -> Void) -> StaleWrite? {
        do {
            try write()
            return nil
        } catch StoreError.changedElsewhere(_, let stale), StoreError.activityChangedElsewhere(_, let stale) {
            return stale
        } catch {
            Issue.record("refused otherwise: \(error)")
            return nil
        }
    }

    /// Two salespeople and the deal both have seen; parked first (by a third store) when the write needs it.
    func team(_ engine: StoreEngineUnderTest, for decision: Decision) throws -> (TwoSalespeople, seen: Deal) {
        let team = try TwoSalespeople(engine)
        guard decision.needsParked else { return (team, team.seen) }
        try team.fresh.store.park(dealID: team.seen.id, until: nil, now: team.fresh.now)
        return (team, try team.chen.deal(id: team.seen.id))
    }

    /// Today's review decisions on record, remaining or handled.
    func decisionsToday(_ team: TwoSalespeople) throws -> Int {
        let queue = try team.fresh.store.reviewQueue(now: team.fresh.now, timeZone: Self.utc)
        return queue.handled.count
    }

    @Test(arguments: cases)
    func aDecisionFromAnOldVersionAfterSomeoneElsesMoveIsRefusedNamingTheMover(
        engine: StoreEngineUnderTest, decision: Decision
    ) throws {
        let (team, seen) = try team(engine, for: decision)
        defer { team.close() }
        let moved = team.fresh.now.addingTimeInterval(60)
        // Li Wei moves the deal on (in the Revisit pipeline: brings it back); 陈静's screen still shows it before.
        let target: String
        if decision.needsParked {
            target = try team.li.unpark(dealID: seen.id, stage: nil, now: moved, expectedVersion: seen.version).value.toStageName
        } else {
            let stage = team.pipeline.stages[1]
            try team.li.moveDeal(id: seen.id, toStageID: stage.id, now: moved, expectedVersion: seen.version, lanePosition: nil)
            target = stage.name
        }
        let before = try team.now()
        let decisionsBefore = try decisionsToday(team)
        let stale = try #require(refusal { try decision.write(team.chen, seen, moved) }, "\(decision) went through")
        #expect(stale.change?.by == "Li Wei")
        #expect(stale.change?.kind == (decision.needsParked ? .unparked : .moved))
        let verb = decision.needsParked ? "brought it back to" : "moved it to"
        #expect(stale.sentence(now: moved.addingTimeInterval(120), in: .english) == "Li Wei \(verb) \(target) 2 min ago; nothing saved")
        #expect(try team.now() == before, "nothing of the refused \(decision) is saved")
        #expect(try team.fresh.store.dealChanges(dealID: seen.id, afterVersion: before.version).isEmpty)
        #expect(try decisionsToday(team) == decisionsBefore, "no review decision recorded")
    }

    @Test(arguments: cases)
    func aDecisionFromAnOldVersionAfterSomeoneElsesNotesEditLandsAndKeepsTheNotes(
        engine: StoreEngineUnderTest, decision: Decision
    ) throws {
        let (team, seen) = try team(engine, for: decision)
        defer { team.close() }
        try team.li.editDeal(id: seen.id, now: team.fresh.now, expectedVersion: seen.version, moveTo: nil) { $0.notes = "budget in Q1" }
        try decision.write(team.chen, seen, team.fresh.now)
        let final = try team.now()
        #expect(final.notes == "budget in Q1", "Li Wei's notes stay")
        let log = try team.fresh.store.dealChanges(dealID: seen.id, afterVersion: seen.version)
        #expect(log.first?.by == "Li Wei")
        // Every decision but a skip changes the deal; a skip is recorded at the deal's version.
        if decision.description != "review skip" {
            #expect(log.count == 2, "\(log)")
            #expect(log.last?.by == "陈静")
        }
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aSnoozeFromAnOldVersionAfterSomeoneElsesSnoozeIsRefused(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        let today = CalendarDay(team.fresh.now, in: Self.utc)
        try team.li.snooze(
            dealID: team.seen.id, until: today.adding(days: 3), reason: nil, now: team.fresh.now, expectedVersion: team.seen.version,
            review: nil)
        let stale = try #require(refusal {
            try team.chen.snooze(
                dealID: team.seen.id, until: today.adding(days: 14), reason: nil, now: team.fresh.now,
                expectedVersion: team.seen.version, review: nil)
        })
        #expect(stale.change?.by == "Li Wei")
        #expect(stale.change?.fields == [.snooze])
        #expect(try team.now().snoozedUntil == today.adding(days: 3))
    }

    // MARK: - Activities

    @Test(arguments: StoreEngineUnderTest.all)
    func aStaleActivityWriteNamesWhoChangedTheActivity(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        let now = team.fresh.now
        let seen = try team.chen.addActivity(
            Activity(dealID: team.seen.id, kind: .call, subject: "Call Ann", due: ActivityDue(stored: "2026-12-02"), createdAt: now),
            review: nil, now: now).value
        // Li Wei reschedules it; 陈静's pane still shows the old due day.
        try team.li.editActivity(id: seen.id, ActivityEdit(due: ActivityDue(stored: "2026-12-04")), now: now, expected: seen)
        let current = try team.fresh.store.activity(id: seen.id)
        let writes: [(String, () throws -> Void)] = [
            ("edit", { try team.chen.editActivity(id: seen.id, ActivityEdit(subject: "Call Ann back"), now: now, expected: seen) }),
            ("complete", { try team.chen.completeActivity(id: seen.id, now: now, review: nil, expected: seen) }),
            ("delete", { try team.chen.deleteActivity(id: seen.id, now: now, expected: seen) }),
        ]
        for (name, write) in writes {
            let stale = try #require(refusal(write), "\(name) went through or named nobody")
            let change = try #require(stale.change)
            #expect(change.by == "Li Wei")
            #expect(change.kind == .activityChanged)
            #expect(change.activitySubject == "Call Ann")
            let said = StoreError.activityChangedElsewhere(activityID: seen.id, stale: stale)
            #expect(said.sentence(now: change.at.addingTimeInterval(120), in: .english) == "Li Wei changed its activity 'Call Ann' 2 min ago; nothing saved")
            #expect(said.sentence(now: change.at.addingTimeInterval(120), in: .simplifiedChinese) == "Li Wei 2 分钟前修改了它的活动“Call Ann”；未保存任何内容")
            #expect(try team.fresh.store.activity(id: seen.id) == current, "\(name): nothing saved")
        }
    }

    @Test(arguments: StoreEngineUnderTest.all)
    func aStaleActivityWriteAfterSomeoneClosedTheDealNamesTheClose(engine: StoreEngineUnderTest) throws {
        let team = try TwoSalespeople(engine)
        defer { team.close() }
        let now = team.fresh.now
        let seen = try team.chen.addActivity(
            Activity(dealID: team.seen.id, kind: .call, subject: "Call Ann", due: ActivityDue(stored: "2026-12-02"), createdAt: now),
            review: nil, now: now).value
        // Li Wei wins the deal, which cancels its planned call.
        let won = now.addingTimeInterval(60)
        try team.li.markWon(id: team.seen.id, now: won, expectedVersion: nil)
        let stale = try #require(refusal {
            try team.chen.completeActivity(id: seen.id, now: won, review: nil, expected: seen)
        })
        #expect(stale.change?.by == "Li Wei")
        #expect(stale.change?.kind == .won)
        #expect(StoreError.activityChangedElsewhere(activityID: seen.id, stale: stale).sentence(now: won.addingTimeInterval(180), in: .english)
            == "Li Wei marked it won 3 min ago; nothing saved")
        #expect(try team.fresh.store.activity(id: seen.id).isCancelled)
    }
}
