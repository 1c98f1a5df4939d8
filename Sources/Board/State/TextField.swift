import Pipeline

/// One line of text the user types into, with a cursor that the editing keys of a shell line move.
///
/// Left/Right, Home/End and Ctrl-A/E move the cursor; Backspace and Delete remove the character
/// before and under it; Ctrl-U, Ctrl-K and Ctrl-W remove everything before it, everything from it,
/// and the word before it. Typed characters go in at the cursor. The cursor counts characters
/// (graphemes), so a Chinese character or an emoji is one step.
public struct TextField: Sendable, Hashable {
    public private(set) var text: String
    /// Characters before the cursor.
    public private(set) var cursor: Int

    /// A field holding `text`, the cursor at its end, where typing goes on.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// A field with the cursor after the first `cursor` characters (clamped to the text).
    public init(_ text: String, cursor: Int) {
        self.text = text
        self.cursor = min(max(0, cursor), text.count)
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Applies an editing key; false when `key` does not edit a line (the caller handles it).
    ///
    /// `accepts` decides whether a typed character may go in (a length limit, no line breaks).
    @discardableResult
    public mutating func edit(_ key: Key, accepts: (Character) -> Bool = { !$0.isNewline }) -> Bool {
        var characters = Array(text)
        switch key {
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
            return true
        case .right, .control("f"):
            cursor = min(characters.count, cursor + 1)
            return true
        case .home, .control("a"):
            cursor = 0
            return true
        case .end, .control("e"):
            cursor = characters.count
            return true
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .character(let character):
            guard accepts(character) else { return true }
            characters.insert(character, at: cursor)
            cursor += 1
        default:
            return false
        }
        // A combining mark, a joiner or a second regional indicator joins the character before it into
        // one: count the cursor again in the text as it now reads, or the next key indexes past the end.
        let before = String(characters[..<cursor])
        text = String(characters)
        cursor = min(before.count, text.count)
        return true
    }

    /// What a field `width` columns wide shows so that the cursor stays in sight: the text before
    /// the cursor, the text from it, and whether the start is scrolled out of sight (drawn as `…`).
    ///
    /// The text shows from its start whenever the part before the cursor fits with the cursor's
    /// column; otherwise it scrolls just enough to keep the cursor at the right edge.
    public func visible(width: Int) -> (beforeCursor: String, fromCursor: String, startHidden: Bool) {
        let characters = Array(text)
        let before = characters[..<cursor]
        let after = String(characters[cursor...])
        if Self.columns(before) + 1 <= width {
            return (String(before), after, false)
        }
        // Room for `…`, the shown characters and the cursor's column.
        var start = cursor
        var used = 0
        while start > 0 {
            let next = Self.columns(characters[(start - 1)..<start])
            guard used + next + 2 <= width else { break }
            used += next
            start -= 1
        }
        return (String(characters[start..<cursor]), after, true)
    }

    /// Columns the characters take on screen, as `Screen.put` shows them (controls made visible).
    static func columns(_ characters: ArraySlice<Character>) -> Int {
        DisplayWidth.of(TerminalText.visible(String(characters)))
    }
}
