import Foundation
import GRDB
import FunnelStore
import Pipeline
import Wording

// MARK: - Snoozing and parking

extension SQLitePipelineStore {
    /// Snoozes an open deal until a day: it is not stalled before then. Nil clears the snooze.
    /// With `expectedVersion`, refused as `StaleWrite.snoozeSets` says when the deal changed since.
    @discardableResult
    public func snooze(
        dealID: Int64, until: CalendarDay?, reason: String?, now: Date, expectedVersion: Int? = nil, review: ReviewMark? = nil
    ) throws -> Revised<Deal> {
        try revisedWrite(dealID: dealID, "the change to deal \(dealID)") { db in
            let deal = try Self.fetchDeal(db, id: dealID)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.snoozeSets)
            guard deal.status == .open else {
                throw PipelineError.refused(ErrorText.snoozeOnlyOpen(id: dealID, status: deal.status.rawValue).string)
            }
            try db.execute(
                sql: "UPDATE deal SET snoozed_until = ?, snooze_reason = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                arguments: [until?.description, until == nil ? nil : reason, Timestamp.seconds(now), dealID])
            if let review { try Self.recordReviewMark(db, dealID: dealID, mark: review, now: now) }
            return try Self.fetchDeal(db, id: dealID)
        }
    }

    /// Moves an open sales deal to the Revisit pipeline (its first stage, or the one named),
    /// recording a `parked` history entry; `until` is the day to look at it again. With `expectedVersion`,
    /// refused as `StaleWrite.parkSets` says when the deal changed since.
    @discardableResult
    public func park(
        dealID: Int64, until: CalendarDay?, stage stageReference: String? = nil, now: Date, expectedVersion: Int? = nil,
        review: ReviewMark? = nil
    ) throws -> Revised<StageChange> {
        try revisedWrite(dealID: dealID, "the change to deal \(dealID)") { db in
            let deal = try Self.fetchDeal(db, id: dealID)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.parkSets)
            let (revisit, target) = try deal.parkingStage(
                named: stageReference, pipeline: { try Self.fetchPipeline(db, id: deal.pipelineID) },
                revisit: { try Self.fetchRevisitPipeline(db) })
            let change = try Self.applyMove(db, dealID: dealID, to: target, pipeline: revisit, kind: .parked, now: now, expectedVersion: nil)
            // A parked deal waits for its revisit day; a snooze from the sales pipeline no longer applies.
            try db.execute(
                sql: "UPDATE deal SET revisit_on = ?, snoozed_until = NULL, snooze_reason = NULL WHERE id = ?",
                arguments: [until?.description, dealID])
            if let review { try Self.recordReviewMark(db, dealID: dealID, mark: review, now: now) }
            return change
        }
    }

    /// Brings a parked deal back to a sales pipeline: to the stage it was parked from, or the one named
    /// in that pipeline; records an `unparked` history entry. The deal's stall clock starts again.
    /// With `expectedVersion`, refused as `StaleWrite.unparkSets` says when the deal changed since.
    @discardableResult
    public func unpark(dealID: Int64, stage stageReference: String?, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        try revisedWrite(dealID: dealID, "the change to deal \(dealID)") { db in
            let deal = try Self.fetchDeal(db, id: dealID)
            try Self.checkSeenVersion(db, deal, expectedVersion: expectedVersion, writing: StaleWrite.unparkSets)
            let current = try Self.fetchPipeline(db, id: deal.pipelineID)
            let (origin, target) = try deal.unparkingStage(
                named: stageReference, pipeline: current,
                parkedFrom: {
                    try Int64.fetchOne(db, sql: """
                        SELECT from_stage_id FROM stage_change
                        WHERE deal_id = ? AND kind = 'parked' AND undone = 0 AND from_stage_id IS NOT NULL
                        ORDER BY at DESC, id DESC LIMIT 1
                        """, arguments: [dealID])
                },
                pipelines: { try Self.fetchPipelines(db) })
            let change = try Self.applyMove(db, dealID: dealID, to: target, pipeline: origin, kind: .unparked, now: now, expectedVersion: nil)
            try db.execute(sql: "UPDATE deal SET revisit_on = NULL WHERE id = ?", arguments: [dealID])
            return change
        }
    }

    /// The Revisit pipeline every database has.
    public func revisitPipeline() throws -> Pipeline {
        try read { db in try Self.fetchRevisitPipeline(db) }
    }

    static func fetchRevisitPipeline(_ db: Database) throws -> Pipeline {
        guard let revisit = try fetchPipelines(db).first(where: { $0.kind == .revisit && !$0.stages.isEmpty }) else {
            throw PipelineError.notFound(ErrorText.noRevisitPipeline.string)
        }
        return revisit
    }
}
