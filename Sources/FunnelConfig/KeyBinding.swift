import Board

/// Reading the config file's `[keys]` names into the board's `BoardCommand` and `Key`.
enum KeyBinding {
    /// Names people write for commands that the board spells differently.
    static let commandAliases: [String: BoardCommand] = ["move_prev": .movePrevious]

    /// The board command an action name in `[keys]` means.
    static func command(_ name: String) -> BoardCommand? {
        BoardCommand(rawValue: name) ?? commandAliases[name]
    }

    /// Other spellings of ctrl chords: `C-r`, `^r`, `ctrl+r`.
    static let controlPrefixes = ["c-", "^", "ctrl+", "control-"]

    /// A key name as the board reads it; nil for unknown names and for control characters typed raw.
    static func key(_ name: String) -> Key? {
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return nil }
        var text = name
        let lower = name.lowercased()
        for prefix in controlPrefixes where lower.hasPrefix(prefix) && lower.count == prefix.count + 1 {
            text = "ctrl-" + lower.dropFirst(prefix.count)
        }
        if name.count > 1, lower.hasPrefix("ctrl-"), lower.count == 6 { text = lower }
        return Key(name: text)
    }

    /// What the config accepts, for error messages.
    static let acceptedForms =
        "one character (\"L\", \">\"), ctrl-LETTER, or space, enter, esc, tab, shift-tab, up, down, left, right, shift-left, shift-right, home, end, pgup, pgdn, backspace, delete"
}

extension KeyMap {
    /// This map with a command bound to exactly these keys, each taken away from any other command.
    func binding(_ command: BoardCommand, to keys: [Key]) -> KeyMap {
        var bindings = self.bindings
        for other in BoardCommand.allCases where other != command {
            bindings[other] = (bindings[other] ?? []).filter { !keys.contains($0) }
        }
        bindings[command] = keys
        return KeyMap(bindings: bindings)
    }
}
