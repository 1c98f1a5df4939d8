import Foundation
import FunnelTestSupport
import Synchronization
import Testing

/// Six salespeople on one machine start Funnel at the same moment on a database file that does not exist yet:
/// every command succeeds and the file is made once (before the folder lock, four of six failed with "result
/// code 1" or "another program's SQLite file").
@Suite("A new database file opened by several processes at once")
struct ConcurrentFirstStartTests {
    // SQLite only: the file and its folder lock; on a server: ServerStoreEndToEndTests.manyStartingAtOnceMakeTheSchemaOnce.
    @Test(arguments: ["C.UTF-8", "zh_CN.UTF-8"])
    func everyProcessStartingAtOnceSucceeds(language: String) throws {
        let directory = TemporaryDirectory()
        // Funnel's default location, whose folders a first start makes (it makes no other missing folder).
        let funnel = FunnelProcess(databasePath: "", environment: ["LANG": language, "XDG_DATA_HOME": directory.path("new")])
        let results = Mutex<[FunnelProcess.Result?]>(Array(repeating: nil, count: 6))
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            let result = try? funnel.run(["add", "Deal \(index + 1)", "--value", "\(index + 1)"], timeout: 120)
            results.withLock { $0[index] = result }
        }
        for result in results.withLock({ $0 }) {
            #expect(result?.status == 0, "a process starting at the same time failed: \(result?.stderr ?? "it hung")")
        }
        #expect(try funnel.deals().count == 6)
        let pipelines = try funnel.run(["pipeline", "list"]).stdout
        #expect(pipelines.split(separator: "\n").count >= 2)
    }
}
