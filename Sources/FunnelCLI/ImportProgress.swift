import Foundation
import Wording

/// A progress bar with rows per second on stderr, for long imports; silent unless stderr is a terminal.
final class ImportProgress {
    let total: Int
    let started = Date()
    let enabled: Bool
    var lastDrawn = Date.distantPast

    /// Files with fewer rows finish before a bar would help.
    static let minimumRows = 2_000

    init(total: Int) {
        self.total = total
        enabled = total >= Self.minimumRows && isatty(STDERR_FILENO) == 1
    }

    /// Draws the bar for `done` rows, at most ten times a second.
    func update(_ done: Int) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Int(Double(done) / seconds)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r" + CommandText.importProgress(bar: bar, percent: done * 100 / max(total, 1), done: done, total: total, rate: rate).string
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
