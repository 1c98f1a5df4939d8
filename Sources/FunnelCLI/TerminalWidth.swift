import Foundation

/// How wide the tables a command prints may be: `COLUMNS` when set, else the width of the terminal
/// standard output goes to; nil when it goes to a file or a pipe (scripts get every column).
enum TerminalWidth {
    /// Narrower than this, tables are not fitted: they would lose every column but one.
    static let narrowest = 20

    static var forTables: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)) {
            return columns >= narrowest ? columns : nil
        }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, Int(size.ws_col) >= narrowest else { return nil }
        return Int(size.ws_col)
    }
}
