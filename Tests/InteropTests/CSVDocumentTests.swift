import Foundation
import Testing
@testable import Interop

@Suite("Reading CSV files")
struct CSVDocumentTests {
    func parse(_ text: String) throws -> CSVDocument {
        try CSVDocument.parse(Data(text.utf8), name: "deals.csv")
    }

    @Test("Quoted commas, doubled quotes and line breaks stay in their field; lines count the breaks")
    func quotedFields() throws {
        let document = try parse("title,notes\nA,\"one, two\"\nB,\"line 1\nline 2\nsaid \"\"hi\"\"\"\nC,x\n")
        #expect(document.header == ["title", "notes"])
        #expect(document.records == [
            .init(line: 2, fields: ["A", "one, two"]),
            .init(line: 3, fields: ["B", "line 1\nline 2\nsaid \"hi\""]),
            .init(line: 6, fields: ["C", "x"]),
        ])
    }

    @Test("A UTF-8 byte-order mark and CRLF line ends are read like a plain file")
    func bomAndCRLF() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("Deal - Title,Deal - Value\r\n北京星云,500\r\n\"two\r\nlines\",7\r\nlast,8".utf8))
        let document = try CSVDocument.parse(data, name: "deals.csv")
        #expect(document.header == ["Deal - Title", "Deal - Value"])
        #expect(document.records.map(\.line) == [2, 3, 5])
        #expect(document.records[0].fields == ["北京星云", "500"])
        #expect(document.records[1].fields == ["two\r\nlines", "7"])
    }

    @Test("Blank lines are skipped but still counted")
    func blankLines() throws {
        let document = try parse("title\n\nA\n\nB\n")
        #expect(document.records == [.init(line: 3, fields: ["A"]), .init(line: 5, fields: ["B"])])
    }

    @Test("An empty file and a file that is not UTF-8 are refused with a sentence")
    func refusals() throws {
        #expect(throws: ImportError.usage("'deals.csv' is empty: a CSV file needs a header row and at least one deal")) {
            try parse("")
        }
        #expect(throws: ImportError.usage("'deals.csv' is not UTF-8 text: save it as CSV UTF-8 and import it again")) {
            try CSVDocument.parse(Data([0x74, 0x69, 0xFF, 0xFE, 0x0A]), name: "deals.csv")
        }
    }

    @Test("Headers are recognised: Pipedrive, HubSpot, Funnel's own, else generic")
    func recognition() {
        #expect(ImportSource.recognise(header: ["Deal - ID", "Deal - Title"]) == .pipedrive)
        #expect(ImportSource.recognise(header: ["Record ID", "Deal Name", "Deal Stage"]) == .hubspot)
        #expect(ImportSource.recognise(header: DealField.exportColumns.map(\.rawValue)) == .funnel)
        #expect(ImportSource.recognise(header: ["Opportunity", "Amount (EUR)"]) == .generic)
    }
}

@Suite("Writing Funnel's CSV")
struct DealCSVWriterTests {
    @Test("Fields with commas, quotes, line breaks or edge spaces are quoted and read back the same")
    func quoting() throws {
        let fields = ["plain", "a, b", "say \"hi\"", "two\nlines", "crlf\r\nhere", " padded ", "北京", ""]
        var text = ""
        DealCSVWriter.appendRow(["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"], to: &text)
        DealCSVWriter.appendRow(fields, to: &text)
        #expect(DealCSVWriter.quoted("a, b") == "\"a, b\"")
        #expect(DealCSVWriter.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        let document = try CSVDocument.parse(Data(text.utf8), name: "x.csv")
        #expect(document.records.map(\.fields) == [fields])
    }
}
