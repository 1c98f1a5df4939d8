/// A key as written in the config file: one character (`"L"`, `">"`, `"ж"`), a named key
/// (`"space"`, `"enter"`, `"pagedown"`, `"f5"`) or a control chord (`"ctrl-r"`).
public enum KeyName: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case named(Named)
    /// Ctrl with a letter, stored lower-case.
    case control(Character)

    /// Keys with names.
    public enum Named: String, CaseIterable, Sendable, Hashable {
        case space, enter, escape = "esc", tab, backtab, backspace, delete, insert
        case up, down, left, right, home, end
        case pageUp = "pageup", pageDown = "pagedown"
        case f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12
    }

    /// Other spellings people write for named keys.
    static let aliases: [String: Named] = [
        "escape": .escape, "return": .enter, "ret": .enter, "spc": .space, "pgup": .pageUp, "pgdn": .pageDown,
        "page_up": .pageUp, "page_down": .pageDown, "page-up": .pageUp, "page-down": .pageDown, "del": .delete,
        "ins": .insert, "shift-tab": .backtab, "s-tab": .backtab, "bs": .backspace,
    ]

    /// Parses a key name; nil when it names no key.
    public init?(parsing text: String) {
        if text.count == 1, let character = text.first {
            guard !character.isWhitespace, !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                if character == " " { self = .named(.space); return }
                return nil
            }
            self = .character(character)
            return
        }
        let lower = text.lowercased()
        if let named = Named(rawValue: lower) ?? KeyName.aliases[lower] {
            self = .named(named)
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter {
                self = .control(letter)
                return
            }
        }
        return nil
    }

    /// The canonical spelling, as `--print-defaults` writes it.
    public var description: String {
        switch self {
        case .character(let character): String(character)
        case .named(let named): named.rawValue
        case .control(let letter): "ctrl-\(letter)"
        }
    }

    /// What the config accepts, for error messages.
    public static let acceptedForms =
        "one character (\"L\", \">\"), ctrl-LETTER, or one of \(Named.allCases.map(\.rawValue).joined(separator: ", "))"
}
