/// An activity as an archive holds it: planned (`due`), done (`done_at`) or both; cancelled by its
/// deal's close (`cancelled_at`, absent from older files).
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
    var cancelledAt: String?
    /// Who logged or planned it (absent from older files).
    var by: String?

    enum CodingKeys: String, CodingKey {
        case id
        case dealID = "deal_id"
        case kind, subject, due
        case doneAt = "done_at"
        case note, owner
        case createdAt = "created_at"
        case cancelledAt = "cancelled_at"
        case by
    }
}
