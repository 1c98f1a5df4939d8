import Foundation
import PropertyBased
import Testing
@testable import Interop

/// Funnel's own CSV reader against CSV.swift, the library it replaced, and against the writer.
@Suite("CSV reader properties")
struct CSVReaderPropertyTests {
    /// Pieces random files are made of: the bytes CSV is written with and the ones that break it.
    static let pieces: [[UInt8]] = [
        "a", "Bc", "1.5", ",", ",", "\"", "\"", "\"\"", "\n", "\n", "\r", "\r\n", "\r\n", " ", "\t", "é",
        "北京", "🚀", "\u{FEFF}", "e\u{301}", "\u{301}", "x\"y", "\",", "\"\n",
    ].map { Array($0.utf8) }
    /// Rarer: what is not UTF-8 (a lone byte, a cut sequence, a surrogate, past U+10FFFF, overlong) and NUL.
    static let brokenPieces: [[UInt8]] = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xC0, 0xAF], [0]]

    static func file(_ codes: [Int]) -> Data {
        var bytes: [UInt8] = []
        for code in codes {
            bytes += code < 990 ? pieces[code % pieces.count] : brokenPieces[code % brokenPieces.count]
        }
        return Data(bytes)
    }

    @Test("any bytes are read as CSV.swift read them, or refused with the same sentence")
    func sameReadingAsCSVSwift() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...999).array(of: 0...60)) { codes in
            CSVReference.checkSameReading(Self.file(codes)) { problem in
                Issue.record("\(problem) for \(String(decoding: Self.file(codes), as: UTF8.self).debugDescription)")
            }
        }
    }

    /// Pieces of field text: everything RFC 4180 has to quote, and text around it.
    static let fieldPieces = ["a", "Deal", ",", "\"", "\n", "\r\n", "\r", " ", "北京", "🚀", "é", "\u{FEFF}", "5\" screen", "\t"]

    @Test("rows written as RFC 4180 are read back field for field, with the line each starts on")
    func writtenRowsReadBack() async {
        let rows = Gen.int(in: 0...13).array(of: 0...4).array(of: 1...5).array(of: 1...8)
        await propertyCheck(count: 1_000, input: rows) { codes in
            let rows = codes.map { row in row.map { field in field.map { Self.fieldPieces[$0] }.joined() } }
            var text = ""
            DealCSVWriter.appendRow(["title", "notes"], to: &text)
            for row in rows { DealCSVWriter.appendRow(row, to: &text) }
            var expected: [CSVDocument.Record] = []
            var line = 2
            for row in rows {
                if row != [""] { expected.append(CSVDocument.Record(line: line, fields: row)) }
                line += 1 + row.reduce(0) { $0 + CSVReference.lineBreaks(in: $1) }
            }
            do {
                let document = try CSVDocument.parse(Data(text.utf8), name: "x.csv")
                #expect(document.header == ["title", "notes"])
                #expect(document.records == expected, "\(text.debugDescription)")
            } catch {
                Issue.record("refused \(text.debugDescription): \(error)")
            }
        }
    }

    @Test("a quote that closes a quoted field too early is refused with its line and the field")
    func strayQuote() throws {
        let text = "title,notes\nA,ok\n\"two\nlines\",\"5\" screen\",x\n"
        #expect(throws: ImportError.usage(
            "'deals.csv' line 4: a quote inside the quoted field \"5\" screen\",x is not doubled: write a quote inside quotes as \"\" and end a quoted field at a comma or line end; nothing was written"
        )) {
            try CSVDocument.parse(Data(text.utf8), name: "deals.csv")
        }
        // Outside quotes a quote is text, as every reader keeps it.
        let document = try CSVDocument.parse(Data("title,size\nTV,5\" screen\n".utf8), name: "deals.csv")
        #expect(document.records == [CSVDocument.Record(line: 2, fields: ["TV", "5\" screen"])])
    }

    @Test("an unclosed quote is refused at the line it opens, even after a stray quote")
    func unclosedQuote() {
        for text in ["title,notes\nA,\"open\nB,x\n", "title,notes\nA,\"odd\"x\nB,\"open\n"] {
            #expect(throws: ImportError.usage("'deals.csv' line \(text.contains("odd") ? 3 : 2): a quoted field opens there and is never closed; nothing was written")) {
                try CSVDocument.parse(Data(text.utf8), name: "deals.csv")
            }
        }
    }

    @Test("after a byte-order mark a quoted first field is read as quoted, and an unclosed one is refused")
    func byteOrderMarkBeforeAQuote() throws {
        let document = try CSVDocument.parse(Data("\u{FEFF}\"title, quoted\",x\nA,1\n".utf8), name: "x.csv")
        #expect(document.header == ["title, quoted", "x"])
        #expect(throws: ImportError.usage("'x.csv' line 1: a quoted field opens there and is never closed; nothing was written")) {
            try CSVDocument.parse(Data("\u{FEFF}\"title,x\nA,1\n".utf8), name: "x.csv")
        }
    }

    @Test("ragged rows keep their own number of fields; a trailing comma is an empty last field")
    func raggedRows() throws {
        let document = try CSVDocument.parse(Data("a,b,c\n1\n1,2,3,4\n1,\n\"\"\n,\n".utf8), name: "x.csv")
        #expect(document.records == [
            .init(line: 2, fields: ["1"]), .init(line: 3, fields: ["1", "2", "3", "4"]), .init(line: 4, fields: ["1", ""]),
            .init(line: 6, fields: ["", ""]),
        ])
    }

    @Test("a byte-order mark before blank lines still leaves a clean header")
    func byteOrderMarkBeforeBlankLines() throws {
        let document = try CSVDocument.parse(Data("\u{FEFF}\r\n\r\n\u{FEFF} title ,x\r\nA,1".utf8), name: "x.csv")
        #expect(document.header == ["title", "x"])
        #expect(document.records == [.init(line: 4, fields: ["A", "1"])])
    }
}
