import Foundation
import Testing

@testable import FunnelFiles

/// `AtomicFile`: a file is replaced whole or left exactly as it was, and nothing but its own temporary file is removed.
@Suite("AtomicFile")
final class AtomicFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("funnel-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { "\(folder)/\(name)" }

    func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func mode(_ path: String) throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! Int }

    /// A file of random bytes with mode 0644, as a user's old export would be.
    func oldFile(_ name: String, size: Int = 4096) throws -> (String, Data) {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<size).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        let file = path(name)
        try data.write(to: URL(fileURLWithPath: file))
        chmod(file, 0o644)
        return (file, data)
    }

    /// The steps a write took, recorded from the fault-injection hook.
    final class StepLog: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [AtomicFile.Step] = []
        func append(_ step: AtomicFile.Step) { lock.withLock { steps.append(step) } }
        var all: [AtomicFile.Step] { lock.withLock { steps } }
    }

    struct InjectedFault: Error {}

    @Test("An existing file is replaced whole, 0600 whatever its mode was, and nothing else is left in the folder")
    func replacesAnExistingFile() throws {
        let (file, _) = try oldFile("deals.csv")
        try AtomicFile(path: file).write(Data("new export\n".utf8))
        #expect(try bytes(file) == Data("new export\n".utf8))
        #expect(try mode(file) == 0o600)
        #expect(try entries() == ["deals.csv"])
        // The same again, as next week's export.
        try AtomicFile(path: file).write(Data("next week\n".utf8))
        #expect(try bytes(file) == Data("next week\n".utf8))
        #expect(try entries() == ["deals.csv"])
    }

    @Test("The steps come in order: fill, sync the file, rename, sync the folder")
    func stepsInOrder() throws {
        let log = StepLog()
        let file = path("backup.sqlite")
        try AtomicFile(path: file) { log.append($0) }.write(Data("copy".utf8))
        #expect(log.all == [.fill, .syncFile, .place, .syncFolder])
        #expect(try bytes(file) == Data("copy".utf8))
    }

    @Test("A failure at any step before the rename leaves the old file byte for byte and removes only the temporary file",
          arguments: [AtomicFile.Step.fill, .syncFile, .place])
    func failureBeforeTheRename(step failing: AtomicFile.Step) throws {
        let (file, old) = try oldFile("deals.csv", size: 64 * 1024)
        let neighbour = try oldFile(".deals.csv.partial").0
        let writer = AtomicFile(path: file) { step in if step == failing { throw InjectedFault() } }
        #expect(throws: InjectedFault.self) {
            try writer.write { temporary in try temporary.append(Data(repeating: 7, count: 1_000_000)) }
        }
        #expect(try bytes(file) == old)
        #expect(try mode(file) == 0o644)
        #expect(try entries() == [".deals.csv.partial", "deals.csv"])
        #expect(FileManager.default.fileExists(atPath: neighbour))
    }

    @Test("Content that fails half-way through its writing leaves the old file byte for byte")
    func fillFailingHalfWay() throws {
        let (file, old) = try oldFile("backup.sqlite")
        #expect(throws: InjectedFault.self) {
            try AtomicFile(path: file).write { temporary in
                try temporary.append(Data(repeating: 1, count: 100_000))
                // SQLite's journal beside the temporary file is the write's own and goes with it.
                _ = FileManager.default.createFile(atPath: temporary.path + "-journal", contents: Data("j".utf8))
                throw InjectedFault()
            }
        }
        #expect(try bytes(file) == old)
        #expect(try entries() == ["backup.sqlite"])
    }

    @Test("A failure syncing the folder comes after the rename: the new file is in place")
    func failureAfterTheRename() throws {
        let (file, _) = try oldFile("deals.csv")
        let writer = AtomicFile(path: file) { step in if step == .syncFolder { throw InjectedFault() } }
        #expect(throws: InjectedFault.self) { try writer.write(Data("new".utf8)) }
        #expect(try bytes(file) == Data("new".utf8))
        #expect(try entries() == ["deals.csv"])
    }

    @Test("A symbolic link is followed: the file it names is replaced and the link stays")
    func symbolicLinkIsFollowed() throws {
        let (real, _) = try oldFile("real.csv")
        let link = path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        try AtomicFile(path: link).write(Data("through the link".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try bytes(real) == Data("through the link".utf8))
        #expect(try entries() == ["link.csv", "real.csv"])
    }

    @Test("A folder, a device or a path naming no file is refused and left alone")
    func notAFile() throws {
        let inner = path("inner")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        let cases: [(String, FileWriteError.Reason)] = [
            (inner, .isFolder), ("/dev/null", .notRegularFile), ("", .noFileName), (inner + "/", .noFileName),
            (path("missing/deals.csv"), .folderMissing),
        ]
        for (target, reason) in cases {
            #expect(throws: FileWriteError(path: target, reason: reason)) { try AtomicFile(path: target).write(Data("x".utf8)) }
        }
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(try entries() == ["inner"])
    }

    @Test("A new file never replaces one: the next free name is taken, or nothing when none is allowed")
    func newFileNeverReplaces() throws {
        let (taken, old) = try oldFile("funnel-2026-11-29T090000Z.sqlite")
        let written = try AtomicFile(path: taken).writeAsNewFile(otherNames: 3) { try $0.append(Data("second".utf8)) }
        #expect(written == path("funnel-2026-11-29T090000Z-2.sqlite"))
        let third = try AtomicFile(path: taken).writeAsNewFile(otherNames: 3) { try $0.append(Data("third".utf8)) }
        #expect(third == path("funnel-2026-11-29T090000Z-3.sqlite"))
        #expect(try bytes(taken) == old)
        #expect(try bytes(path("funnel-2026-11-29T090000Z-2.sqlite")) == Data("second".utf8))
        #expect(try mode(path("funnel-2026-11-29T090000Z-3.sqlite")) == 0o600)
        #expect(try AtomicFile(path: taken).writeAsNewFile { try $0.append(Data("daily".utf8)) } == nil)
        #expect(try bytes(taken) == old)
        #expect(try entries().count == 3)
    }

    /// A process id no process has now (searched down from the kernel's largest).
    func unusedProcessID() throws -> Int32 {
        let text = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)
        var pid = (Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 32768) - 1
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }

    @Test("Leftovers of dead processes are removed; a running write's file, a locked one and every other file stay")
    func leftovers() throws {
        let dead = try unusedProcessID()
        let names = [
            ".a.sqlite.partial-\(dead)", ".a.sqlite.partial-\(dead)-journal",  // an older Funnel's backup
            ".b.sqlite.partial-\(dead)-1f2e3d", ".b.sqlite.partial-\(dead)-1f2e3d-journal",
            ".c.sqlite.partial-\(getpid())-ab",  // a write of this running process
            ".d.sqlite.partial-\(dead)-cd",  // locked below, as a write in another PID namespace would hold it
            ".notes.partial", "notes.txt", ".e.sqlite.partial-12ab",
        ]
        for name in names { _ = FileManager.default.createFile(atPath: path(name), contents: Data("x".utf8)) }
        let locked = open(path(".d.sqlite.partial-\(dead)-cd"), O_RDONLY)
        defer { close(locked) }
        #expect(flock(locked, LOCK_EX) == 0)
        #expect(AtomicFile.removeLeftovers(inFolder: folder, forName: "a.sqlite") == [".a.sqlite.partial-\(dead)", ".a.sqlite.partial-\(dead)-journal"])
        #expect(AtomicFile.removeLeftovers(inFolder: folder) == [".b.sqlite.partial-\(dead)-1f2e3d", ".b.sqlite.partial-\(dead)-1f2e3d-journal"])
        #expect(try entries() == [".c.sqlite.partial-\(getpid())-ab", ".d.sqlite.partial-\(dead)-cd", ".e.sqlite.partial-12ab", ".notes.partial", "notes.txt"])
        #expect(AtomicFile.isTemporaryFile(path(".b.sqlite.partial-\(dead)-1f2e3d-journal")))
        #expect(!AtomicFile.isTemporaryFile(path("notes.txt")))
    }

    @Test("A full disk, a quota and a file size limit are all named as a full disk, with the file", arguments: [ENOSPC, EDQUOT, EFBIG])
    func fullDiskWords(code: Int32) {
        let error = FileWriteError(path: "/home/ann/deals.csv", errno: code)
        #expect(error.description == "cannot write '/home/ann/deals.csv': the disk is full (or over quota or a file size limit); a file already there is left as it was")
        #expect(!error.isBadPath)
    }
}
