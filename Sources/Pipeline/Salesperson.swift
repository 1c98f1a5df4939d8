/// The person using Funnel: the name their deals are owned under and their changes recorded by.
///
/// The name is found once per run from candidates in a fixed order (`resolve`): the config's `user`, then
/// `FUNNEL_USER`, then the login's full name (GECOS), then the login name. Each candidate is cleaned
/// (`cleaned`): controls made visible, trimmed, cut to an owner's length; an empty one is skipped.
/// "My deals" are the deals this person owns (owner compared case-insensitively, in Unicode lower case) and
/// the deals nobody owns (`owns`): a deal without an owner waits for someone, so everyone's review shows it.
public struct Salesperson: Sendable, Hashable {
    /// The name, cleaned: never empty, no control characters, at most `DealTextField.owner.maxLength` characters.
    public let name: String
    /// Where the name came from.
    public let source: Source

    /// Where a salesperson's name came from, in the order they are tried.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// `user = "Li Wei"` in the config file.
        case config
        /// The `FUNNEL_USER` environment variable.
        case environment = "FUNNEL_USER"
        /// The login's full name: the GECOS field of the password database, before its first comma.
        case fullName = "full name"
        /// The login name (the password database's, else `USER` or `LOGNAME`).
        case login
    }

    /// A salesperson of a name already cleaned; nil when `cleaned` leaves nothing.
    public init?(name: String, source: Source) {
        guard let cleaned = Self.cleaned(name) else { return nil }
        self.name = cleaned
        self.source = source
    }

    /// The first candidate that leaves a name once cleaned, in `Source` order; nil when none does.
    ///
    /// `fullName` is the whole GECOS field: only its part before the first comma is a name (the rest are
    /// room, phone numbers).
    public static func resolve(configured: String?, environment: String?, fullName: String?, login: String?) -> Salesperson? {
        let gecosName = fullName.map { String($0.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }
        let candidates: [(String?, Source)] = [(configured, .config), (environment, .environment), (gecosName, .fullName), (login, .login)]
        for (candidate, source) in candidates {
            if let candidate, let salesperson = Salesperson(name: candidate, source: source) { return salesperson }
        }
        return nil
    }

    /// A name as Funnel keeps it: whitespace trimmed, control characters made visible (`TerminalText.visible`),
    /// cut to an owner's most characters; nil when nothing is left.
    public static func cleaned(_ raw: String) -> String? {
        // Trimmed first, so a line break or tab at either end goes rather than becoming a visible ␊ or ␉.
        let text = TerminalText.visible(raw.trimmingWhitespace())
        guard !text.isEmpty else { return nil }
        return String(text.prefix(DealTextField.owner.maxLength)).trimmingWhitespace()
    }

    /// True when a name given as the user (the config's `user`, `FUNNEL_USER`) holds a control character once
    /// trimmed: a line break, tab or escape inside a name is refused, never kept as a visible ␊ (`cleaned`).
    public static func hasControlCharacters(_ raw: String) -> Bool {
        let trimmed = raw.trimmingWhitespace()
        return TerminalText.visible(trimmed) != trimmed
    }

    /// The name as owners are compared: Swift's Unicode lower case (as the engines fold stored owners).
    public var foldedName: String { name.lowercased() }

    /// True when `owner` is this person: the same name in any case.
    public func isNamed(_ owner: String?) -> Bool {
        guard let owner else { return false }
        return owner.trimmingWhitespace().lowercased() == foldedName
    }

    /// True for one of "my deals": owned by this person, or by nobody.
    public func owns(_ deal: Deal) -> Bool { owns(owner: deal.owner) }

    /// True for an owner of "my deals": this person's name in any case, or none.
    public func owns(owner: String?) -> Bool {
        guard let owner, !owner.trimmingWhitespace().isEmpty else { return true }
        return isNamed(owner)
    }

    /// The words that stand for the user wherever an owner is given: `me`, and `我` (any case, trimmed).
    public static let selfWords: Set<String> = ["me", "我"]

    /// An owner as given on the command line: `me` (or `我`) is this person's name; any other text is itself.
    public func owner(given text: String) -> String {
        Self.selfWords.contains(text.trimmingWhitespace().lowercased()) ? name : text
    }
}
