import Foundation

/// The name of an `AtomicFile` write's temporary file, `.NAME.partial-PID-TOKEN`, or of a journal SQLite made beside it.
///
/// Older Funnels named their backups' temporary files `.NAME.partial-PID`; those are read too.
struct TemporaryName: Equatable {
    /// The (shortened) name of the file being written.
    let target: String
    /// The process that created the file.
    let pid: Int32
    /// The temporary file's own name: without `-journal`, `-wal` or `-shm`.
    let file: String

    /// At most this many characters of the target's name go into the temporary name, so it fits in NAME_MAX.
    static let longestTarget = 40
    static let marker = ".partial-"
    static let journalSuffixes = ["-journal", "-wal", "-shm"]

    static func shortened(_ name: String) -> String { String(name.unicodeScalars.prefix(longestTarget)) }

    static func make(for name: String, pid: Int32, token: String) -> String {
        ".\(shortened(name))\(marker)\(pid)-\(token)"
    }

    /// Reads a directory entry's name; nil when it is not a temporary file's name.
    init?(_ name: String) {
        guard name.hasPrefix(".") else { return nil }
        var file = Substring(name)
        if let suffix = Self.journalSuffixes.first(where: { name.hasSuffix($0) }) { file = file.dropLast(suffix.count) }
        guard let marker = file.range(of: Self.marker, options: .backwards) else { return nil }
        let target = file[file.index(after: file.startIndex)..<marker.lowerBound]
        let rest = file[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard !target.isEmpty, rest.count == 1 || rest.count == 2,
            let pid = Int32(rest[0]), pid > 0, rest[0].allSatisfy(\.isASCII),
            rest.count == 1 || (!rest[1].isEmpty && rest[1].allSatisfy(\.isHexDigit))
        else { return nil }
        self.target = String(target)
        self.pid = pid
        self.file = String(file)
    }
}
