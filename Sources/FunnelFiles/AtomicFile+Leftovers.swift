import Foundation

// MARK: - Leftovers of writes that were killed

extension AtomicFile {
    /// True when `path` names an `AtomicFile` temporary file or its journal: an unfinished write, never a backup.
    public static func isTemporaryFile(_ path: String) -> Bool {
        TemporaryName(URL(fileURLWithPath: path).lastPathComponent) != nil
    }

    /// Removes the temporary files (and their SQLite journals) that killed writes left in `folder`: all of
    /// them, or only those of writes to a file named `name`. Returns the names removed.
    ///
    /// A temporary file is removed only when the process that made it is gone and no process holds its lock,
    /// so a write still running, here or in another process, keeps its file. Nothing else is ever removed.
    @discardableResult
    public static func removeLeftovers(inFolder folder: String, forName name: String? = nil) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let wanted = name.map(TemporaryName.shortened)
        let leftovers = entries.compactMap { entry in TemporaryName(entry).map { (entry, $0) } }
            .filter { _, temporary in wanted == nil || temporary.target == wanted }
        var removed: [String] = []
        for (file, group) in Dictionary(grouping: leftovers, by: { $0.1.file }).sorted(by: { $0.key < $1.key }) {
            guard let pid = group.first?.1.pid, !isRunning(pid), !isLocked("\(folder)/\(file)") else { continue }
            for (entry, _) in group.sorted(by: { $0.0 < $1.0 }) where isRegularFile("\(folder)/\(entry)") {
                if unlink("\(folder)/\(entry)") == 0 { removed.append(entry) }
            }
        }
        return removed
    }

    /// True when a process with this id exists (even one this user may not signal).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// True when another open file holds the write lock a running `AtomicFile` write keeps on its temporary file.
    static func isLocked(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_EX | LOCK_NB) != 0
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
