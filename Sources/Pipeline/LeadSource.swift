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
