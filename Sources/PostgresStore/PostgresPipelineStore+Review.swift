import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Stalled deals and the daily review

extension PostgresPipelineStore {
    /// Open deals that are stalled at `now`, most idle first (then by id); the domain's `StallRule` has the final word.
    public func stalledDeals(pipelineID: Int64? = nil, now: Date, timeZone: TimeZone) throws -> [Deal] {
        try read { session in
            var stages: [Int64: Stage] = [:]
            for pipeline in try Self.fetchPipelines(session) { for stage in pipeline.stages { stages[stage.id] = stage } }
            var statement = ServerSQL()
            let nowSeconds = statement.bind(Timestamp.seconds(now))
            statement.append("SELECT deal.* FROM deal WHERE id IN (\(Self.stalledCandidateIDs(now: nowSeconds)))")
            if let pipelineID { statement.append(" AND pipeline_id = \(statement.bind(pipelineID))") }
            let deals = try session.namedRows(statement.query).map(Deal.init(serverRow:))
            let local = LocalNow(now, in: timeZone)
            return deals
                .filter { deal in stages[deal.stageID].map { StallRule(stage: $0).isStalled(deal, at: local) } ?? false }
                .sorted { lhs, rhs in
                    let left = StallRule.idleDays(lhs, now: now)
                    let right = StallRule.idleDays(rhs, now: now)
                    return left != right ? left > right : lhs.id < rhs.id
                }
        }
    }

    /// How many open deals are stalled in each stage of a pipeline (stages with none are left out): lane headers.
    ///
    /// The days before the cutoff's day come from `stage_idle_day` (kept by a trigger), the cutoff's own day
    /// from the idle-since index, so the cost does not grow with the stalled deals.
    /// With `mine`, the stalled deals among `mine`'s, counted over the owner index (`MineScope`).
    public func stalledCounts(pipelineID: Int64, mine: Salesperson?, now: Date, timeZone: TimeZone) throws -> [Int64: Int] {
        try read { session in
            if let mine {
                let summaries = try Self.matchedSummaries(
                    session, pipeline: try Self.fetchPipeline(session, id: pipelineID), text: nil,
                    stalledAt: StallCheck(now: now, timeZone: timeZone), mine: try MineScope(session, mine: mine))
                return Dictionary(uniqueKeysWithValues: summaries.filter { $0.dealCount > 0 }.map { ($0.stageID, $0.dealCount) })
            }
            let nowSeconds = Timestamp.seconds(now)
            let today = CalendarDay(now, in: timeZone).description
            let cutoffDay = "(floor($1::bigint / 86400.0)::bigint - (stage.stall_days + 1))"
            var bindings = PostgresBindings()
            bindings.append(nowSeconds)
            bindings.append(pipelineID)
            bindings.append(today)
            let rows = try session.namedRows(PostgresQuery(unsafeSQL: """
                SELECT stage.id AS stage_id,
                    (SELECT coalesce(sum(deals), 0)::bigint FROM stage_idle_day
                     WHERE stage_idle_day.stage_id = stage.id AND stage_idle_day.idle_day < \(cutoffDay)
                       AND stage_idle_day.snoozed_until <= $3)
                  + (SELECT count(*) FROM deal
                     WHERE deal.stage_id = stage.id AND deal.status = 'open'
                       AND greatest(deal.stage_entered_at, coalesce(deal.last_done_at, 0))
                           BETWEEN \(cutoffDay) * 86400 AND $1::bigint - (stage.stall_days + 1) * 86400
                       AND (deal.snoozed_until IS NULL OR deal.snoozed_until <= $3)) AS stalled
                FROM stage
                WHERE stage.pipeline_id = $2 AND stage.stall_days > 0
                """, binds: bindings))
            var counts: [Int64: Int] = [:]
            for row in rows {
                let stalled: Int = try row["stalled"]
                if stalled > 0 { counts[try row["stage_id"]] = stalled }
            }
            return counts
        }
    }

