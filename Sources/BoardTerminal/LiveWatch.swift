import Board
import Foundation
import FunnelStore

/// The board's side of a store's `ChangeWatch`: turns the watch's news into the action the board takes.
///
/// Others' commits reload what the board shows (`storeChangedElsewhere`), coalesced: all the news since the last
/// look is one reload. A lost watch makes the board say the server is away (`storeUnreachable`). Once the watch
/// listens again after a loss, notifications sent meanwhile are gone, so the board reads everything again
/// (`storeReachedAgain`), and only then: the watch LISTENs before that reload, so no commit falls between. The
/// store itself is asked whether it answers at most once a second (its connection comes back on a thread of its
/// own, `ServerReconnection`).
///
/// Reloads for others' commits are spaced: the next starts `reloadSpacing` after the last one ended, however
/// many commits came meanwhile. A busy team commits hundreds of times a second; a board that reloaded for each
/// would spend the machine on it (and, on a server, the server too), while one reload per tenth of a second
/// shows every change as soon as a person could tell the difference.
struct LiveWatch {
    let watch: any ChangeWatch
    /// When the store was last asked whether it answers.
    private var lastAsked = Date.distantPast
    /// The least time between the end of one reload for others' commits and the start of the next.
    static let reloadSpacing: TimeInterval = 0.1
    /// True when others committed since the last reload and the reload waits for its turn.
    private(set) var reloadWaiting = false
    /// When the last reload (for others' commits or after a loss) ended, by the machine's clock.
    private var lastReloadEnded = Date.distantPast

    init(_ watch: any ChangeWatch) {
        self.watch = watch
    }

    /// The action for what the watch saw since the last call; nil when there is nothing to do.
    /// `storeAnswers` asks the store once (a cheap read), true when it answered. `now` is the board's time (which
    /// `FUNNEL_NOW` may fix); `clock` is the machine's, which spaces the questions to the store.
    mutating func action(serverLost: Bool, now: Date, clock: Date = Date(), storeAnswers: () -> Bool) -> BoardAction? {
        let news = watch.news()
        guard news.listening else { return serverLost ? nil : .storeUnreachable }
        if news.othersCommitted { reloadWaiting = true }
        if news.lost || serverLost {
            guard news.lost || clock.timeIntervalSince(lastAsked) >= 1 else { return nil }
            lastAsked = clock
            if storeAnswers() {
                // Everything is read again, others' commits so far included.
                reloadWaiting = false
                return .storeReachedAgain(now: now)
            }
            return serverLost ? nil : .storeUnreachable
        }
        guard reloadWaiting, clock >= lastReloadEnded.addingTimeInterval(Self.reloadSpacing) else { return nil }
        reloadWaiting = false
        return .storeChangedElsewhere(now: now)
    }

    /// Notes that the board finished the reload `action` asked for (at `clock`): the next waits its spacing from here.
    mutating func reloadEnded(at clock: Date = Date()) {
        lastReloadEnded = clock
    }

    /// How long the loop may wait for a key before a waiting reload is due; nil when no reload waits.
    func untilReloadDue(clock: Date = Date()) -> TimeInterval? {
        guard reloadWaiting else { return nil }
        return max(0, lastReloadEnded.addingTimeInterval(Self.reloadSpacing).timeIntervalSince(clock))
    }
}
