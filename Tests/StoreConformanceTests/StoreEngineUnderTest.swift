import Foundation
import FunnelStore
import FunnelTestSupport
import SQLiteStore
import Testing

/// One engine the conformance suite runs on: a name for the test list and a way to open a fresh, empty store.
///
/// Adding an engine is one line in `all` and its factory.
struct StoreEngineUnderTest: Sendable, CustomTestStringConvertible {
    let name: String
    /// Opens a new, empty store in (or for) a fresh temporary folder.
    let open: @Sendable (TemporaryDirectory) throws -> any PipelineStore

    var testDescription: String { name }

    /// Every engine the suite runs on.
    static let all: [StoreEngineUnderTest] = [.sqlite]

    static let sqlite = StoreEngineUnderTest(name: "SQLite") { directory in
        try SQLitePipelineStore.open(path: directory.path("funnel.sqlite"))
    }
}
