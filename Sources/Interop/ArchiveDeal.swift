/// A deal as an archive holds it: the fields of `DealJSON` (docs/cli.md), then its place, lane,
/// snooze, parking and import link. The `pipeline` and `stage` names are for reading only: the ids
/// place the deal.
struct ArchiveDeal: Decodable, Sendable {
    /// The four qualification answers: `yes`, `no` or `unknown`.
    struct Qualification: Decodable, Sendable {
        var budget: String
        var authority: String
        var need: String
        var timing: String
    }

    /// Where an imported deal came from: `{"source": "pipedrive", "external_id": "4711"}`.
    struct Origin: Decodable, Sendable {
        var source: String
        var externalID: String

        enum CodingKeys: String, CodingKey {
            case source
            case externalID = "external_id"
        }
    }

    var id: ArchiveInteger
    var title: String
    var status: String
    var value: String
    var currency: String
    var organization: String?
    var person: String?
    var jobTitle: String?
    var email: String?
    var phone: String?
    var source: String?
    var owner: String?
    var temperature: String
    var temperatureSetByHand: Bool
    var qualification: Qualification
    var priority: ArchiveInteger
    var probability: ArchiveInteger?
    var expectedClose: String?
    var notes: String?
    var createdAt: String
    var stageEnteredAt: String
    var updatedAt: String
    var closedAt: String?
    var lostReason: String?
    var version: ArchiveInteger
    var pipelineID: ArchiveInteger
    var stageID: ArchiveInteger
    var lanePosition: Double
    var snoozedUntil: String?
    var snoozeReason: String?
    /// Absent in format 1 files.
    var parked: Bool?
    var revisitOn: String?
    var origin: Origin?

    enum CodingKeys: String, CodingKey {
        case id, title, status, value, currency, organization, person
        case jobTitle = "job_title"
        case email, phone, source, owner, temperature
        case temperatureSetByHand = "temperature_set_by_hand"
        case qualification, priority, probability
        case expectedClose = "expected_close"
        case notes
        case createdAt = "created_at"
        case stageEnteredAt = "stage_entered_at"
        case updatedAt = "updated_at"
        case closedAt = "closed_at"
        case lostReason = "lost_reason"
        case version
        case pipelineID = "pipeline_id"
        case stageID = "stage_id"
        case lanePosition = "lane_position"
        case snoozedUntil = "snoozed_until"
        case snoozeReason = "snooze_reason"
        case parked
        case revisitOn = "revisit_on"
        case origin = "import"
    }
}
