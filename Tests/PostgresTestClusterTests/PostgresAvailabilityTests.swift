import Foundation
import FunnelTestSupport
import Testing

/// Missing server programs: a loud skip, or a failure under `FUNNEL_REQUIRE_POSTGRES=1`.
@Suite("PostgreSQL test cluster: missing server programs")
struct PostgresAvailabilityTests {
    @Test("programs missing from FUNNEL_POSTGRES_BIN: a skip naming the folder, or a failure when required")
    func missingProgramsAreASkipOrAFailure() throws {
        let empty = TemporaryDirectory()
        // Found on PATH or in /usr/lib/postgresql, but FUNNEL_POSTGRES_BIN is the only place looked when set.
        let environment = ["FUNNEL_POSTGRES_BIN": empty.url.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""]

        let skipped = PostgresAvailability.decide(environment: environment)
        #expect(!skipped.runsTests)
        #expect(skipped.note?.contains("FUNNEL_POSTGRES_BIN=\(empty.url.path)") == true)
        #expect(skipped.note?.contains("skipped") == true)

        var required = environment
        required["FUNNEL_REQUIRE_POSTGRES"] = "1"
        let failing = PostgresAvailability.decide(environment: required)
        #expect(failing.runsTests)
        guard case .failing(let message) = failing else {
            Issue.record("expected a failure, got \(failing)")
            return
        }
        #expect(message.contains("FUNNEL_POSTGRES_BIN=\(empty.url.path)"))
    }

    @Test("a folder holding the programs is used", .requiresPostgres)
    func programsInFunnelPostgresBinAreUsed() throws {
        let found = try #require(PostgresAvailability.current.binaries)
        let decision = PostgresAvailability.decide(environment: ["FUNNEL_POSTGRES_BIN": found.folder.path, "FUNNEL_REQUIRE_POSTGRES": "1"])
        #expect(decision.binaries?.folder == found.folder)
        #expect(decision.runsTests)
    }

    @Test("a test run without the programs reports the test skipped, and fails it under FUNNEL_REQUIRE_POSTGRES=1")
    func childRunSkipsOrFails() throws {
        let empty = TemporaryDirectory()
        let base = ["FUNNEL_PG_CHILD": "needs", "FUNNEL_POSTGRES_BIN": empty.url.path, "FUNNEL_REQUIRE_POSTGRES": ""]

        let skipped = try ChildTestRun(filter: "childNeedingPostgres", environment: base).finish()
        #expect(skipped.status == 0, "\(skipped.output)")
        #expect(skipped.output.contains("skipped"), "\(skipped.output)")
        #expect(skipped.output.contains("FUNNEL_POSTGRES_BIN=\(empty.url.path)"), "\(skipped.output)")

        var required = base
        required["FUNNEL_REQUIRE_POSTGRES"] = "1"
        let failed = try ChildTestRun(filter: "childNeedingPostgres", environment: required).finish()
        #expect(failed.status != 0, "\(failed.output)")
        #expect(failed.output.contains("FUNNEL_REQUIRE_POSTGRES=1 makes this a failure"), "\(failed.output)")
    }
}
