/// A pipeline as an archive holds it: `{"id": 1, "name": "Sales", "kind": "sales", "stages": [...]}`.
struct ArchivePipeline: Decodable, Sendable {
    /// One stage: `{"id": 3, "name": "Contact", "position": 2, "probability": 40, "stall_days": 7}`.
    struct Stage: Decodable, Sendable {
        var id: ArchiveInteger
        var name: String
        var position: ArchiveInteger
        var probability: ArchiveInteger
        var stallDays: ArchiveInteger

        enum CodingKeys: String, CodingKey {
            case id, name, position, probability
            case stallDays = "stall_days"
        }
    }

    var id: ArchiveInteger
    var name: String
    var kind: String
    var stages: [Stage]
}
