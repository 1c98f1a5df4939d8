import Foundation

/// Writes one file whole or not at all: every file Funnel writes goes through here.
///
/// The content goes into a temporary file created beside the target (mode 0600, `O_EXCL`), which is synced,
/// renamed over the target with `rename(2)`, and then the folder is synced. Until the rename the old file is
/// exactly as it was; on any failure the only file removed is the temporary file this write created. A symbolic
/// link is followed to the file it names (the link stays); a folder, a device, a pipe or a socket is never replaced.
/// The new file is 0600 whatever the umask and whatever the mode of the file it replaces.
public struct AtomicFile: Sendable {
    /// The steps of a write, in the order they are taken.
    public enum Step: Sendable, Equatable {
        /// The caller's content goes into the temporary file.
        case fill
        /// The temporary file is synced to disk.
        case syncFile
        /// The temporary file takes the target's name.
        case place
        /// The folder is synced, so the new name survives a power cut.
        case syncFolder
    }

    /// The temporary file a write fills: its path (for SQLite's backup) or bytes appended to it.
    public struct Temporary: Sendable {
        /// Where the temporary file is, beside the target.
        public let path: String
        /// The file the user named, for messages.
        let target: String
        let descriptor: Int32

        /// Appends `data`, retrying short writes.
        public func append(_ data: Data) throws(FileWriteError) {
            var failure: Int32 = 0
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
            if failure != 0 { throw FileWriteError(path: target, errno: failure) }
        }
    }

    /// The path the caller named.
    public let path: String
    /// Called before each step; a test throws from it to fail a write half-way.
    let beforeStep: @Sendable (Step) throws -> Void

    public init(path: String) {
        self.init(path: path) { _ in }
    }

    init(path: String, beforeStep: @escaping @Sendable (Step) throws -> Void) {
        self.path = path
        self.beforeStep = beforeStep
    }

    /// Replaces the file with `data`.
    public func write(_ data: Data) throws {
        try write { temporary in try temporary.append(data) }
    }

    /// Replaces the file with what `fill` writes into the temporary file beside it.
    ///
    /// `fill` may write through `Temporary.append` or open `Temporary.path` itself (SQLite's backup does);
    /// its errors are thrown as they are, after the temporary file is removed.
    public func write(filling fill: (Temporary) throws -> Void) throws {
        let target = try resolvedTarget()
        let temporary = try Self.createTemporary(beside: target, for: path)
        do {
            try beforeStep(.fill)
            try fill(temporary)
            try beforeStep(.syncFile)
            try Self.sync(temporary)
            try beforeStep(.place)
            guard rename(temporary.path, target) == 0 else { throw FileWriteError(path: path, errno: errno) }
        } catch {
            Self.discard(temporary)
            throw error
        }
        close(temporary.descriptor)
        try beforeStep(.syncFolder)
        try Self.syncFolder(of: target, for: path)
    }

    /// Writes a new file and never replaces one: at `path`, or when that is taken at `NAME-2.EXT`,
    /// `NAME-3.EXT` and so on, up to `otherNames` more names.
    ///
    /// Returns the path written, or nil when every name was taken (then nothing is left behind).
    /// The name is taken with `link(2)`, which fails rather than replace a file another process made meanwhile.
    public func writeAsNewFile(otherNames: Int = 0, filling fill: (Temporary) throws -> Void) throws -> String? {
        guard !path.isEmpty, !path.hasSuffix("/") else { throw FileWriteError(path: path, reason: .noFileName) }
        let temporary = try Self.createTemporary(beside: path, for: path)
        var placed: String?
        do {
            try beforeStep(.fill)
            try fill(temporary)
            try beforeStep(.syncFile)
            try Self.sync(temporary)
            try beforeStep(.place)
            for candidate in candidates(otherNames: otherNames) {
                if link(temporary.path, candidate) == 0 {
                    placed = candidate
                    break
                }
                guard errno == EEXIST else { throw FileWriteError(path: candidate, errno: errno) }
            }
        } catch {
            Self.discard(temporary)
            throw error
        }
        // The new name holds the file now; the temporary name goes.
        Self.discard(temporary)
        guard let placed else { return nil }
        try beforeStep(.syncFolder)
        try Self.syncFolder(of: placed, for: placed)
        return placed
    }

    /// `path`, then `NAME-2.EXT`, `NAME-3.EXT`, ... up to `otherNames` more.
    func candidates(otherNames: Int) -> [String] {
        guard otherNames > 0 else { return [path] }
        let base = path as NSString
        let ext = base.pathExtension
        let stem = ext.isEmpty ? path : base.deletingPathExtension
        return [path] + (2..<(2 + otherNames)).map { ext.isEmpty ? "\(stem)-\($0)" : "\(stem)-\($0).\(ext)" }
    }

    /// The file a write replaces: `path`, or the file a symbolic link there names. Refuses folders,
    /// devices, pipes and sockets.
    func resolvedTarget() throws(FileWriteError) -> String {
        guard !path.isEmpty, !path.hasSuffix("/") else { throw FileWriteError(path: path, reason: .noFileName) }
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let real = realpath(path, nil) {
            // A dangling link has nothing to lose and is replaced itself.
            target = String(cString: real)
            free(real)
        }
        guard stat(target, &info) == 0 else {
            if errno == ENOENT { return target }
            throw FileWriteError(path: path, errno: errno)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return target
        case S_IFDIR: throw FileWriteError(path: path, reason: .isFolder)
        default: throw FileWriteError(path: path, reason: .notRegularFile)
        }
    }

    // MARK: - The temporary file

    /// Creates `.NAME.partial-PID-TOKEN` beside `target`, 0600, locked while this process writes it.
    static func createTemporary(beside target: String, for shown: String) throws(FileWriteError) -> Temporary {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let token = String(UInt32.random(in: .min ... .max), radix: 16)
        let name = TemporaryName.make(for: url.lastPathComponent, pid: getpid(), token: token)
        let temporary = "\(folder)/\(name)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw FileWriteError(path: shown, errno: errno) }
        // The mode is set whatever the umask; the lock tells a later run that this file is still being written.
        fchmod(descriptor, 0o600)
        flock(descriptor, LOCK_EX)
        return Temporary(path: temporary, target: shown, descriptor: descriptor)
    }

    static func sync(_ temporary: Temporary) throws(FileWriteError) {
        guard fsync(temporary.descriptor) == 0 else { throw FileWriteError(path: temporary.target, errno: errno) }
    }

    /// Closes and removes the temporary file and any journal SQLite made beside it: files this write created.
    static func discard(_ temporary: Temporary) {
        close(temporary.descriptor)
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary.path + suffix) }
    }

    /// Syncs the folder holding `file`, so a rename or a new name in it is on disk.
    static func syncFolder(of file: String, for shown: String) throws(FileWriteError) {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileWriteError(path: shown, reason: .folderNotSynced(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        // Some file systems cannot sync a folder (EINVAL); there is nothing more to do on those.
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            throw FileWriteError(path: shown, reason: .folderNotSynced(String(cString: strerror(errno))))
        }
    }
}
