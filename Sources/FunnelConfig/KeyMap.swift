/// Which keys run which board commands: the defaults with the config's `[keys]` applied.
public struct KeyMap: Sendable, Equatable {
    /// Each command's keys, in the order they were written.
    public private(set) var keys: [BoardCommand: [KeyName]]

    /// The board's default keys.
    public static let defaults = KeyMap(keys: Dictionary(uniqueKeysWithValues: BoardCommand.allCases.map { ($0, $0.defaultKeys) }))

    /// The command a key runs, if any.
    public func command(for key: KeyName) -> BoardCommand? {
        for command in BoardCommand.allCases where keys[command, default: []].contains(key) { return command }
        return nil
    }

    /// Binds a command to exactly these keys, taking each key away from any other command.
    public mutating func bind(_ command: BoardCommand, to newKeys: [KeyName]) {
        for other in BoardCommand.allCases where other != command {
            keys[other] = keys[other, default: []].filter { !newKeys.contains($0) }
        }
        keys[command] = newKeys
    }
}
