import Foundation
import FunnelStore
import Pipeline
import PostgresNIO
import Wording

// MARK: - Snoozing and parking

extension PostgresPipelineStore {
    /// Snoozes an open deal until a day: it is not stalled before then. Nil clears the snooze.
    /// With `expectedVersion`, refused as `StaleWrite.snoozeSets` says when the deal changed since.
    @discardableResult
    public func snooze(
        dealID: Int64, until: CalendarDay?, reason: String?, now: Date, expectedVersion: Int? = nil, review: ReviewMark? = nil
    ) throws -> Revised<Deal> {
        try revisedWrite(dealID: dealID) { session in
            let deal = try Self.fetchDeal(session, id: dealID, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.snoozeSets)
            guard deal.status == .open else {
                throw PipelineError.refused(ErrorText.snoozeOnlyOpen(id: dealID, status: deal.status.rawValue).string)
            }
            try session.execute("""
                UPDATE deal SET snoozed_until = \(until?.description), snooze_reason = \(until == nil ? nil : reason),
                    updated_at = \(Timestamp.seconds(now)), version = version + 1
                WHERE id = \(dealID)
                """)
            if let review { try recordReviewMark(session, dealID: dealID, mark: review, now: now) }
            return try Self.fetchDeal(session, id: dealID)
        }
    }

    /// Moves an open sales deal to the Revisit pipeline (its first stage, or the one named), recording a
    /// `parked` history entry; `until` is the day to look at it again. With `expectedVersion`, refused as
    /// `StaleWrite.parkSets` says when the deal changed since.
    @discardableResult
    public func park(
        dealID: Int64, until: CalendarDay?, stage stageReference: String? = nil, now: Date, expectedVersion: Int? = nil,
        review: ReviewMark? = nil
    ) throws -> Revised<StageChange> {
        try revisedWrite(dealID: dealID) { session in
            let deal = try Self.fetchDeal(session, id: dealID, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.parkSets)
            let (revisit, target) = try deal.parkingStage(
                named: stageReference, pipeline: { try Self.fetchPipeline(session, id: deal.pipelineID) },
                revisit: { try Self.fetchRevisitPipeline(session) })
            let change = try Self.applyMove(session, dealID: dealID, to: target, pipeline: revisit, kind: .parked, now: now, expectedVersion: nil)
            // A parked deal waits for its revisit day; a snooze from the sales pipeline no longer applies.
            try session.execute(
                "UPDATE deal SET revisit_on = \(until?.description), snoozed_until = NULL, snooze_reason = NULL WHERE id = \(dealID)")
            if let review { try recordReviewMark(session, dealID: dealID, mark: review, now: now) }
            return change
        }
    }

    /// Brings a parked deal back to a sales pipeline: to the stage it was parked from, or the one named in
    /// that pipeline; records an `unparked` history entry. With `expectedVersion`, refused as
    /// `StaleWrite.unparkSets` says when the deal changed since.
    @discardableResult
    public func unpark(dealID: Int64, stage stageReference: String?, now: Date, expectedVersion: Int? = nil) throws -> Revised<StageChange> {
        try revisedWrite(dealID: dealID) { session in
            let deal = try Self.fetchDeal(session, id: dealID, locking: true)
            try Self.checkSeenVersion(session, deal, expectedVersion: expectedVersion, writing: StaleWrite.unparkSets)
            let current = try Self.fetchPipeline(session, id: deal.pipelineID)
            let (origin, target) = try deal.unparkingStage(
                named: stageReference, pipeline: current,
                parkedFrom: {
                    try session.value("""
                        SELECT from_stage_id FROM stage_change
                        WHERE deal_id = \(dealID) AND kind = 'parked' AND NOT undone AND from_stage_id IS NOT NULL
                        ORDER BY at DESC, id DESC LIMIT 1
                        """, as: Int64.self)
                },
                pipelines: { try Self.fetchPipelines(session) })
            let change = try Self.applyMove(session, dealID: dealID, to: target, pipeline: origin, kind: .unparked, now: now, expectedVersion: nil)
            try session.execute("UPDATE deal SET revisit_on = NULL WHERE id = \(dealID)")
            return change
        }
    }

    static func fetchRevisitPipeline(_ session: ServerSession) throws -> Pipeline {
        guard let revisit = try fetchPipelines(session).first(where: { $0.kind == .revisit && !$0.stages.isEmpty }) else {
            throw PipelineError.notFound(ErrorText.noRevisitPipeline.string)
        }
        return revisit
    }
}
