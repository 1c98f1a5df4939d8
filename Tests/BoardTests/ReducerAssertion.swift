import Board
import Testing

/// Feeds one action to the reducer and checks the whole new state and every effect.
///
/// `change` states what the action should change, starting from the old state; anything
/// else that changed fails the test (exhaustive, in the spirit of TCA's TestStore).
func expectReduce(
    _ state: inout BoardState, _ action: BoardAction, effects expected: [BoardEffect] = [],
    sourceLocation: SourceLocation = #_sourceLocation,
    _ change: (inout BoardState) -> Void = { _ in }
) {
    var wanted = state
    change(&wanted)
    let effects = BoardReducer.reduce(into: &state, action: action)
    #expect(effects == expected, sourceLocation: sourceLocation)
    #expect(state == wanted, sourceLocation: sourceLocation)
}

/// Presses keys one after another and returns every effect.
@discardableResult
func press(_ state: inout BoardState, _ keys: Key...) -> [BoardEffect] {
    var effects: [BoardEffect] = []
    for key in keys { effects += BoardReducer.reduce(into: &state, action: .keyPressed(key)) }
    return effects
}

extension Key {
    static let space = Key.character(" ")
    static func c(_ character: Character) -> Key { .character(character) }
}
