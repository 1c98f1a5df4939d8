import CNcursesw
import Foundation
import Wording

/// The terminal in curses mode: checked before anything is touched, and always restored.
///
/// Opened with `newterm` (not `initscr`, which exits on its own on a bad TERM), after checking
/// that stdin and stdout are terminals and that terminfo knows TERM. Signal handlers restore
/// the terminal on SIGTERM, SIGHUP, SIGINT, SIGQUIT and on crashes before the process ends, with
/// async-signal-safe calls only: the settings and bytes they write back are kept beforehand.
final class Terminal {
    /// Why the board cannot start here, in one line.
    struct Unusable: Error, CustomStringConvertible {
        var description: String
    }

    private let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>

    /// Checks the terminal and enters curses mode; a refusal is said in `language`.
    init(mouse: Bool, language: Language = .english) throws {
        func refusal(_ text: Text) -> Unusable { Unusable(description: text.rendered(in: language)) }
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw refusal(.terminalNotATerminal)
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else {
            throw refusal(.terminalNoType)
        }
        guard term != "dumb" else {
            throw refusal(.terminalDumb)
        }
        guard funnel_terminfo_knows(term, STDOUT_FILENO) != 0 else {
            throw refusal(.terminalUnknownType(term: term))
        }
        Terminal.setLocale()
        // The settings a signal handler writes back: the terminal's own, before curses changes them.
        _ = funnel_keep_terminal_settings(STDOUT_FILENO)
        guard let screen = funnel_newterm() else {
            throw refusal(.terminalCannotStart(term: term))
        }
        self.screen = screen
        set_term(screen)
        window = funnel_stdscr()
        let bytes = Terminal.restoringBytes(mouse: mouse)
        funnel_keep_terminal_bytes(bytes, bytes.count)
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

    /// Takes the locale from the environment; when the named one is not installed (`LANG=zh_CN.UTF-8` on a
    /// machine with only `C.UTF-8`, common in containers and over ssh), `C.UTF-8` for character handling,
    /// so ncurses still draws wide characters and box rules instead of falling back to ASCII. The language
    /// Funnel speaks follows the variable all the same (`Language.fromLocale`). Returns the locale set.
    @discardableResult
    static func setLocale() -> String {
        if let set = setlocale(LC_ALL, "") { return String(cString: set) }
        for fallback in ["C.UTF-8", "C.utf8"] {
            if let set = setlocale(LC_ALL, fallback) { return String(cString: set) }
        }
        return "C"
    }

    /// Leaves curses mode and gives the terminal back as it was.
    func restore() {
        // From here curses gives the terminal back itself; a signal now only ends the process.
        funnel_forget_terminal()
        if isendwin() == false { endwin() }
        delscreen(screen)
    }

    /// The bytes that undo what curses sent, for a signal handler to write as they are: no mouse
    /// reporting (when it was on), keypad mode off, plain attributes, the cursor shown, and the
    /// alternate screen left, each from terminfo when the terminal has it.
    static func restoringBytes(mouse: Bool) -> [CChar] {
        var text = ""
        if mouse, funnel_terminfo_string("kmous") != nil {
            // The xterm mouse modes ncurses may have turned on (1000, 1002, 1003; 1006 for SGR reports).
            text += "\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l"
        }
        for capability in ["rmkx", "sgr0", "cnorm", "rmcup"] {
            guard let value = funnel_terminfo_string(capability) else { continue }
            text += withoutPadding(String(cString: value))
        }
        return Array(text.utf8CString.dropLast())
    }

    /// A terminfo string without its `$<5>` delays, which only `tputs` understands.
    static func withoutPadding(_ capability: String) -> String {
        var out = ""
        var rest = Substring(capability)
        while let start = rest.range(of: "$<") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else {
                rest = rest[start.lowerBound...]
                break
            }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
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
        // The handlers are C (shim.h) and call only async-signal-safe functions: the terminal's
        // kept settings and bytes are written back, then the process ends (128 + the signal).
        for signalNumber in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            _ = funnel_handle_signal(signalNumber, 0)
        }
        // Crashes (a Swift runtime error traps with SIGILL or SIGTRAP): restore, then die as before.
        for signalNumber in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            _ = funnel_handle_signal(signalNumber, 1)
        }
    }
}
