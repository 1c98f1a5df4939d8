import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Stalled deals and the daily review

extension SQLitePipelineStore {
    /// Open deals that are stalled at `now`, most idle first (then by id).
    ///
    /// Candidates come from the idle-since index per stage; the domain's `StallRule` has the final word.
    public func stalledDeals(pipelineID: Int64? = nil, now: Date, timeZone: TimeZone) throws -> [Deal] {
        try read { db in
            let pipelines = try Self.fetchPipelines(db)
            var stages: [Int64: Stage] = [:]
            for pipeline in pipelines { for stage in pipeline.stages { stages[stage.id] = stage } }
            var sql = "SELECT deal.* FROM deal WHERE id IN (\(Self.stalledCandidateIDs))"
            var arguments: [any DatabaseValueConvertible] = [Timestamp.seconds(now)]
            if let pipelineID {
                sql += " AND pipeline_id = ?"
                arguments.append(pipelineID)
            }
            let deals = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(Deal.init(row:))
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

    /// Counts and totals of the stalled deals in each stage of a pipeline (matching `text`): lane headers under the `s` filter.
    ///
    /// SQL aggregates with the rule of `StallRule.isStalled`, weighted as `stageSummaries` weights.
    public func stalledSummaries(pipelineID: Int64, text: String?, now: Date, timeZone: TimeZone) throws -> [StageSummary] {
        let check = StallCheck(now: now, timeZone: timeZone)
        return try read { db in
            if let text, !text.isEmpty {
                return try FilteredLanes(db, pipelineID: pipelineID, text: text, stalledAt: check).summaries(pipelineID: pipelineID)
            }
            return try Self.fetchStalledSummaries(db, pipelineID: pipelineID, stalledAt: check)
        }
    }

    /// How many open deals are stalled in each stage of a pipeline (stages with none are left out): lane headers.
    ///
    /// Counted in SQL with the same rule as `StallRule.isStalled` (idle past the threshold, not snoozed today):
    /// the days before the cutoff's day from `stage_idle_day` (a row per stage, idle day and snooze day), the
    /// cutoff's own day from the covering `deal_on_open_idle`, so the cost does not grow with the stalled deals.
    /// With `mine`, the stalled deals among `mine`'s, found through the owner index (`FilterMatches.readMine`).
    public func stalledCounts(pipelineID: Int64, mine: Salesperson?, now: Date, timeZone: TimeZone) throws -> [Int64: Int] {
        try read { db in
            if let mine {
                let matches = try FilterMatches.readMine(
                    db, pipelineID: pipelineID, text: "", mine: mine, stalledAt: StallCheck(now: now, timeZone: timeZone))
                return Dictionary(uniqueKeysWithValues: matches.lanes.filter { !$0.cards.isEmpty }.map { ($0.stageID, $0.cards.count) })
            }
            let rows = try Row.fetchAll(
                db.cachedStatement(sql: Self.stalledCountsQuery),
                arguments: [Timestamp.seconds(now), pipelineID, CalendarDay(now, in: timeZone).description])
            var counts: [Int64: Int] = [:]
            for row in rows {
                let stalled: Int = row["stalled"]
                if stalled > 0 { counts[row["stage_id"]] = stalled }
            }
            return counts
        }
    }

    /// Stalled deals per stage at `?1` (now, in seconds) in pipeline `?2`, with `?3` today for snoozes.
    ///
    /// A deal is stalled when its idle-since moment is at or before the cutoff, now − (threshold + 1) days.
    /// Deals idle since a day before the cutoff's day all are: their counts are summed from `stage_idle_day`.
    /// Those idle since the cutoff's day are counted one by one, from the start of that day to the cutoff.
    static let stalledCountsQuery = """
        SELECT stage.id AS stage_id,
            (SELECT coalesce(sum(deals), 0) FROM stage_idle_day
             WHERE stage_idle_day.stage_id = stage.id AND stage_idle_day.idle_day < \(cutoffDay)
               AND stage_idle_day.snoozed_until <= ?3)
          + (SELECT count(*) FROM deal INDEXED BY deal_on_open_idle
             WHERE deal.stage_id = stage.id AND deal.status = 'open'
               AND \(Schema.idleSince("deal")) BETWEEN \(cutoffDay) * 86400 AND ?1 - (stage.stall_days + 1) * 86400
               AND (deal.snoozed_until IS NULL OR deal.snoozed_until <= ?3)) AS stalled
        FROM stage
        WHERE stage.pipeline_id = ?2 AND stage.stall_days > 0
        """

    /// The UTC day number of the stall cutoff of `stage` at `?1` (now, in seconds): floor division by a day.
    static let cutoffDay = "((?1 - ((?1 % 86400) + 86400) % 86400) / 86400 - (stage.stall_days + 1))"

    /// Ids of open deals idle past their stage's threshold at `?1` (now, in seconds), through the idle-since index.
    ///
    /// CROSS JOIN keeps stages as the outer loop, so each stage is one index range, whatever the table statistics say.
    static let stalledCandidateIDs = """
        SELECT deal.id FROM stage CROSS JOIN deal ON deal.stage_id = stage.id
        WHERE stage.stall_days > 0 AND deal.status = 'open'
          AND max(deal.stage_entered_at, coalesce(deal.last_done_at, 0)) <= ?1 - (stage.stall_days + 1) * 86400
        """

    /// Today's review: what still needs a decision, and what was decided already today.
    ///
    /// An item handled today stays out unless the deal changed since the decision.
    public func reviewQueue(now: Date, timeZone: TimeZone, mine: Salesperson?) throws -> ReviewQueue {
        try read { db in
            let today = CalendarDay(now, in: timeZone)
            var cycle: SalesCycle?
            if SalesCycle.isSweepDay(today) { cycle = try Self.fetchSalesCycle(db) }
            let review = DailyReview(now: now, timeZone: timeZone, parkAfterDays: cycle?.parkAfterDays)
            var candidates = try Self.reviewCandidates(db, review: review)
            if let mine { candidates = candidates.filter(mine.owns) }
            let pipelines = try Self.fetchPipelines(db)
            var progress = try Row.fetchAll(
                db, sql: """
                    SELECT review_progress.deal_id, review_progress.decision, review_progress.deal_version, deal.owner
                    FROM review_progress LEFT JOIN deal ON deal.id = review_progress.deal_id
                    WHERE review_progress.day = ? ORDER BY review_progress.at, review_progress.rowid
                    """,
                arguments: [today.description])
            if let mine { progress = progress.filter { mine.owns(owner: $0["owner"]) } }
            var handledVersion: [Int64: Int] = [:]
            for row in progress { handledVersion[row["deal_id"]] = row["deal_version"] }
            let remaining = review.queue(deals: candidates, pipelines: pipelines).filter { item in
                handledVersion[item.deal.id] != item.deal.version
            }
            // A deal that changed after its decision and needs attention again counts once: as remaining.
            let back = Set(remaining.map(\.deal.id))
            let handled = progress
                .filter { !back.contains($0["deal_id"]) }
                .map { ReviewDecision(rawValue: $0["decision"]) ?? .skipped }
            return ReviewQueue(day: today, remaining: remaining, handled: handled, salesCycle: cycle)
        }
    }

    /// Records that a review item was skipped today; with `expectedVersion`, refused as `StaleWrite.reviewSets`
    /// says when the deal changed since.
    @discardableResult
    public func skipReviewItem(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int? = nil) throws -> DealRevision {
        try revisedWrite(dealID: dealID, "the change to deal \(dealID)") { db in
            let deal = try Self.fetchDeal(db, id: dealID)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.reviewSets)
            try Self.recordReviewMark(db, dealID: dealID, mark: mark, now: now)
        }.revision
    }

    /// Moves a deal from the review to the next stage of its pipeline and records the decision; with
    /// `expectedVersion`, refused as `StaleWrite.advanceFromReviewSets` says when the deal changed since.
    @discardableResult
    public func advanceFromReview(dealID: Int64, mark: ReviewMark, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        try revisedWrite(dealID: dealID, "the change to deal \(dealID)") { db in
            let deal = try Self.fetchDeal(db, id: dealID)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.advanceFromReviewSets)
            guard deal.status == .open else { throw PipelineError.refused(ErrorText.dealNotOpen(id: dealID, status: deal.status.rawValue).string) }
            let pipeline = try Self.fetchPipeline(db, id: deal.pipelineID)
            guard let next = pipeline.stage(after: deal.stageID) else {
                throw PipelineError.refused(ErrorText.dealInLastStage(id: dealID, pipeline: pipeline.name).string)
            }
            let change = try Self.applyMove(db, dealID: dealID, to: next, pipeline: pipeline, kind: .moved, now: now, expectedVersion: nil)
            try Self.recordReviewMark(db, dealID: dealID, mark: mark, now: now)
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
        return try revisedWrite(dealID: dealID, "the change to deal \(dealID)") { db in
            let deal = try Self.fetchDeal(db, id: dealID)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.lostFromReviewSets)
            let change = try Self.applyClose(db, id: dealID, as: .lost, reason: reason, now: now, expectedVersion: nil)
            try Self.recordReviewMark(db, dealID: dealID, mark: mark, now: now)
            return change
        }
    }

