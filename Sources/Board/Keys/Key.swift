/// A key as the board understands it, decoded by the terminal from whatever it received.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    case character(Character)
    case up, down, left, right
    case shiftLeft, shiftRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl with a letter, lower case: `.control("r")` is Ctrl-R.
    case control(Character)

    /// The name used in key maps and help: `L`, `space`, `enter`, `ctrl-r`, `pgdn`.
    public var description: String {
        switch self {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .shiftLeft: "shift-left"
        case .shiftRight: "shift-right"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .enter: "enter"
        case .escape: "esc"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .backspace: "backspace"
        case .delete: "delete"
        case .control(let c): "ctrl-\(c)"
        }
    }

    /// Reads a key name as written in a key map (the inverse of `description`); nil when unknown.
    public init?(name: String) {
        let lower = name.lowercased()
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "shift-left": .shiftLeft, "shift-right": .shiftRight, "home": .home, "end": .end,
            "pgup": .pageUp, "pgdn": .pageDown, "pageup": .pageUp, "pagedown": .pageDown,
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "shift-tab": .backTab, "backspace": .backspace, "delete": .delete,
        ]
        if name.count == 1, let c = name.first {
            self = .character(c)
        } else if let key = named[lower] {
            self = key
        } else if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter {
            self = .control(c)
        } else {
            return nil
        }
    }

    /// The character this key types into a text field, if any.
    public var typed: Character? {
        if case .character(let c) = self { return c }
        return nil
    }
}
