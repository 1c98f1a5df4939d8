/// The bindings from keys to board commands, as data, so a configuration file can rebind them.
///
/// The default table is the key contract in docs/keys.md. Keys used inside a carry, a form,
/// a chooser or the help overlay are fixed (arrows, `h j k l`, space, Enter, Esc, Tab), and
/// `alwaysQuits` (Ctrl-C) leaves the board from any mode whatever the map says.
public struct KeyMap: Sendable, Equatable {
    /// Ctrl-C: quits from every mode, dropping a half-done form, prompt or carry unsaved; no map can
    /// rebind it (the terminal is in raw mode, so it arrives as this key instead of a signal).
    public static let alwaysQuits = Key.control("c")

    /// The command that must keep a key in any map a user writes: browsing is the one mode whose
    /// way out is rebindable (every other mode leaves by fixed keys: Esc, Enter, `q`).
    public static let requiredCommands: [BoardCommand] = [.quit]

    /// Command name to the keys bound to it, e.g. `move_next: ["L", ">"]`.
    public private(set) var bindings: [BoardCommand: [Key]]
    private var commandsByKey: [Key: BoardCommand]

    public init(bindings: [BoardCommand: [Key]]) {
        self.bindings = bindings
        var byKey: [Key: BoardCommand] = [:]
        for command in BoardCommand.allCases {
            for key in bindings[command] ?? [] where byKey[key] == nil { byKey[key] = command }
        }
        commandsByKey = byKey
    }

    /// Builds a key map from names, as a configuration file gives them: `["move_next": ["L", ">"]]`.
    ///
    /// Unknown command or key names are refused with a sentence naming the bad value.
    public init(named table: [String: [String]], over base: KeyMap = .standard) throws(KeyMapError) {
        var bindings = base.bindings
        for (name, keyNames) in table {
            guard let command = BoardCommand(rawValue: name) else { throw KeyMapError.unknownCommand(name) }
            var keys: [Key] = []
            for keyName in keyNames {
                guard let key = Key(name: keyName) else { throw KeyMapError.unknownKey(keyName, command: name) }
                keys.append(key)
            }
            bindings[command] = keys
        }
        self.init(bindings: bindings)
    }

    /// The command a key runs while browsing, if any.
    public func command(for key: Key) -> BoardCommand? { commandsByKey[key] }

    /// The keys bound to a command, as they are written in help: `L, >`.
    public func keyNames(_ command: BoardCommand) -> String {
        (bindings[command] ?? []).map(\.description).joined(separator: ", ")
    }

    /// The first key bound to a command, for the status bar; nil when the config left it without a key.
    public func firstKey(_ command: BoardCommand) -> String? { bindings[command]?.first?.description }

    /// The keys in docs/keys.md.
    public static let standard = KeyMap(bindings: [
        .selectLeft: [.left, .character("h")],
        .selectRight: [.right, .character("l")],
        .selectUp: [.up, .character("k")],
        .selectDown: [.down, .character("j")],
        .firstCard: [.character("g")],
        .lastCard: [.character("G")],
        .firstLane: [.home],
        .lastLane: [.end],
        .pageUp: [.pageUp],
        .pageDown: [.pageDown],
        .halfPageUp: [.control("u")],
        .halfPageDown: [.control("d")],
        .moveNext: [.character("L"), .character(">"), .shiftRight],
        .movePrevious: [.character("H"), .character("<"), .shiftLeft],
        .moveToStage: [.character("m")],
        .pickUp: [.character(" ")],
        .openDetail: [.enter],
        .newDeal: [.character("n")],
        .editDeal: [.character("e")],
        .markWon: [.character("w")],
        .markLost: [.character("x")],
        .undo: [.character("u")],
        .redo: [.control("r")],
        .filter: [.character("/")],
        .clearFilter: [.escape],
        .switchPipeline: [.character("p")],
        .logActivity: [.character("a")],
        .stalledFilter: [.character("s")],
        .myDeals: [.character("o")],
        .snooze: [.character("z")],
        .park: [.character("v")],
        .qualify: [.character("Q")],
        .review: [.character("r")],
        .openInsights: [.character("i")],
        .openPlanner: [.character("P")],
        .laneBreakdown: [.character("b")],
        .help: [.character("?")],
        .quit: [.character("q"), .control("c")],
    ])
}

/// A key map entry that names no command or no key.
public enum KeyMapError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCommand(String)
    case unknownKey(String, command: String)

    public var description: String {
        switch self {
        case .unknownCommand(let name):
            "unknown board command '\(name)': use one of \(BoardCommand.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownKey(let name, let command):
            "unknown key '\(name)' for \(command): use a single character or space, enter, esc, tab, shift-tab, up, down, left, right, home, end, pgup, pgdn, backspace, delete, ctrl-LETTER"
        }
    }
}
