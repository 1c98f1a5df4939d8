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
struct LiveWatch {
    let watch: any ChangeWatch
    /// When the store was last asked whether it answers.
    private var lastAsked = Date.distantPast

    init(_ watch: any ChangeWatch) {
        self.watch = watch
    }

    /// The action for what the watch saw since the last call; nil when there is nothing to do.
    /// `storeAnswers` asks the store once (a cheap read), true when it answered. `now` is the board's time (which
    /// `FUNNEL_NOW` may fix); `clock` is the machine's, which spaces the questions to the store.
    mutating func action(serverLost: Bool, now: Date, clock: Date = Date(), storeAnswers: () -> Bool) -> BoardAction? {
        let news = watch.news()
        guard news.listening else { return serverLost ? nil : .storeUnreachable }
        if news.lost || serverLost {
            guard news.lost || clock.timeIntervalSince(lastAsked) >= 1 else { return nil }
            lastAsked = clock
            if storeAnswers() { return .storeReachedAgain(now: now) }
            return serverLost ? nil : .storeUnreachable
        }
        return news.othersCommitted ? .storeChangedElsewhere(now: now) : nil
    }
}