    /// Ids of open deals idle past their stage's threshold at `now` (a placeholder of the statement).
    static func stalledCandidateIDs(now: String) -> String {
        """
        SELECT deal.id FROM stage JOIN deal ON deal.stage_id = stage.id
        WHERE stage.stall_days > 0 AND deal.status = 'open'
          AND greatest(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) <= \(now)::bigint - (stage.stall_days + 1) * 86400
        """
    }

    /// Today's review: what still needs a decision, and what was decided already today.
    public func reviewQueue(now: Date, timeZone: TimeZone, mine: Salesperson?) throws -> ReviewQueue {
        try read { session in
            let today = CalendarDay(now, in: timeZone)
            var cycle: SalesCycle?
            if SalesCycle.isSweepDay(today) { cycle = try Self.fetchSalesCycle(session) }
            let review = DailyReview(now: now, timeZone: timeZone, parkAfterDays: cycle?.parkAfterDays)
            var candidates = try Self.reviewCandidates(session, review: review)
            if let mine { candidates = candidates.filter(mine.owns) }
            let pipelines = try Self.fetchPipelines(session)
            var progress = try session.namedRows("""
                SELECT review_progress.deal_id, review_progress.decision, review_progress.deal_version, deal.owner
                FROM review_progress LEFT JOIN deal ON deal.id = review_progress.deal_id
                WHERE review_progress.day = \(today.description) ORDER BY review_progress.at, review_progress.seq
                """)
            if let mine { progress = try progress.filter { mine.owns(owner: try $0["owner"]) } }
            var handledVersion: [Int64: Int] = [:]
            for row in progress { handledVersion[try row["deal_id"]] = try row["deal_version"] }
            let remaining = review.queue(deals: candidates, pipelines: pipelines).filter { item in
                handledVersion[item.deal.id] != item.deal.version
            }
            // A deal that changed after its decision and needs attention again counts once: as remaining.
            let back = Set(remaining.map(\.deal.id))
            let handled = try progress
                .filter { !back.contains(try $0["deal_id"]) }
                .map { ReviewDecision(rawValue: try $0["decision"]) ?? .skipped }
            return ReviewQueue(day: today, remaining: remaining, handled: handled, salesCycle: cycle)
        }
    }

    /// Records that a review item was skipped today; with `expectedVersion`, refused as `StaleWrite.reviewSets`
    /// says when the deal changed since.
    @discardableResult
    public func skipReviewItem(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int? = nil) throws -> DealRevision {
        try revisedWrite(dealID: dealID) { session in
            let deal = try Self.fetchDeal(session, id: dealID, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.reviewSets)
            try recordReviewMark(session, dealID: dealID, mark: mark, now: now)
        }.revision
    }

    /// Moves a deal from the review to the next stage of its pipeline and records the decision; with
    /// `expectedVersion`, refused as `StaleWrite.advanceFromReviewSets` says when the deal changed since.
    @discardableResult
    public func advanceFromReview(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        try revisedWrite(dealID: dealID) { session in
            let deal = try Self.fetchDeal(session, id: dealID, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.advanceFromReviewSets)
            guard deal.status == .open else { throw PipelineError.refused(ErrorText.dealNotOpen(id: dealID, status: deal.status.rawValue).string) }
            let pipeline = try Self.fetchPipeline(session, id: deal.pipelineID)
            guard let next = pipeline.stage(after: deal.stageID) else {
                throw PipelineError.refused(ErrorText.dealInLastStage(id: dealID, pipeline: pipeline.name).string)
            }
            let change = try Self.applyMove(session, dealID: dealID, to: next, pipeline: pipeline, kind: .moved, now: now, expectedVersion: nil)
            try recordReviewMark(session, dealID: dealID, mark: mark, now: now)
            return change
        }
    }

