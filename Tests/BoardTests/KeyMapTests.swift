import Board
import Testing

@Suite("Key map: bindings as data that a configuration can change")
struct KeyMapTests {
    @Test func theStandardMapBindsTheDocumentedKeys() {
        let map = KeyMap.standard
        #expect(map.command(for: .character("L")) == .moveNext)
        #expect(map.command(for: .character(">")) == .moveNext)
        #expect(map.command(for: .character(" ")) == .pickUp)
        #expect(map.command(for: .control("r")) == .redo)
        #expect(map.keyNames(.moveNext) == "L, >, shift-right")
        #expect(map.command(for: .character("Z")) == nil)
    }

    @Test func namedBindingsRebindACommand() throws {
        let map = try KeyMap(named: ["move_next": ["N", "ctrl-n"]])
        #expect(map.command(for: .character("N")) == .moveNext)
        #expect(map.command(for: .control("n")) == .moveNext)
        #expect(map.command(for: .character("L")) == nil)
        #expect(map.command(for: .character("H")) == .movePrevious)
    }

    @Test func unknownNamesAreRefusedWithTheAcceptedOnes() {
        #expect(throws: KeyMapError.unknownCommand("fly")) { try KeyMap(named: ["fly": ["f"]]) }
        #expect(throws: KeyMapError.unknownKey("hyper-x", command: "quit")) { try KeyMap(named: ["quit": ["hyper-x"]]) }
    }

    @Test func everyKeyNameReadsBack() {
        let keys: [Key] = [.character("a"), .character(" "), .up, .down, .left, .right, .shiftLeft, .shiftRight, .home, .end,
                           .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace, .delete, .control("r")]
        for key in keys { #expect(Key(name: key.description) == key) }
    }

    /// The status bar line of a loaded board, wide enough for every hint, drawn with this key map.
    func statusBar(_ map: KeyMap) -> String {
        var state = BoardFixture.loaded(width: 240, height: 40)
        state.keyMap = map
        let lines = BoardView(state: state).render().text.split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines[lines.count - 2])
    }

    @Test func theStatusBarShowsEachCommandsFirstKey() {
        #expect(statusBar(.standard).hasSuffix(" space carry  L/H move  n new  enter open  / filter  u undo  ? help  q quit"))
        let map = KeyMap.standard.rebinding([.moveNext: [.character("]")], .help: [.character("h"), .character("?")]])
        #expect(statusBar(map).hasSuffix(" space carry  ]/H move  n new  enter open  / filter  u undo  h help  q quit"))
    }

    @Test func aCommandLeftWithoutAKeyIsLeftOutOfTheStatusBar() {
        // Colemak: `n` selects down, so new_deal lost its only key; move_previous has none either.
        let map = KeyMap.standard.rebinding([.selectDown: [.down, .character("n")], .movePrevious: []])
        let bar = statusBar(map)
        #expect(bar.hasSuffix(" space carry  L move  enter open  / filter  u undo  ? help  q quit"), "\(bar)")
        #expect(!bar.contains(" new"))
        let none = KeyMap.standard.rebinding([.moveNext: [], .movePrevious: [], .quit: []])
        #expect(statusBar(none).hasSuffix(" space carry  n new  enter open  / filter  u undo  ? help"))
    }
}

extension KeyMap {
    /// This map with commands bound to exactly these keys, each key taken from whichever command had it.
    func rebinding(_ changes: [BoardCommand: [Key]]) -> KeyMap {
        var bindings = self.bindings
        for (command, keys) in changes {
            for other in BoardCommand.allCases where other != command {
                bindings[other] = (bindings[other] ?? []).filter { !keys.contains($0) }
            }
            bindings[command] = keys
        }
        return KeyMap(bindings: bindings)
    }
}
