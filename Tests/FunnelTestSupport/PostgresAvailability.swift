import Foundation
import Testing

/// Whether the tests that need a PostgreSQL server run here, are skipped loudly, or fail.
///
/// Programs found: they run. Not found: they are skipped with a note naming what is missing, unless
/// `FUNNEL_REQUIRE_POSTGRES=1` (CI sets it), which makes them run and fail on that same note instead.
public enum PostgresAvailability: Sendable, Equatable {
    /// The server's programs are here.
    case available(PostgresBinaries)
    /// Not found and not required: the tests are skipped with this note.
    case skipped(String)
    /// Not found and required: the tests fail with this message.
    case failing(String)

    /// The decision for an environment (the process's own in `current`).
    public static func decide(environment: [String: String]) -> PostgresAvailability {
        switch PostgresBinaries.find(environment: environment) {
        case .success(let binaries):
            return .available(binaries)
        case .failure(let missing):
            if environment["FUNNEL_REQUIRE_POSTGRES"] == "1" {
                return .failing("\(missing); FUNNEL_REQUIRE_POSTGRES=1 makes this a failure instead of a skip")
            }
            return .skipped("\(missing); these tests are skipped (FUNNEL_REQUIRE_POSTGRES=1 makes that a failure)")
        }
    }

    /// The decision for this test process, taken once.
    public static let current = decide(environment: ProcessInfo.processInfo.environment)

    /// Whether a test that needs the server runs (and then passes or fails) rather than being skipped.
    public var runsTests: Bool {
        if case .skipped = self { return false }
        return true
    }

    /// The note of a skip or the message of a failure; nil when the programs are here.
    public var note: String? {
        switch self {
        case .available: nil
        case .skipped(let note), .failing(let note): note
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// For a suite or test that needs a PostgreSQL server (`PostgresTestCluster.createDatabase()`): skipped, with a
    /// note naming what is missing, where the server's programs are not installed; under `FUNNEL_REQUIRE_POSTGRES=1`
    /// it runs anyway, and `createDatabase()` fails it with that note.
    public static var requiresPostgres: Self {
        .enabled(
            Comment(rawValue: PostgresAvailability.current.note ?? "PostgreSQL server programs found"),
            { PostgresAvailability.current.runsTests })
    }
}