    /// Marks a deal lost from the review, with its reason, and records the decision; with `expectedVersion`,
    /// refused as `StaleWrite.lostFromReviewSets` says when the deal changed since.
    @discardableResult
    public func markLostFromReview(
        dealID: Int64, reason rawReason: String, mark: ReviewMark, now: Date, expectedVersion: Int? = nil
    ) throws -> Revised<StageChange> {
        let reason = try DealTextField.validLostReason(rawReason, ifEmpty: .lostReasonEmptyOnBoard)
        return try revisedWrite(dealID: dealID) { session in
            let deal = try Self.fetchDeal(session, id: dealID, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.lostFromReviewSets)
            let change = try Self.applyClose(session, id: dealID, as: .lost, reason: reason, now: now, expectedVersion: nil)
            try recordReviewMark(session, dealID: dealID, mark: mark, now: now)
            return change
        }
    }

    /// The usual sales cycle from won deals, or the configured park-after days when history is thin.
    public func salesCycle() throws -> SalesCycle {
        try read { session in try Self.fetchSalesCycle(session) }
    }

    /// Days an open deal may stay open before the weekly sweep suggests parking it, when history is thin.
    public func parkAfterDays() throws -> Int {
        try read { session in try Self.fetchParkAfterDays(session) }
    }

    public func setParkAfterDays(_ days: Int) throws {
        try write { session in
            try session.execute("""
                INSERT INTO setting (key, value) VALUES ('park_after_days', \(String(days)))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """)
        }
    }

    // MARK: - Inside a transaction

    /// Open deals that may need attention today: a superset the domain's `DailyReview` narrows down, each
    /// branch an indexed lookup.
    static func reviewCandidates(_ session: ServerSession, review: DailyReview) throws -> [Deal] {
        let now = Timestamp.seconds(review.now)
        let today = review.today
        var statement = ServerSQL()
        let nowValue = statement.bind(now)
        let tomorrow = statement.bind(today.adding(days: 1).description)
        let hotSince = statement.bind(now - Int64(review.hotContactDays) * 86_400)
        let todayValue = statement.bind(today.description)
        var branches = [
            "SELECT id FROM deal WHERE status = 'open' AND next_due < \(tomorrow)",
            "SELECT id FROM deal WHERE status = 'open' AND next_due IS NULL AND pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'sales')",
            stalledCandidateIDs(now: nowValue),
            "SELECT id FROM deal WHERE status = 'open' AND temperature = 'hot' AND greatest(created_at, coalesce(last_contact_at, 0)) <= \(hotSince)",
            "SELECT id FROM deal WHERE status = 'open' AND expected_close < \(todayValue)",
            "SELECT id FROM deal WHERE status = 'open' AND revisit_on IS NOT NULL AND revisit_on <= \(todayValue)",
        ]
        if let parkAfterDays = review.parkAfterDays {
            branches.append("SELECT id FROM deal WHERE status = 'open' AND created_at <= \(statement.bind(now - Int64(parkAfterDays + 1) * 86_400))")
        }
        statement.append("SELECT deal.* FROM deal WHERE id IN (\(branches.joined(separator: " UNION ")))")
        return try session.namedRows(statement.query).map(Deal.init(serverRow:))
    }

    static func fetchParkAfterDays(_ session: ServerSession) throws -> Int {
        let text = try session.value("SELECT value FROM setting WHERE key = 'park_after_days'", as: String.self)
        return text.flatMap(Int.init) ?? SalesCycle.defaultParkAfterDays
    }

    static func fetchSalesCycle(_ session: ServerSession) throws -> SalesCycle {
        let days = try session.rows("""
            SELECT (closed_at - created_at) / 86400 FROM deal
            WHERE status = 'won' AND closed_at IS NOT NULL
              AND pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'sales')
            """).map { Int(max(0, try $0.decode(Int64.self))) }
        return SalesCycle(wonCycleDays: days, configuredDays: try fetchParkAfterDays(session))
    }
}
