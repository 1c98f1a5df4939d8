/// An activity as an archive holds it: planned (`due`), done (`done_at`) or both.
struct ArchiveActivity: Decodable, Sendable {
    var id: ArchiveInteger
    var dealID: ArchiveInteger
    var kind: String
    var subject: String
    var due: String?
    var doneAt: String?
    var note: String?
    var owner: String?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case dealID = "deal_id"
        case kind, subject, due
        case doneAt = "done_at"
        case note, owner
        case createdAt = "created_at"
    }
}
