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
}
