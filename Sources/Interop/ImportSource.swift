import Pipeline
import Wording

/// The system a deal file came from, which decides how its columns are read.
public enum ImportSource: String, CaseIterable, Sendable {
    /// Funnel's own CSV export (`funnel export --format csv`).
    case funnel
    case pipedrive
    case hubspot
    /// Any other CSV: columns named like Funnel's, plus `--map FIELD=COLUMN`.
    case generic

    /// Parses `--from`.
    public static func parse(_ text: String) throws(ImportError) -> ImportSource {
        let key = text.trimmingWhitespace().lowercased()
        if let source = ImportSource(rawValue: key) { return source }
        throw .usage(ErrorText.importSourceInvalid(value: text).string)
    }

    /// Recognises a file from its header row: Pipedrive's "Deal - Title", HubSpot's "Deal Name",
    /// Funnel's own columns; anything else is generic.
    public static func recognise(header: [String]) -> ImportSource {
        let names = Set(header.map(ImportSource.key))
        if names.contains(key("Deal - Title")) { return .pipedrive }
        if names.contains(key("Deal Name")) && names.contains(key("Deal Stage")) { return .hubspot }
        if names.isSuperset(of: ["title", "stage", "status", "created_at", "stage_entered_at"]) { return .funnel }
        return .generic
    }

    /// The column names this source uses for each field, first match wins.
    public var knownColumns: [DealField: [String]] {
        switch self {
        case .funnel, .generic:
            var columns: [DealField: [String]] = [:]
            for field in DealField.allCases { columns[field] = [field.rawValue] }
            return columns
        case .pipedrive:
            return [
                .id: ["Deal - ID"],
                .title: ["Deal - Title"],
                .value: ["Deal - Value"],
                .currency: ["Deal - Currency"],
                .stage: ["Deal - Stage"],
                .status: ["Deal - Status"],
                .owner: ["Deal - Owner"],
                .organization: ["Deal - Organization"],
                .person: ["Deal - Contact person"],
                .email: ["Person - Email"],
                .phone: ["Person - Phone"],
                .jobTitle: ["Person - Job title"],
                .createdAt: ["Deal - Deal created"],
                .stageEnteredAt: ["Deal - Last stage change"],
                .expectedClose: ["Deal - Expected close date"],
                .closedAt: ["Deal - Deal closed on", "Deal - Won time", "Deal - Lost time"],
                .lostReason: ["Deal - Lost reason"],
                .label: ["Deal - Label"],
                .notes: ["Deal - Notes"],
                .probability: ["Deal - Probability"],
                .source: ["Deal - Source"],
            ]
        case .hubspot:
            return [
                .id: ["Record ID"],
                .title: ["Deal Name"],
                .stage: ["Deal Stage"],
                .value: ["Amount"],
                .currency: ["Currency", "Deal Currency Code"],
                // HubSpot's Close Date is the expected date of an open deal and the real date of a closed one.
                .expectedClose: ["Close Date"],
                .createdAt: ["Create Date"],
                .stageEnteredAt: ["Date entered current stage", "Last Stage Change Date"],
                .owner: ["Deal owner"],
                .organization: ["Associated Company"],
                .person: ["Associated Contact"],
                .lostReason: ["Closed Lost Reason"],
                .notes: ["Deal Description"],
                .probability: ["Deal probability"],
                .source: ["Original Source Type"],
            ]
        }
    }

    /// The source name kept with each imported deal, so a second import of the same file updates it.
    public var recordName: String { rawValue }

    /// How header cells are compared: trimmed, case-insensitive.
    static func key(_ name: String) -> String { name.trimmingWhitespace().lowercased() }
}
