import Foundation
import Pipeline

/// The JSON shape of deals and their history: the contract documented in docs/cli.md.
enum DealJSON {
    /// A deal as a JSON object with snake_case keys; absent values are null.
    static func deal(_ deal: Deal, pipeline: Pipeline) -> [(String, JSONValue)] {
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
    static func change(_ change: StageChange) -> JSONValue {
        .object([
            ("from", .string(change.fromStageName)),
            ("to", .string(change.toStageName)),
            ("kind", .string(change.kind.rawValue)),
            ("at", .string(Timestamp.string(change.at))),
            ("undone", .bool(change.undone)),
        ])
    }
}
