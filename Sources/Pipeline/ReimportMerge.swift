/// How a re-import brings a deal in line with its row: a three-way merge of Funnel's deal, the
/// file's row and what the file said at its last import.
///
/// Per field the file gives: the file unchanged since its last import keeps Funnel's value;
/// Funnel unchanged since then takes the file's; both changed to different values is a conflict
/// that keeps Funnel's value unless `overwrite`. Without a last import to compare with, a field
/// that differs is a conflict: nobody can tell which side changed it.
public struct ReimportMerge: Sendable, Equatable {
    /// The deal as it should be stored (equal to Funnel's when nothing is taken from the file).
    public var deal: Deal
    /// The fields both sides changed to different values, in `ImportedField` order.
    public var conflicts: [ImportedField]

    /// Merges `file` (the row, placed in its stage) into `current`; `fileSays` holds the fields the
    /// row gives, `lastImport` what the file said last time (nil when nothing was kept).
    public init(current: Deal, file: Deal, fileSays: ImportedValues, lastImport: ImportedValues?, overwrite: Bool) {
        var merged = current
        var conflicts: [ImportedField] = []
        for field in ImportedField.allCases {
            guard let fileText = fileSays[field] else { continue }
            let funnelText = field.text(of: current)
            if fileText == funnelText { continue }
            let lastText = lastImport?[field]
            if lastText == fileText { continue }
            if lastText == nil || lastText != funnelText {
                conflicts.append(field)
                if !overwrite { continue }
            }
            field.copy(from: file, into: &merged)
        }
        // What the rules of a deal tie together, whichever side each part came from. A stage taken
        // from the file is entered no earlier than the one it replaces (the history stays in order).
        if merged.stageID != current.stageID, merged.stageEnteredAt < current.stageEnteredAt {
            merged.stageEnteredAt = current.stageEnteredAt
        }
        if merged.status != .lost { merged.lostReason = nil }
        if merged.status == .open {
            merged.closedAt = nil
        } else if merged.closedAt == nil {
            merged.closedAt = file.closedAt ?? merged.stageEnteredAt
        }
        merged.followQualification()
        // A lost reason only counts on a lost deal: it is no conflict of its own when the deal stays open or won.
        if merged.status != .lost { conflicts.removeAll { $0 == .lostReason } }
        deal = merged
        self.conflicts = conflicts
    }
}
