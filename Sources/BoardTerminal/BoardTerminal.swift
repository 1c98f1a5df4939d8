import Board
import CNcursesw
import Foundation
import Pipeline
import FunnelStore
import Wording

/// The full-screen board: terminal set-up, the input loop, drawing, and watching the database.
public enum BoardTerminal {
    /// How often, at most, the database is asked whether another process wrote to it: a file's counter is read
    /// locally, a server's over the network, once a second (only when the server's watch could not start: with
    /// one, others' commits are pushed, `LiveWatch`).
    static func changeCheckInterval(_ location: StoreLocation) -> TimeInterval {
        if case .server = location { return 1 }
        return 0.4
    }

    /// Runs the board until the user quits. Throws a one-line error, with the terminal untouched,
    /// when there is no usable terminal. `keyMap`, `colors`, `cardFields`, `dateFormat`, `weekStartsOn` and
    /// `decimalSeparator` come from the user's config file.
    public static func run(
        store: any PipelineStore, pipeline: String?, mouse: Bool, now: @escaping @Sendable () -> Date,
        keyMap: KeyMap = .standard, colors: [StyleRole: PaletteColor] = [:], cardFields: [CardField] = CardField.defaults,
        dateFormat: DateFormat = .iso, weekStartsOn: Weekday = .monday, language: Language = Language.current,
        decimalSeparator: DecimalSeparator? = nil, salesperson: Salesperson? = nil
    ) throws {
        let terminal = try Terminal(mouse: mouse, language: language)
        defer { terminal.restore() }
        let palette = Palette(useColor: Palette.wantsColor(environment: ProcessInfo.processInfo.environment), chosen: colors)
        let size = terminal.size
        var state = BoardState(
            width: size.width, height: size.height, now: now(), timeZone: TimeZone.current, keyMap: keyMap,
            requestedPipeline: pipeline, cardFields: cardFields, dateFormat: dateFormat, weekStartsOn: weekStartsOn,
            language: language, decimalSeparator: decimalSeparator)
        // The person using the board: new deals' owner, and whose deals `o` shows.
        state.salesperson = salesperson
        var session = BoardSession(state: state, performer: EffectPerformer(store: store, now: now, timeZone: TimeZone.current, language: language, dateFormat: dateFormat))
        // Where the announcements of others' changes start; then the watch, before the first load, so a commit
        // made after that load is told.
        session.state.lastSeenChange = try? store.lastDealChangeID()
        let watch = (try? store.watchChanges()).flatMap { $0 }
        defer { watch?.stop() }
        var live = watch.map(LiveWatch.init)
        session.start()
        var lastToken = (try? store.changeToken()) ?? 0
        var lastCheck = Date()
        let checkInterval = changeCheckInterval(store.location)
        var painter = Painter(window: terminal.window, palette: palette)
        painter.paint(session.screen)
        while !session.state.isFinished {
            var changed = true
            let reloadDue = live?.untilReloadDue().map { Int32(min(250, ($0 * 1000).rounded(.up))) }
            switch nextInput(terminal, watching: watch?.fileDescriptor, reloadDue: reloadDue) {
            case .key(let key):
                if session.state.mode == .filtering {
                    // Take every key already typed, so the filter loads once for all of them.
                    session.dispatch(coalescingLoads: [.keyPressed(key)] + typeahead(terminal))
                } else {
                    session.dispatch(.keyPressed(key))
                }
            case .resized:
                let size = terminal.size
                session.dispatch(.windowResized(width: size.width, height: size.height))
            case .mouse(let x, let y, let click, let wheelDown):
                if click {
                    session.dispatch(.mouseClicked(x: x, y: y))
                } else if let wheelDown {
                    session.dispatch(.wheelScrolled(x: x, y: y, down: wheelDown))
                }
            case .nothing:
                changed = false
                // The terminal is gone (its window closed without a SIGHUP reaching us): reads now
                // fail at once, and without this the loop would spin instead of waiting for keys.
                if terminalHungUp() { return }
            }
            // A watched store pushes others' commits and its own losses and returns.
            if live != nil {
                if let action = live?.action(serverLost: session.state.serverLost, now: now(), storeAnswers: { (try? store.changeToken()) != nil }) {
                    session.dispatch(action)
                    live?.reloadEnded()
                    changed = true
                }
            } else if Date().timeIntervalSince(lastCheck) >= checkInterval {
                // Our own writes leave the token alone, so any change is another process's write, even
                // one that landed while a key was handled: the board then reloads everything (totals included).
                // A server that cannot be reached is said in the status bar until a check reaches it again.
                lastCheck = Date()
                do {
                    let token = try store.changeToken()
                    if session.state.serverLost {
                        lastToken = token
                        session.dispatch(.storeReachedAgain(now: now()))
                        changed = true
                    } else if token != lastToken {
                        lastToken = token
                        session.dispatch(.storeChangedElsewhere(now: now()))
                        changed = true
                    }
                } catch StoreError.unreachable {
                    if !session.state.serverLost {
                        session.dispatch(.storeUnreachable)
                        changed = true
                    }
                } catch {
                    // Another failure to read the counter: the next check tries again.
                }
            }
            if changed && !session.state.isFinished { painter.paint(session.screen) }
        }
    }
}

