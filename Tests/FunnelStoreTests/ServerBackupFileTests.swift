import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import StoreEngines
import Testing

/// A server pipeline's backup is Funnel's JSON archive: `restore` checks the file as `funnel import` reads one.
@Suite("The backup file of a server pipeline")
struct ServerBackupFileTests {
    let folder = TemporaryDirectory()
    let server = StoreLocation.server(ServerAddress(host: "db", port: 5432, user: "sam", database: "sales"))

    func file(_ name: String, _ text: String) throws -> String {
        let path = folder.path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a sound archive passes, untouched")
    func soundArchive() throws {
        let text = #"{"funnel_export": 2, "pipelines": [], "deals": [], "stage_history": [], "activities": []}"#
        let path = try file("backup.json", text)
        try server.checkBackupFile(path: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("what is not an archive is refused naming the file and the problem, as import says it")
    func notAnArchive() throws {
        let cases = [
            ("db.sqlite", "SQLite format 3\u{0}", "is not valid JSON"),
            ("list.json", "[]", "is not a Funnel JSON export"),
            ("partial.json", #"{"funnel_export": 2}"#, "pipelines is missing"),
        ]
        for (name, text, saying) in cases {
            let path = try file(name, text)
            #expect(performing: { try server.checkBackupFile(path: path) }, throws: { error in
                guard case PipelineError.invalidValue(let message) = error else { return false }
                return message.contains("'\(path)'") && message.contains(saying)
            })
        }
    }

    @Test("a missing file, a folder and a named pipe are refused before anything reads them")
    func notAFile() throws {
        #expect(performing: { try server.checkBackupFile(path: folder.path("missing.json")) }, throws: { error in
            if case PipelineError.notFound = error { return true }
            return false
        })
        #expect(throws: StoreError.notAFile(path: folder.path(""), .folder)) { try server.checkBackupFile(path: folder.path("")) }
        let pipe = folder.path("pipe.json")
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: StoreError.notAFile(path: pipe, .namedPipe)) { try server.checkBackupFile(path: pipe) }
    }
}
