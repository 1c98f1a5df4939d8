import CNcursesw
import Foundation

/// The terminal in curses mode: checked before anything is touched, and always restored.
///
/// Opened with `newterm` (not `initscr`, which exits on its own on a bad TERM), after checking
/// that stdin and stdout are terminals and that terminfo knows TERM. Signal handlers restore
/// the terminal on SIGTERM, SIGHUP, SIGINT and on crashes before the process ends.
final class Terminal {
    /// Why the board cannot start here, in one line.
    struct Unusable: Error, CustomStringConvertible {
        var description: String
    }

    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>

    /// Checks the terminal and enters curses mode.
    init(mouse: Bool) throws {
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw Unusable(description: "the board needs a terminal, but stdin or stdout is not one; use 'funnel board --snapshot' or 'funnel list' in scripts")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else {
            throw Unusable(description: "the board needs a terminal type, but TERM is not set; set it (e.g. TERM=xterm-256color) or use 'funnel board --snapshot'")
        }
        guard term != "dumb" else {
            throw Unusable(description: "the board cannot draw on TERM=dumb; use a terminal such as xterm-256color, or 'funnel board --snapshot'")
        }
        guard funnel_terminfo_knows(term, STDOUT_FILENO) != 0 else {
            throw Unusable(description: "the terminal type TERM=\(term) is unknown to terminfo; set TERM to one it knows (e.g. xterm-256color)")
        }
        setlocale(LC_ALL, "")
        guard let screen = funnel_newterm() else {
            throw Unusable(description: "cannot start the terminal TERM=\(term); set TERM to one terminfo knows (e.g. xterm-256color)")
        }
        self.screen = screen
        set_term(screen)
        window = funnel_stdscr()
        Terminal.installSignalHandlers()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, 250)
        if mouse {
            mousemask(funnel_mouse_events(), nil)
            mouseinterval(0)
        }
    }

    /// Leaves curses mode and gives the terminal back as it was.
    func restore() {
        Terminal.restoreNow()
        delscreen(screen)
    }

    /// Ends curses mode; safe to call more than once and from a signal handler.
    static func restoreNow() {
        if isendwin() == false { endwin() }
    }

    /// The window size in cells.
    var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    private static func installSignalHandlers() {
        // A parent may have started us with these signals blocked; a blocked SIGTERM would leave
        // the terminal in curses mode forever, and a blocked SIGWINCH (ncurses' resize signal)
        // would never reflow the board, so take them back.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH] { sigaddset(&handled, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(signalNumber) { received in
                Terminal.restoreNow()
                _exit(128 + received)
            }
        }
        // Crashes (a Swift runtime error traps with SIGILL or SIGTRAP): restore, then die as before.
        for signalNumber in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            signal(signalNumber) { received in
                Terminal.restoreNow()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