extension BoardTerminal {
    /// The next key, click or resize, waiting at most 250 ms. With a watch, the wait is a `poll` on the terminal and
    /// the watch's descriptor together, so a commit by someone else ends it at once, and shorter when needed so
    /// a reload held back by its spacing starts on time: `reloadDue` milliseconds (`LiveWatch`). While a reload
    /// waits, the watch's descriptor is left out: more news changes nothing until then. ncurses' own buffer is read
    /// first (without waiting), since `poll` cannot see what it already took from the terminal.
    static func nextInput(_ terminal: Terminal, watching watch: Int32?, reloadDue: Int32? = nil) -> TerminalInput {
        guard let watch else { return KeyDecoder.read(terminal.window) }
        wtimeout(terminal.window, 0)
        defer { wtimeout(terminal.window, 250) }
        let buffered = KeyDecoder.read(terminal.window)
        if case .nothing = buffered {} else { return buffered }
        var waiting = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: watch, events: Int16(POLLIN), revents: 0)]
        guard poll(&waiting, reloadDue == nil ? 2 : 1, reloadDue ?? 250) > 0, waiting[0].revents != 0 else { return .nothing }
        return KeyDecoder.read(terminal.window)
    }

    /// Filter keys that are already waiting, read without waiting; stops at Enter or Esc,
    /// which end the filter and must see the lanes it loaded.
    static func typeahead(_ terminal: Terminal) -> [BoardAction] {
        var actions: [BoardAction] = []
        wtimeout(terminal.window, 0)
        defer { wtimeout(terminal.window, 250) }
        while actions.count < 256 {
            switch KeyDecoder.read(terminal.window) {
            case .key(let key):
                actions.append(.keyPressed(key))
                if key == .enter || key == .escape { return actions }
            case .resized:
                let size = terminal.size
                actions.append(.windowResized(width: size.width, height: size.height))
                return actions
            case .mouse, .nothing:
                return actions
            }
        }
        return actions
    }
}

/// True when the terminal on stdin has hung up or been closed.
func terminalHungUp() -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 0) >= 0 else { return false }
    return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
}

/// Copies finished frames to ncurses: every changed cell with `mvwadd_wch`, then
/// `wnoutrefresh` and one `doupdate`. Never clears, so nothing flickers.
///
/// A blank that looks the same in any style without reverse, underline or a background of its
/// own takes the look of the cell to its left, so a run like `Title····│` is one attribute change
/// for the terminal instead of three: fewer bytes per frame, the same picture.
struct Painter {
    let window: UnsafeMutablePointer<WINDOW>
    let palette: Palette
    private var previous: Screen?

    init(window: UnsafeMutablePointer<WINDOW>, palette: Palette) {
        self.window = window
        self.palette = palette
    }

    mutating func paint(_ screen: Screen) {
        let sameSize = previous.map { $0.width == screen.width && $0.height == screen.height } ?? false
        for y in 0..<screen.height {
            var left = Palette.Look.plain
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                var look = palette.look(cell.style)
                if cell.grapheme == " ", palette.blankLooksPlain(look), palette.blankLooksPlain(left) { look = left }
                left = look
                if sameSize, let previous, previous.sameCell(x: x, y: y, as: screen) { continue }
                var text: [wchar_t] = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
                text.append(0)
                _ = funnel_put_cell(window, Int32(y), Int32(x), text, look.attributes, look.pair)
            }
        }
        previous = screen
        wnoutrefresh(window)
        doupdate()
    }
}
