import Board
import Foundation
import Pipeline
import Testing
import Wording

/// The board on a shared server that goes away and comes back: the status bar says so, nothing else changes,
/// and the first check that reaches the server again reloads everything.
@Suite("Board: a lost server")
struct ServerLostReducerTests {
    @Test func aLostServerIsSaidInTheStatusBarAndChangesNothingElse() {
        var state = BoardFixture.loaded()
        expectReduce(&state, .storeUnreachable) { $0.serverLost = true }
        let bar = BoardView(state: state).render().text.split(separator: "\n").map(String.init)
        #expect(bar.contains { $0.contains("⚠ server unreachable, reconnecting: nothing can be saved until it is back") })
        // The lanes are still drawn from what was loaded: the board stays readable.
        #expect(bar.contains { $0.contains("Globex pilot") })
    }

    @Test func theServerBackReloadsEverythingAndClearsTheWarning() {
        var state = BoardFixture.loaded()
        _ = BoardReducer.reduce(into: &state, action: .storeUnreachable)
        let later = BoardFixture.now.addingTimeInterval(60)
        let effects = BoardReducer.reduce(into: &state, action: .storeReachedAgain(now: later))
        #expect(!state.serverLost)
        #expect(state.now == later)
        #expect(state.reloadingForOutsideChange)
        guard case .loadBoard = effects.first else {
            Issue.record("no reload after the server came back: \(effects)")
            return
        }
        #expect(!BoardView(state: state).render().text.contains("⚠"))
    }

    @Test func theWarningIsInChineseToo() {
        var state = BoardFixture.loaded()
        state.language = .simplifiedChinese
        _ = BoardReducer.reduce(into: &state, action: .storeUnreachable)
        #expect(BoardView(state: state).render().text.contains("⚠ 服务器无法连接，正在重连"))
    }
}
