import Foundation
import Wording
import Pipeline

/// The JSON shape of `funnel export --format json`: one object with a format version and named
/// sections (`pipelines`, `deals`, `stage_history`, `activities`, `review_progress`, `settings`),
/// so later features add sections of their own. `funnel import` restores it exactly; Interop's
/// `ArchiveReader` reads and checks it (a section it does not know is refused, never dropped; format 1
/// files, without follow-up data, still import).
public enum ArchiveJSON {
    // MARK: - Writing

    public static func encode(_ archive: PipelineArchive, exportedAt: Date) -> JSONValue {
        let byID = Dictionary(uniqueKeysWithValues: archive.pipelines.map { ($0.id, $0) })
        let links = Dictionary(uniqueKeysWithValues: archive.importLinks.map { ($0.dealID, $0) })
        return .object([
            ("funnel_export", .int(ArchiveReader.formatVersion)),
            ("exported_at", .string(Timestamp.string(exportedAt))),
            ("pipelines", .array(archive.pipelines.map(pipeline))),
            ("deals", .array(archive.deals.map { deal in
                var object = DealJSON.deal(deal, pipeline: byID[deal.pipelineID] ?? Pipeline(id: deal.pipelineID, name: "", stages: []))
                object.append(("pipeline_id", .int(deal.pipelineID)))
                object.append(("stage_id", .int(deal.stageID)))
                object.append(("lane_position", .double(deal.lanePosition)))
                object.append(("snoozed_until", .string(deal.snoozedUntil?.description)))
                object.append(("snooze_reason", .string(deal.snoozeReason)))
                object.append(("parked", .bool(byID[deal.pipelineID]?.kind == .revisit)))
                object.append(("revisit_on", .string(deal.revisitOn?.description)))
                object.append(("import", links[deal.id].map { link in
                    .object([("source", .string(link.source)), ("external_id", .string(link.externalID))])
                } ?? .null))
                return .object(object)
            })),
            ("stage_history", .array(archive.history.map { change in
                .object([
                    ("id", .int(change.id)),
                    ("deal_id", .int(change.dealID)),
                    ("from_stage_id", change.fromStageID.map { .int($0) } ?? .null),
                    ("to_stage_id", change.toStageID == 0 ? .null : .int(change.toStageID)),
                    ("from", .string(change.fromStageName)),
                    ("to", .string(change.toStageName)),
                    ("kind", .string(change.kind.rawValue)),
                    ("at", .string(Timestamp.string(change.at))),
                    ("undone", .bool(change.undone)),
                    ("by", .string(change.by)),
                ])
            })),
            ("activities", .array(archive.activities.map { activity in
                .object([
                    ("id", .int(activity.id)),
                    ("deal_id", .int(activity.dealID)),
                    ("kind", .string(activity.kind.rawValue)),
                    ("subject", .string(activity.subject)),
                    ("due", .string(activity.due?.description)),
                    ("done_at", .string(activity.doneAt.map(Timestamp.string))),
                    ("note", .string(activity.note)),
                    ("owner", .string(activity.owner)),
                    ("created_at", .string(Timestamp.string(activity.createdAt))),
                    ("cancelled_at", .string(activity.cancelledAt.map(Timestamp.string))),
                    ("by", .string(activity.by)),
                ])
            })),
            ("review_progress", .array(archive.reviewProgress.map { entry in
                .object([
                    ("day", .string(entry.day.description)),
                    ("deal_id", .int(entry.dealID)),
                    ("reason", .string(entry.reason.rawValue)),
                    ("decision", .string(entry.decision.rawValue)),
                    ("deal_version", .int(entry.dealVersion)),
                    ("at", .string(Timestamp.string(entry.at))),
                ])
            })),
            ("settings", .object(archive.settings.map { ($0.key, .string($0.value)) })),
        ])
    }

    public static func pipeline(_ pipeline: Pipeline) -> JSONValue {
        .object([
            ("id", .int(pipeline.id)),
            ("name", .string(pipeline.name)),
            ("kind", .string(pipeline.kind.rawValue)),
            ("stages", .array(pipeline.stages.map { stage in
                .object([
                    ("id", .int(stage.id)),
                    ("name", .string(stage.name)),
                    ("position", .int(stage.position)),
                    ("probability", .int(stage.probability)),
                    ("stall_days", .int(stage.stallDays)),
                ])
            })),
        ])
    }
}
