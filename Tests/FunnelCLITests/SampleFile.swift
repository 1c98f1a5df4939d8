import Foundation
import Interop

/// A sample CRM export from `Fixtures/`, read into cells so tests can make the variants real files
/// have (shuffled and extra columns, BOM, CRLF, bad cells) and write them back as CSV.
struct SampleFile {
    var header: [String]
    var rows: [[String]]

    /// The folder of the copied samples (tests never read ../shared).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    init(_ name: String) throws {
        let document = try CSVDocument.parse(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)), name: name)
        header = document.header
        rows = document.records.map(\.fields)
    }

    init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// The column index of a header name.
    func column(_ name: String) -> Int { header.firstIndex(of: name)! }

    /// Sets one cell of a data row (0-based row index).
    mutating func set(row: Int, _ column: String, _ value: String) { rows[row][self.column(column)] = value }

    /// The columns in another order, with extra columns a real export carries.
    func shuffledWithExtraColumns() -> SampleFile {
        let order = Array(header.indices).reversed().map { $0 }
        var shuffled = SampleFile(header: order.map { header[$0] }, rows: rows.map { row in order.map { row[$0] } })
        shuffled.header.insert("Weighted value", at: 2)
        shuffled.header.append("Custom field 原因")
        for index in shuffled.rows.indices {
            shuffled.rows[index].insert("12", at: 2)
            shuffled.rows[index].append("额外, \"quoted\"")
        }
        return shuffled
    }

    /// CSV text: every field quoted when it needs to be, `newline` between rows.
    func text(newline: String = "\n") -> String {
        ([header] + rows).map { $0.map(Self.quote).joined(separator: ",") }.joined(separator: newline) + newline
    }

    /// The file's bytes, optionally with a UTF-8 byte-order mark.
    func data(bom: Bool = false, newline: String = "\n") -> Data {
        var data = bom ? Data([0xEF, 0xBB, 0xBF]) : Data()
        data.append(Data(text(newline: newline).utf8))
        return data
    }

    /// The 1-based file line each data row starts on, when written with `text()`.
    var rowLines: [Int] {
        var line = 2
        return rows.map { row in
            defer { line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count } }
            return line
        }
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
