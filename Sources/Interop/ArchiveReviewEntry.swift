/// One deal's decision in one day's review, as an archive holds it.
struct ArchiveReviewEntry: Decodable, Sendable {
    var day: String
    var dealID: ArchiveInteger
    var reason: String
    var decision: String
    var dealVersion: ArchiveInteger
    var at: String

    enum CodingKeys: String, CodingKey {
        case day
        case dealID = "deal_id"
        case reason, decision
        case dealVersion = "deal_version"
        case at
    }
}
