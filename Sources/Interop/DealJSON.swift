import Foundation
import Pipeline

/// The JSON shape of deals and their history: the contract documented in docs/cli.md.
public enum DealJSON {
    /// A deal as a JSON object with snake_case keys; absent values are null.
    public static func deal(_ deal: Deal, pipeline: Pipeline) -> [(String, JSONValue)] {
        [
            ("id", .int(deal.id)),
            ("title", .string(deal.title)),
            ("pipeline", .string(pipeline.name)),
            ("stage", .string(pipeline.stage(id: deal.stageID)?.name)),
            ("status", .string(deal.status.rawValue)),
            ("value", .string(deal.value.decimalString)),
            ("currency", .string(deal.value.currency.code)),
            ("organization", .string(deal.organization)),
            ("person", .string(deal.person.name)),
            ("job_title", .string(deal.person.jobTitle)),
            ("email", .string(deal.person.email)),
            ("phone", .string(deal.person.phone)),
            ("source", .string(deal.source?.name)),
            ("owner", .string(deal.owner)),
            ("temperature", .string(deal.temperature.rawValue)),
            ("temperature_set_by_hand", .bool(deal.temperatureSetByHand)),
            ("qualification", .object([
                ("budget", .string(deal.qualification.budget.rawValue)),
                ("authority", .string(deal.qualification.authority.rawValue)),
                ("need", .string(deal.qualification.need.rawValue)),
                ("timing", .string(deal.qualification.timing.rawValue)),
            ])),
            ("priority", .int(deal.priority)),
            ("probability", .int(deal.probabilityOverride)),
            ("expected_close", .string(deal.expectedClose?.description)),
            ("notes", .string(deal.notes)),
            ("created_at", .string(Timestamp.string(deal.createdAt))),
            ("stage_entered_at", .string(Timestamp.string(deal.stageEnteredAt))),
            ("updated_at", .string(Timestamp.string(deal.updatedAt))),
            ("closed_at", .string(deal.closedAt.map(Timestamp.string))),
            ("lost_reason", .string(deal.lostReason)),
            ("version", .int(deal.version)),
        ]
    }

    /// One history entry: `{"from": "Prospecting", "to": "Qualifying", "kind": "moved", "at": "...", "undone": false}`.
    public static func change(_ change: StageChange) -> JSONValue {
        .object([
            ("from", .string(change.fromStageName)),
            ("to", .string(change.toStageName)),
            ("kind", .string(change.kind.rawValue)),
            ("at", .string(Timestamp.string(change.at))),
            ("undone", .bool(change.undone)),
            ("by", .string(change.by)),
        ])
    }

    // MARK: - Follow-up

    /// What needs doing about a deal now: stalled, idle days, snooze, parking, last contact and next step.
    ///
    /// `nextActivity` is the deal's earliest planned activity, if any.
    public static func followUp(_ deal: Deal, pipeline: Pipeline, nextActivity: Activity?, now: Date, timeZone: TimeZone) -> [(String, JSONValue)] {
        let stage = pipeline.stage(id: deal.stageID)
        let stalled = stage.map { StallRule(stage: $0).isStalled(deal, now: now, timeZone: timeZone) } ?? false
        return [
            ("stalled", .bool(stalled)),
            ("idle_days", .int(StallRule.idleDays(deal, now: now))),
            ("stall_days", .int(stage?.stallDays)),
            ("snoozed_until", .string(deal.snoozedUntil?.description)),
            ("snooze_reason", .string(deal.snoozeReason)),
            ("parked", .bool(pipeline.kind == .revisit)),
            ("revisit_on", .string(deal.revisitOn?.description)),
            ("last_activity_at", .string(deal.lastActivityAt.map(Timestamp.string))),
            ("last_contact_at", .string(deal.lastContactAt.map(Timestamp.string))),
            ("next_activity_state", .string(deal.nextActivityState(now: now, timeZone: timeZone).rawValue)),
            ("next_activity", nextActivity.map { activity($0, now: now, timeZone: timeZone) } ?? .null),
        ]
    }

    /// One activity: `{"id": 4, "deal_id": 2, "kind": "call", "subject": "...", "due": "2026-11-30T09:00", "state": "upcoming", ...}`.
    ///
    /// `state` is overdue, today, upcoming, done or cancelled (by the deal's close, `cancelled_at`).
    public static func activity(_ activity: Activity, now: Date, timeZone: TimeZone) -> JSONValue {
        .object([
            ("id", .int(activity.id)),
            ("deal_id", .int(activity.dealID)),
            ("kind", .string(activity.kind.rawValue)),
            ("subject", .string(activity.subject)),
            ("due", .string(activity.due?.description)),
            ("done", .bool(activity.isDone)),
            ("done_at", .string(activity.doneAt.map(Timestamp.string))),
            ("state", .string(activity.isDone ? "done" : activity.isCancelled ? "cancelled" : activity.state(now: now, timeZone: timeZone).rawValue)),
            ("note", .string(activity.note)),
            ("owner", .string(activity.owner)),
            ("created_at", .string(Timestamp.string(activity.createdAt))),
            ("cancelled_at", .string(activity.cancelledAt.map(Timestamp.string))),
            ("by", .string(activity.by)),
        ])
    }
}
