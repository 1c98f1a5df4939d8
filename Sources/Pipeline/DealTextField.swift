import Wording

/// The free texts of a deal and its activities, each with the one length rule that the CLI, deal
/// files and archives check it by.
public enum DealTextField: String, Sendable, CaseIterable {
    case organization
    case person
    case jobTitle = "job title"
    case source
    case owner
    case notes
    case lostReason = "lost reason"
    case snoozeReason = "reason"
    /// An activity's note.
    case activityNote = "note"

    /// The most characters the text may have once trimmed.
    public var maxLength: Int {
        switch self {
        case .source: 100
        case .notes, .activityNote: 10_000
        case .organization, .person, .jobTitle, .owner, .lostReason, .snoozeReason: 200
        }
    }

    /// Checks a value of this field: trims it, turns empty into nil, caps its length.
    public func valid(_ raw: String?) throws(PipelineError) -> String? {
        try Deal.validText(raw, field: rawValue, maxLength: maxLength)
    }

    /// Checks the reason a deal is lost for: trimmed, its length capped, and refused when empty with `empty`, the
    /// sentence for where it was typed (a deal is never lost without a reason given).
    public static func validLostReason(_ raw: String, ifEmpty empty: ErrorText) throws(PipelineError) -> String {
        guard let reason = try lostReason.valid(raw) else { throw .invalidValue(empty.string) }
        return reason
    }
}
