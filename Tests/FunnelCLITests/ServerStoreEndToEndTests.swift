import Foundation
import Synchronization
import FunnelTestSupport
import Testing

/// The command line on a PostgreSQL server: the schema made once however many start at once, refusals of a
/// database that is not Funnel's or is newer, and a server that does not answer named in one line.
@Suite("CLI on a PostgreSQL server", .requiresPostgres)
struct ServerStoreEndToEndTests {
    @Test func commandsWorkOnAServerAsOnAFile() throws {
        let funnel = FunnelProcess(databasePath: try PostgresTestCluster.createDatabase())
        _ = try funnel.succeed(["add", "Acme rollout", "--value", "12000"])
        _ = try funnel.succeed(["add", "北京 试点", "--value", "8万", "--currency", "CNY"])
        _ = try funnel.succeed(["move", "1", "Qualifying"])
        _ = try funnel.succeed(["won", "2"])
        let deals = try funnel.deals()
        #expect(deals.count == 2)
        #expect(deals.first { $0["id"] as? Int == 1 }?["stage"] as? String == "Qualifying")
        #expect(deals.first { $0["id"] as? Int == 2 }?["status"] as? String == "won")
        let shown = try funnel.succeed(["show", "1"])
        #expect(shown.contains("moved     Prospecting → Qualifying"))
    }

    @Test func manyStartingAtOnceMakeTheSchemaOnce() throws {
        let url = try PostgresTestCluster.createDatabase()
        let funnel = FunnelProcess(databasePath: url)
        // Six salespeople start the new Funnel at the same moment on an empty database.
        let results = Mutex<[FunnelProcess.Result?]>(Array(repeating: nil, count: 6))
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            let result = try? funnel.run(["add", "Deal \(index + 1)", "--value", "\(index + 1)"], timeout: 120)
            results.withLock { $0[index] = result }
        }
        for result in results.withLock({ $0 }) {
            #expect(result?.status == 0, "a process starting at the same time failed: \(result?.stderr ?? "it hung")")
        }
        #expect(try funnel.deals().count == 6)
        // Each migration applied once, in order: the first release's, the team's (authors, change log), my deals' index
        // the lane figures at commit and the change counter raised at commit.
        let migrations = try PostgresTestCluster.psql("SELECT string_agg(applied_order::text, ',' ORDER BY applied_order) FROM funnel_migration", in: url)
        #expect(migrations.trimmingCharacters(in: .whitespacesAndNewlines) == "0,1,2,3,4")
        let pipelines = try PostgresTestCluster.psql("SELECT count(*) FROM pipeline", in: url)
        #expect(pipelines.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
    }

    @Test func aDatabaseOfAnotherProgramIsRefusedUntouched() throws {
        let url = try PostgresTestCluster.createDatabase()
        _ = try PostgresTestCluster.psql("CREATE TABLE invoices (id integer)", in: url)
        let result = try FunnelProcess(databasePath: url).run(["list"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("holds another program's tables, not a Funnel pipeline"))
        #expect(!result.stderr.lowercased().contains("postgres error"))
        let tables = try PostgresTestCluster.psql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", in: url)
        #expect(tables.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test func aSchemaFromANewerFunnelIsRefused() throws {
        let url = try PostgresTestCluster.createDatabase()
        let funnel = FunnelProcess(databasePath: url)
        _ = try funnel.succeed(["list"])
        _ = try PostgresTestCluster.psql("INSERT INTO funnel_migration VALUES ('v99: from the future', 99)", in: url)
        let result = try funnel.run(["add", "Too new", "--value", "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("was written by a newer Funnel"))
        #expect(!result.stderr.contains("SQLSTATE"))
    }

    @Test func aServerThatDoesNotAnswerIsNamedInOneLine() throws {
        // A port nothing listens on: the listener is closed before funnel connects.
        let port = try PostgresTestCluster.freePort()
        let result = try FunnelProcess(databasePath: "postgresql://sam@127.0.0.1:\(port)/sales").run(["list"], timeout: 30)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.stderr.contains("127.0.0.1:\(port)"))
        #expect(result.stderr.contains("cannot reach the database server"))
        // Refused at once, it says so rather than claim it waited.
        #expect(result.stderr.contains("it refused the connection"), "\(result.stderr)")
        #expect(!result.stderr.contains("5 seconds"))
    }

    @Test func aHostThatDoesNotExistIsNamed() throws {
        let result = try FunnelProcess(databasePath: "postgresql://sam@no-such-host.invalid/sales").run(["list"], timeout: 30)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("no host named 'no-such-host.invalid' was found"), "\(result.stderr)")
    }

    @Test func aServerRestartFailsACommandInOneLineAndSavesNothingHalfWay() throws {
        let cluster = try PostgresTestCluster.startSeparate()
        defer { cluster.stop() }
        let funnel = FunnelProcess(databasePath: try cluster.createDatabase())
        _ = try funnel.succeed(["add", "Acme rollout", "--value", "12000"])
        try cluster.stopServer(immediately: true)
        let down = try funnel.run(["move", "1", "Qualifying"], timeout: 30)
        #expect(down.status == 1)
        #expect(down.stderr.split(separator: "\n").count == 1)
        #expect(down.stderr.contains("127.0.0.1:\(cluster.port)"))
        try cluster.startServer()
        let deals = try funnel.deals()
        #expect(deals.first?["stage"] as? String == "Prospecting", "a move refused while the server was down was saved anyway")
        _ = try funnel.succeed(["move", "1", "Qualifying"])
        #expect(try funnel.deals().first?["stage"] as? String == "Qualifying")
    }

    @Test func sslModesAreHonoured() throws {
        // The test cluster offers no encryption: `require` is refused in a sentence, `prefer` and `disable` connect.
        let url = try PostgresTestCluster.createDatabase()
        let required = try FunnelProcess(databasePath: url + "?sslmode=require").run(["list"], timeout: 30)
        #expect(required.status == 1)
        #expect(required.stderr.contains("does not offer encryption, and sslmode=require asks for it"))
        for mode in ["prefer", "disable"] {
            let result = try FunnelProcess(databasePath: url + "?sslmode=\(mode)").run(["list"], timeout: 30)
            #expect(result.status == 0, "sslmode=\(mode): \(result.stderr)")
        }
    }
}
