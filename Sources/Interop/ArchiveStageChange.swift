/// One entry of a deal's stage history as an archive holds it, with the stage names of its time.
struct ArchiveStageChange: Decodable, Sendable {
    var id: ArchiveInteger
    var dealID: ArchiveInteger
    /// Nil for a creation, or when the stage was removed since.
    var fromStageID: ArchiveInteger?
    /// Nil when the stage was removed since.
    var toStageID: ArchiveInteger?
    var from: String?
    var to: String
    var kind: String
    var at: String
    var undone: Bool
    /// Who made the change (absent from older files).
    var by: String?

    enum CodingKeys: String, CodingKey {
        case id
        case dealID = "deal_id"
        case fromStageID = "from_stage_id"
        case toStageID = "to_stage_id"
        case from, to, kind, at, undone, by
    }
}
