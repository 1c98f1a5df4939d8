/// A whole archive, Funnel's JSON export: a format version and named sections. A section this
/// Funnel does not know is refused, never dropped; the follow-up sections are absent in format 1.
struct ArchiveDocument: Decodable, Sendable {
    /// The version of the format written; a file with a higher one is refused.
    /// 2 added activities, review progress, settings and the deals' snooze, parking and revisit day.
    static let formatVersion: Int64 = 2
    /// Every top-level key a file of this format may have.
    static let sections: Set<String> = [
        "funnel_export", "exported_at", "pipelines", "deals", "stage_history", "activities", "review_progress", "settings",
    ]

    var pipelines: [ArchivePipeline]
    var deals: [ArchiveDeal]
    var stageHistory: [ArchiveStageChange]
    var activities: [ArchiveActivity]
    var reviewProgress: [ArchiveReviewEntry]
    /// By key, as `funnel settings` stores them.
    var settings: [String: String]

    /// Any top-level key, so unknown sections can be named.
    struct SectionKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Checks the version and the sections before reading them, so a newer file is named as such.
    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: SectionKey.self) else { throw ArchiveProblem.notAnObject }
        guard let version = try? container.decode(ArchiveInteger.self, forKey: SectionKey("funnel_export")) else {
            throw ArchiveProblem.noVersion
        }
        guard version.value <= Self.formatVersion else { throw ArchiveProblem.newerFormat(version.value) }
        if let unknown = container.allKeys.map(\.stringValue).filter({ !Self.sections.contains($0) }).sorted().first {
            throw ArchiveProblem.unknownSection(unknown)
        }
        pipelines = try container.decode([ArchivePipeline].self, forKey: SectionKey("pipelines"))
        deals = try container.decode([ArchiveDeal].self, forKey: SectionKey("deals"))
        stageHistory = try container.decodeIfPresent([ArchiveStageChange].self, forKey: SectionKey("stage_history")) ?? []
        activities = try container.decodeIfPresent([ArchiveActivity].self, forKey: SectionKey("activities")) ?? []
        reviewProgress = try container.decodeIfPresent([ArchiveReviewEntry].self, forKey: SectionKey("review_progress")) ?? []
        settings = try container.decodeIfPresent([String: String].self, forKey: SectionKey("settings")) ?? [:]
    }
}
