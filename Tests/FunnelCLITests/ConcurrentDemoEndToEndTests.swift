import Foundation
import FunnelTestSupport
import Synchronization
import Testing

/// `funnel demo` started several times at once on one empty database: exactly one loads its deals, the others
/// are refused as a demo into a database holding deals is (before, each found the database empty before any
/// had loaded, and four demos left 320 deals).
@Suite("Demos started at once")
struct ConcurrentDemoEndToEndTests {
    let folder = TemporaryDirectory()

    @Test("Of demos started at once on an empty database one loads, the others are refused", arguments: CLIEngine.all)
    func oneDemoLoadsTheOthersAreRefused(engine: CLIEngine) throws {
        let funnel = try FunnelProcess(engine, in: folder, environment: ["XDG_CONFIG_HOME": folder.path("config")])
        let starts = 4
        let results = Mutex<[FunnelProcess.Result?]>(Array(repeating: nil, count: starts))
        DispatchQueue.concurrentPerform(iterations: starts) { index in
            let result = try? funnel.run(["demo", "--deals", "40"], timeout: 120)
            results.withLock { $0[index] = result }
        }
        let finished = results.withLock { $0 }
        #expect(finished.allSatisfy { $0 != nil }, "a demo hung")
        let loaded = finished.compactMap { $0 }.filter { $0.status == 0 }
        let refused = finished.compactMap { $0 }.filter { $0.status != 0 }
        #expect(loaded.count == 1, "\(finished.compactMap { $0?.stdout })")
        for result in refused {
            #expect(result.status == 1)
            #expect(result.stderr == "funnel: the database already holds 40 deals: add --force to add demo deals anyway, or use --db with a new file\n")
        }
        #expect(try funnel.deals().count == 40)
    }
}