    /// The usual sales cycle from won deals, or the configured park-after days when history is thin.
    public func salesCycle() throws -> SalesCycle {
        try read { db in try Self.fetchSalesCycle(db) }
    }

    // MARK: - Settings

    /// Days an open deal may stay open before the weekly sweep suggests parking it, when history is thin.
    public func parkAfterDays() throws -> Int {
        try read { db in try Self.fetchParkAfterDays(db) }
    }

    public func setParkAfterDays(_ days: Int) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO setting (key, value) VALUES ('park_after_days', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: [String(days)])
        }
    }

    // MARK: - Inside a transaction

    static func recordReviewMark(_ db: Database, dealID: Int64, mark: ReviewMark, now: Date) throws {
        let version = try Int.fetchOne(db, sql: "SELECT version FROM deal WHERE id = ?", arguments: [dealID]) ?? 0
        let progress = ReviewProgress(dealID: dealID, mark: mark, dealVersion: version, at: now)
        if let capture = RevisionCapture.current, capture.db === db {
            // A change being recorded for undo keeps the decision this one replaces.
            capture.noteReview(before: try fetchReviewProgress(db, day: mark.day, dealID: dealID), after: progress)
        }
        try writeReviewProgress(db, progress)
    }

    /// Writes a day's decision on a deal, replacing the one it had that day.
    static func writeReviewProgress(_ db: Database, _ progress: ReviewProgress) throws {
        try db.execute(
            sql: """
                INSERT INTO review_progress (day, deal_id, reason, decision, deal_version, at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, deal_id) DO UPDATE SET
                    reason = excluded.reason, decision = excluded.decision, deal_version = excluded.deal_version, at = excluded.at
                """,
            arguments: [
                progress.mark.day.description, progress.dealID, progress.mark.reason.rawValue, progress.mark.decision.rawValue,
                progress.dealVersion, Timestamp.seconds(progress.at),
            ])
    }

    /// A day's decision on a deal, if it has one.
    static func fetchReviewProgress(_ db: Database, day: CalendarDay, dealID: Int64) throws -> ReviewProgress? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT reason, decision, deal_version, at FROM review_progress WHERE day = ? AND deal_id = ?",
            arguments: [day.description, dealID]) else { return nil }
        guard let reason = ReviewReason(rawValue: row["reason"]), let decision = ReviewDecision(rawValue: row["decision"]) else {
            return nil
        }
        return ReviewProgress(
            dealID: dealID, mark: ReviewMark(day: day, reason: reason, decision: decision), dealVersion: row["deal_version"],
            at: Timestamp.date(seconds: row["at"]))
    }

    /// Open deals that may need attention today: a superset the domain's `DailyReview` narrows down.
    /// Each branch is an indexed lookup, so the review never reads every deal.
    static func reviewCandidates(_ db: Database, review: DailyReview) throws -> [Deal] {
        let query = reviewCandidatesQuery(review)
        return try Row.fetchAll(db, sql: query.sql, arguments: query.arguments).map(Deal.init(row:))
    }

    /// The statement behind `reviewCandidates`: a union of indexed lookups.
    static func reviewCandidatesQuery(_ review: DailyReview) -> (sql: String, arguments: StatementArguments) {
        let now = Timestamp.seconds(review.now)
        let today = review.today
        var branches = [
            // Overdue and due today.
            "SELECT id FROM deal WHERE status = 'open' AND next_due < ?2",
            // No next step (sales pipelines only; the domain re-checks).
            "SELECT id FROM deal WHERE status = 'open' AND next_due IS NULL AND pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'sales')",
            stalledCandidateIDs,
            "SELECT id FROM deal WHERE status = 'open' AND temperature = 'hot' AND max(created_at, coalesce(last_contact_at, 0)) <= ?3",
            "SELECT id FROM deal WHERE status = 'open' AND expected_close < ?4",
            "SELECT id FROM deal WHERE status = 'open' AND revisit_on IS NOT NULL AND revisit_on <= ?4",
        ]
        var arguments: [any DatabaseValueConvertible] = [
            now, today.adding(days: 1).description, now - Int64(review.hotContactDays) * 86_400, today.description,
        ]
        if let parkAfterDays = review.parkAfterDays {
            branches.append("SELECT id FROM deal WHERE status = 'open' AND created_at <= ?5")
            arguments.append(now - Int64(parkAfterDays + 1) * 86_400)
        }
        return ("SELECT deal.* FROM deal WHERE id IN (\(branches.joined(separator: " UNION ")))", StatementArguments(arguments))
    }

    static func fetchParkAfterDays(_ db: Database) throws -> Int {
        let text = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'park_after_days'")
        return text.flatMap(Int.init) ?? SalesCycle.defaultParkAfterDays
    }

    static func fetchSalesCycle(_ db: Database) throws -> SalesCycle {
        let days = try Int64.fetchAll(db, sql: """
            SELECT (closed_at - created_at) / 86400 FROM deal
            WHERE status = 'won' AND closed_at IS NOT NULL
              AND pipeline_id IN (SELECT id FROM pipeline WHERE kind = 'sales')
            """).map { Int(max(0, $0)) }
        return SalesCycle(wonCycleDays: days, configuredDays: try fetchParkAfterDays(db))
    }
}
