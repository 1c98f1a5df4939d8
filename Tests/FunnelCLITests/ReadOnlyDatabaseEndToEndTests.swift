import Foundation
import Testing
import FunnelTestSupport

/// A database the user may read but not write: Funnel shows it and refuses changes with a clear message.
///
/// Root ignores file permissions, so the commands run as `nobody` through setpriv (these tests need root).
@Suite("Read-only databases, end to end", .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
struct ReadOnlyDatabaseEndToEndTests {
    let folder = TemporaryDirectory()

    /// Runs funnel as the unprivileged user `nobody` and returns status, stdout and stderr.
    func runAsNobody(_ database: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let funnel = FunnelProcess(databasePath: database)
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let out = folder.path("nobody.out")
        let err = folder.path("nobody.err")
        let process = try funnel.launchShell(
            "exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$FUNNEL\" \(quoted)", stdoutPath: out, stderrPath: err)
        process.waitUntilExit()
        return (process.terminationStatus,
                (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    func makeDatabase() throws -> (folder: String, path: String) {
        let dataFolder = folder.path("data")
        try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
        chmod(folder.url.path, 0o755)
        let path = dataFolder + "/funnel.sqlite"
        try FunnelProcess(databasePath: path).succeed(["add", "Acme renewal", "--value", "12k"])
        return (dataFolder, path)
    }

    // SQLite only: the file's permissions.
    @Test func aReadOnlyFileIsShownAndNeverWritten() throws {
        let (dataFolder, path) = try makeDatabase()
        chmod(path, 0o644)
        chown(dataFolder, 65534, 0)  // the folder is nobody's, the file is not
        let before = try FunnelProcess(databasePath: path).fingerprint()
        let list = try runAsNobody(path, ["list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("Acme renewal"))
        for arguments in [["add", "New deal"], ["move", "1", "2"], ["won", "1"]] {
            let refused = try runAsNobody(path, arguments)
            #expect(refused.status == 1)
            #expect(refused.stderr == "funnel: cannot save: '\(path)' is read-only for you (file or folder permissions); nothing was saved\n")
        }
        #expect(try FunnelProcess(databasePath: path).fingerprint() == before)
    }

    // SQLite only: the folder's permissions.
    @Test func aReadOnlyFolderIsRefusedWithTheReasonAndLeftUntouched() throws {
        let (dataFolder, path) = try makeDatabase()
        chmod(dataFolder, 0o755)
        chmod(path, 0o666)
        let before = try FunnelProcess(databasePath: path).fingerprint()
        let bytes = FileManager.default.contents(atPath: path)
        for arguments in [["show", "1"], ["edit", "1", "--value", "13k"]] {
            let refused = try runAsNobody(path, arguments)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("funnel: cannot open '\(path)': its folder is read-only for you"))
            #expect(refused.stderr.split(separator: "\n").count == 1)
        }
        #expect(FileManager.default.contents(atPath: path) == bytes)
        #expect(try FunnelProcess(databasePath: path).fingerprint() == before)
    }
}
