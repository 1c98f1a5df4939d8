import Wording

/// How a contact got in touch: the known channels, or the user's own words.
public enum LeadSource: Hashable, Sendable {
    case referral
    case website
    case coldCall
    case event
    case social
    case other
    case custom(String)

    /// The known channels, in the order they are offered.
    public static let known: [LeadSource] = [.referral, .website, .coldCall, .event, .social, .other]

    /// Reads a source: a known channel (`cold call`, `cold-call` and `cold_call` alike) or free text.
    public init(_ text: String) {
        // A stored source is a known channel's name exactly: no need to normalise it.
        if let known = Self.known.first(where: { $0.name == text }) {
            self = known
            return
        }
        var key = text.trimmingWhitespace().lowercased()
        if key.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }) {
            key = String(key.map { $0 == "-" || $0 == "_" ? " " : $0 })
        }
        if let known = Self.known.first(where: { $0.shownName.rendered(in: .simplifiedChinese) == key }) {
            self = known
            return
        }
        switch key {
        case "referral": self = .referral
        case "website", "web": self = .website
        case "cold call", "coldcall": self = .coldCall
        case "event": self = .event
        case "social": self = .social
        case "other": self = .other
        default: self = .custom(text.trimmingWhitespace())
        }
    }

    /// How a person reads it: a known channel in the language spoken (`referral`, `转介绍`), the user's own
    /// words as typed. Stored, exported and in `--json` it is always `name`.
    public func shown(in language: Language) -> String {
        if case .custom(let text) = self { return text }
        return shownName.rendered(in: language)
    }

    /// The known channel's name in the text tables.
    var shownName: Text {
        switch self {
        case .referral: .sourceReferral
        case .website: .sourceWebsite
        case .coldCall: .sourceColdCall
        case .event: .sourceEvent
        case .social: .sourceSocial
        case .other: .sourceOther
        case .custom: .sourceOther
        }
    }

    /// The stored and printed form.
    public var name: String {
        switch self {
        case .referral: "referral"
        case .website: "website"
        case .coldCall: "cold call"
        case .event: "event"
        case .social: "social"
        case .other: "other"
        case .custom(let text): text
        }
    }
}
