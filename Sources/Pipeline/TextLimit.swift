import Wording

/// The most text one field takes: a number of characters (graphemes), and eight UTF-8 bytes for each.
///
/// A character counted alone can carry any number of combining marks (a 200-character title of 400 KB),
/// so every length limit bounds the bytes too: eight bytes hold a character of any script with a few
/// accents, or a flag (two regional indicators); a long emoji sequence counts for more than one.
public struct TextLimit: Hashable, Sendable {
    /// UTF-8 bytes allowed for each character of the limit.
    public static let bytesPerCharacter = 8

    /// The most characters (graphemes) the field takes.
    public let characters: Int

    public init(characters: Int) {
        self.characters = characters
    }

    /// The most UTF-8 bytes the field takes.
    public var bytes: Int { characters * TextLimit.bytesPerCharacter }

    /// True when the text has at most `characters` characters and `bytes` bytes.
    public func admits(_ text: String) -> Bool {
        let byteCount = text.utf8.count
        // A character is at least one byte: short texts skip counting graphemes.
        if byteCount <= characters { return true }
        return byteCount <= bytes && text.count <= characters
    }

    /// The first `characters` characters of a text to quote in a message, and no more than
    /// `bytesPerCharacter` bytes for each: one character may carry 100 KB of marks.
    public static func start(of text: String, characters: Int = 20) -> String {
        let start = text.prefix(characters)
        let most = characters * bytesPerCharacter
        guard start.utf8.count > most else { return String(start) }
        var scalars = String.UnicodeScalarView()
        var used = 0
        for scalar in start.unicodeScalars {
            used += UTF8.width(scalar)
            if used > most { break }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// What a refusal asks for and what it got: `use at most 200 characters and 1600 bytes (got 400001 bytes)`.
    public func advice(for text: String) -> String {
        let byteCount = text.utf8.count
        // Counting the graphemes of a huge text costs a pass over it; its bytes already say it is too long.
        let gotCharacters = byteCount > bytes * 16 ? nil : text.count
        return ErrorText.textLimit(characters: characters, bytes: bytes, gotCharacters: gotCharacters, gotBytes: byteCount).string
    }
}
