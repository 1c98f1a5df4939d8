import Board
import Foundation
import Pipeline
import FunnelStore
import Wording

/// The board's state and the loop that feeds actions to the reducer and effects to the store.
///
/// Shared by the full-screen board and `--snapshot`, so both draw exactly the same frame.
public struct BoardSession: Sendable {
    public var state: BoardState
    public let performer: EffectPerformer

    public init(state: BoardState, performer: EffectPerformer) {
        self.state = state
        self.performer = performer
    }

    /// Loads the board.
    public mutating func start() {
        let effects = BoardReducer.start(&state)
        perform(effects)
    }

    /// Reduces an action, performs its effects through the store, and reduces their results, until quiet.
    public mutating func dispatch(_ action: BoardAction) {
        let effects = BoardReducer.reduce(into: &state, action: action)
        perform(effects)
    }

    /// Reduces several actions, then performs their effects, keeping only the last board load:
    /// keys typed faster than a filtered load over a large database cost one load, not one each.
    public mutating func dispatch(coalescingLoads actions: [BoardAction]) {
        var effects: [BoardEffect] = []
        for action in actions {
            effects += BoardReducer.reduce(into: &state, action: action)
        }
        if let last = effects.lastIndex(where: { if case .loadBoard = $0 { true } else { false } }) {
            effects = effects.enumerated().filter { index, effect in
                switch effect {
                case .loadBoard, .loadLane, .loadLanes: index >= last
                default: true
                }
            }.map(\.element)
        }
        perform(effects)
    }

    mutating func perform(_ effects: [BoardEffect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            for result in performer.perform(effect) {
                queue += BoardReducer.reduce(into: &state, action: result)
            }
        }
    }

    /// The frame for the current state.
    public var screen: Screen { BoardView(state: state).render() }

    /// One frame of a pipeline's board as plain text, as `funnel board --snapshot` prints it.
    public static func snapshot(
        store: any PipelineStore, pipeline: String?, width: Int, height: Int, now: @escaping @Sendable () -> Date,
        keyMap: KeyMap = .standard, cardFields: [CardField] = CardField.defaults, dateFormat: DateFormat = .iso,
        weekStartsOn: Weekday = .monday, language: Language = Language.current, salesperson: Salesperson? = nil
    ) -> String {
        var state = BoardState(
            width: width, height: height, now: now(), timeZone: TimeZone.current, keyMap: keyMap, requestedPipeline: pipeline,
            cardFields: cardFields, dateFormat: dateFormat, weekStartsOn: weekStartsOn, language: language)
        state.salesperson = salesperson
        var session = BoardSession(state: state, performer: EffectPerformer(store: store, now: now, timeZone: TimeZone.current, language: language, dateFormat: dateFormat))
        session.start()
        return session.screen.text
    }
}
