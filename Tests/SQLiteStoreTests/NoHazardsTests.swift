import Foundation
import Testing

/// The tricks issue 16 removed for the hazard they put on the user's file, found anywhere in
/// `Sources/`, comments included: the words should not be needed.
@Suite("Store: no source file uses a trick that puts the user's file at risk")
struct NoHazardsTests {
    /// Each hazard's name and a case-insensitive pattern that finds it.
    static let hazards: [(name: String, pattern: String)] = [
        ("a rewrite of the schema through writable_schema", #"writable_schema"#),
        ("a switch to a rollback journal", #"journal_mode\s*=\s*['"]?delete"#),
        ("foreign keys turned off", #"foreign_keys\s*=\s*['"]?(off|0|false|no)\b"#),
        ("text bound without a copy (SQLITE_STATIC)", #"sqlite_static"#),
    ]

    /// The package's `Sources` folder, two levels above this file's folder.
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The hazards found in `text`, as "name (line n)".
    static func hazards(in text: String) throws -> [String] {
        var found: [String] = []
        for (name, pattern) in hazards {
            let expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    found.append("\(name) (line \(number + 1))")
                }
            }
        }
        return found
    }

    @Test("the patterns find each hazard however it is spelled, and not the safe settings")
    func patternsFindEachHazard() throws {
        for hazard in [
            "PRAGMA writable_schema = ON", "PRAGMA journal_mode = DELETE", "pragma journal_mode=delete",
            "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys=off", "PRAGMA foreign_keys = 0", "sqlite3_bind_text(s, 1, p, n, SQLITE_STATIC)",
        ] {
            #expect(try Self.hazards(in: hazard).count == 1, "\(hazard)")
        }
        for safe in ["PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA defer_foreign_keys = ON", "SQLITE_TRANSIENT"] {
            #expect(try Self.hazards(in: safe).isEmpty, "\(safe)")
        }
    }

    @Test("no file under Sources names writable_schema, a rollback-journal switch, foreign keys off or SQLITE_STATIC")
    func noSourceFileHasAHazard() throws {
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { !$0.hasDirectoryPath }
        // The store's own files are among them: the scan reads the real tree.
        #expect(files.contains { $0.lastPathComponent == "BulkLoad.swift" })
        #expect(files.count > 100)
        var found: [String] = []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let path = file.path.replacingOccurrences(of: Self.sources.path + "/", with: "")
            found += try Self.hazards(in: text).map { "\(path): \($0)" }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
