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

    /// A board showing Li Wei's deals, the server lost since.
    func myDealsOffline(language: Language = .english) -> BoardState {
        var state = BoardFixture.loaded()
        state.language = language
        state.salesperson = Salesperson(name: "Li Wei", source: .config)
        _ = press(&state, .c("o"))
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(BoardFixture.pipeline(), BoardFixture.sampleDeals(BoardFixture.pipeline()))))
        _ = BoardReducer.reduce(into: &state, action: .storeUnreachable)
        return state
    }

    @Test func oWhileTheServerIsAwayIsRefusedKeepingMyDealsAndTheLanes() {
        var state = myDealsOffline()
        let lanes = state.lanes
        expectReduce(&state, .keyPressed(.c("o"))) { s in
            s.message = .offline("Server unreachable: o shows your deals or everyone's once it is back")
        }
        #expect(state.mineOnly && state.lanes == lanes)
        let screen = BoardView(state: state).render().text
        #expect(screen.contains("my deals"))
        #expect(!screen.contains("was not saved"))
    }

    @Test func oWhileTheServerIsAwayIsRefusedInChinese() {
        var state = myDealsOffline(language: .simplifiedChinese)
        _ = press(&state, .c("o"))
        #expect(state.message == .offline("服务器无法连接：恢复连接后才能按 o 切换你的或所有人的商机"))
        #expect(state.mineOnly)
    }

    @Test func theReloadWhenTheServerIsBackClearsAnOfflineRefusal() {
        var state = myDealsOffline()
        _ = press(&state, .c("o"))
        // A move meanwhile is refused by the store, and the reload after it fails as well: the refusal stays.
        _ = BoardReducer.reduce(into: &state, action: .changeFailed("the connection to the database server at db:5432 was lost; nothing saved"))
        _ = BoardReducer.reduce(into: &state, action: .loadFailed("the connection to the database server at db:5432 was lost"))
        #expect(state.message == .offline("the connection to the database server at db:5432 was lost; nothing saved"))
        let effects = BoardReducer.reduce(into: &state, action: .storeReachedAgain(now: BoardFixture.now.addingTimeInterval(60)))
        #expect(state.message == nil)
        guard case .loadBoard(let load) = effects.first else {
            Issue.record("no reload after the server came back: \(effects)")
            return
        }
        #expect(load.mine?.name == "Li Wei", "the reload keeps my deals")
        // Once it is back, `o` switches again.
        _ = press(&state, .c("o"))
        #expect(!state.mineOnly)
    }

    @Test func aRefusalFromBeforeTheServerWasLostStaysWhenItIsBack() {
        var state = BoardFixture.loaded()
        _ = BoardReducer.reduce(into: &state, action: .changeFailed("'Acme renewal' is already in the last stage"))
        _ = BoardReducer.reduce(into: &state, action: .storeUnreachable)
        _ = BoardReducer.reduce(into: &state, action: .storeReachedAgain(now: BoardFixture.now.addingTimeInterval(60)))
        #expect(state.message == .error("'Acme renewal' is already in the last stage"))
    }
}
