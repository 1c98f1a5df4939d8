import Wording
/// A deal field an import can fill, named as in Funnel's own CSV export (`funnel export`).
public enum DealField: String, CaseIterable, Sendable, Hashable {
    /// The deal's id in the file's system; a second import of the same id updates the deal.
    case id
    case title
    case pipeline
    case stage
    case status
    case value
    case currency
    case organization
    case person
    case jobTitle = "job_title"
    case email
    case phone
    case source
    case owner
    case temperature
    case temperatureSetByHand = "temperature_set_by_hand"
    case budget
    case authority
    case need
    case timing
    case priority
    case probability
    case expectedClose = "expected_close"
    case notes
    case createdAt = "created_at"
    case stageEnteredAt = "stage_entered_at"
    case updatedAt = "updated_at"
    case closedAt = "closed_at"
    case lostReason = "lost_reason"
    /// A label such as Pipedrive's Hot, Warm or Cold: becomes the temperature when it names one.
    case label

    /// The field's place in `allCases`: a reader looks up a row's column for each field of each row,
    /// and hashing the raw name each time was a fifth of reading a row.
    public var ordinal: Int {
        switch self {
        case .id: 0
        case .title: 1
        case .pipeline: 2
        case .stage: 3
        case .status: 4
        case .value: 5
        case .currency: 6
        case .organization: 7
        case .person: 8
        case .jobTitle: 9
        case .email: 10
        case .phone: 11
        case .source: 12
        case .owner: 13
        case .temperature: 14
        case .temperatureSetByHand: 15
        case .budget: 16
        case .authority: 17
        case .need: 18
        case .timing: 19
        case .priority: 20
        case .probability: 21
        case .expectedClose: 22
        case .notes: 23
        case .createdAt: 24
        case .stageEnteredAt: 25
        case .updatedAt: 26
        case .closedAt: 27
        case .lostReason: 28
        case .label: 29
        }
    }

    /// The columns of Funnel's own CSV export, in order: every field but `label`.
    public static let exportColumns: [DealField] = allCases.filter { $0 != .label }

    /// Parses a field name given to `--map` (`external_id` is accepted for `id`).
    public static func parse(_ text: String) throws(ImportError) -> DealField {
        let key = text.trimmingWhitespace().lowercased().replacingOccurrences(of: "-", with: "_")
        if key == "external_id" { return .id }
        if let field = DealField(rawValue: key) { return field }
        throw .usage(ErrorText.mapUnknownField(value: text, fields: allCases.map(\.rawValue).joined(separator: ", ")).string)
    }
}

import Pipeline
