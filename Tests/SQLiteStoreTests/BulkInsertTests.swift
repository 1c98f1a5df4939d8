import Foundation
import GRDB
import FunnelStore
@testable import SQLiteStore
import Testing

@Suite("Store: bulk inserts bind texts SQLite copies")
struct BulkInsertTests {
    /// Texts of every kind a file brings: empty, ASCII, CJK and emoji, a long one, and many in one
    /// statement, each made afresh for its run so that nothing keeps the bound strings alive.
    static func texts(run: Int) -> [String?] {
        var texts: [String?] = ["", "Acme renewal", "北京星云科技有限公司 系统升级", "Ünïcødé 👩🏽‍💻 deal", nil]
        texts.append(String(repeating: "长", count: 32 * 1024) + "\(run)")  // 3 bytes a character: 96 KB
        for index in 0..<200 { texts.append(String(repeating: "x", count: 1_000 + index) + "\(run)") }
        return texts
    }

    @Test("every text of several runs reads back as bound, after the strings bound were released")
    func textsReadBackAsBound() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (run INTEGER, position INTEGER, text TEXT)")
            var expected: [[String?]] = []
            let placeholders = Array(repeating: "(?, ?, ?)", count: Self.texts(run: 0).count).joined(separator: ", ")
            var insert = try BulkInsert(db, sql: "INSERT INTO t (run, position, text) VALUES " + placeholders)
            for run in 0..<3 {
                let texts = Self.texts(run: run)
                for (position, text) in texts.enumerated() {
                    insert.bind(run)
                    insert.bind(position)
                    insert.bind(text)
                }
                try insert.run()
                expected.append(texts)
            }
            for run in 0..<3 {
                let stored = try Row.fetchAll(db, sql: "SELECT text FROM t WHERE run = ? ORDER BY position", arguments: [run])
                    .map { $0[0] as String? }
                #expect(stored == expected[run])
            }
            // An empty text is stored as an empty text, not NULL.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE text = ''") == 3)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE text IS NULL") == 3)
        }
    }
}
