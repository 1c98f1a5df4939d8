import Foundation
import FunnelStore
import Pipeline

/// The lost-update check of the team benchmark: the saved writes of every salesperson, replayed on each deal in
/// the order of the versions they saved, must leave exactly what the store holds at the end.
///
/// Per deal: no two saved writes may claim the same version (one of them was written over); the stage is the
/// last saved move's; title and value are the last saved edit's; every saved call is there once; the version
/// is at least the last saved one. Each thing that does not hold is one lost update.
struct WriteReplay {
    /// The lost updates found, each a sentence naming the deal and what was lost.
    var lost: [String] = []

    init(writes: [TeamWrite], deals: [Int64], store: any PipelineStore) throws {
        let saved = Dictionary(grouping: writes.filter(\.accepted), by: \.dealID)
        for id in deals {
            let final = try store.deal(id: id)
            let activities = try store.activities(dealID: id)
            let ordered = (saved[id] ?? []).sorted { ($0.version ?? 0) < ($1.version ?? 0) }
            let versions = ordered.compactMap(\.version)
            for (version, count) in Dictionary(grouping: versions, by: { $0 }).mapValues(\.count) where count > 1 {
                lost.append("deal \(id): \(count) saved writes both made version \(version)")
            }
            if let maximum = versions.max(), final.version < maximum {
                lost.append("deal \(id): version \(final.version) at the end, but a write saved version \(maximum)")
            }
            if let move = ordered.last(where: { $0.kind == .move }), let stageID = move.stageID, final.stageID != stageID {
                lost.append("deal \(id): in stage \(final.stageID), but the last saved move (version \(move.version ?? 0)) was to \(stageID)")
            }
            if let edit = ordered.last(where: { $0.kind == .edit }) {
                if final.title != edit.title || final.value.minorUnits != edit.minorUnits {
                    lost.append("deal \(id): '\(final.title)' at the end, but the last saved edit (version \(edit.version ?? 0)) wrote '\(edit.title ?? "")'")
                }
            }
            let subjects = Dictionary(grouping: activities.map(\.subject), by: { $0 }).mapValues(\.count)
            for log in ordered where log.kind == .log {
                let count = subjects[log.subject ?? ""] ?? 0
                if count != 1 { lost.append("deal \(id): the saved call '\(log.subject ?? "")' is there \(count) times") }
            }
        }
    }
}
