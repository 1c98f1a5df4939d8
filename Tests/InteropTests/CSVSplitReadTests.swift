import Foundation
import Testing
@testable import Interop

@Suite("Reading a large CSV file in two halves")
struct CSVSplitReadTests {
    /// Rows that test where a row may start: quoted line breaks, commas and doubled quotes, CRLF
    /// and LF, blank lines, CJK and emoji, and CSV.swift's own reading of a quote followed by a letter.
    static let rowKinds = [
        "7,\"Acme, Inc. renewal\",Sales,Prospecting,open,100.00\n",
        "8,\"Two\nlines, and \"\"quotes\"\"\",Sales,Contact,won,5.00\r\n",
        "\n",
        "9,北京星云科技 系统升级 🚀,Sales,Closing,lost,88500.00\r\n",
        "10,\"ends in CR\r\nthen LF\",Sales,Qualifying,open,1.00\n",
        "11,\"odd\"x,\"y\"\n",
        "12,plain,Sales,Prospecting,open,2.00\n",
    ]

    static func bigFile(rows: Int, bom: Bool) -> Data {
        var text = (bom ? "\u{FEFF}" : "") + "id,title,pipeline,stage,status,value\n"
        for index in 0..<rows { text += rowKinds[index % rowKinds.count] }
        return Data(text.utf8)
    }

    @Test("the two halves give the header, records and line numbers of one pass", arguments: [false, true])
    func halvesMatchOnePass(bom: Bool) throws {
        let data = Self.bigFile(rows: 40_000, bom: bom)
        #expect(data.count >= CSVDocument.minimumBytesToSplit)
        #expect(CSVDocument.rowStart(after: data.count / 2, in: data) != nil)
        let document = try CSVDocument.parse(data, name: "big.csv")
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let onePass = CSVDocument.rows(of: text, headerFirst: true)
        #expect(document.header == onePass.header)
        #expect(document.header.first == "id")
        #expect(document.records.count == onePass.records.count)
        #expect(document.records == onePass.records)
    }

    @Test("every row start found is one where a one-pass read starts a row")
    func rowStartsAreRowStarts() throws {
        let data = Self.bigFile(rows: 300, bom: false)
        let text = String(decoding: data, as: UTF8.self)
        let onePass = CSVDocument.rows(of: text, headerFirst: true)
        var offset = 0
        var checked = 0
        while let start = CSVDocument.rowStart(after: offset, in: data) {
            // Reading from there gives a suffix of the one-pass records.
            let rest = CSVDocument.rows(of: String(decoding: data[start...], as: UTF8.self), headerFirst: false)
            let tail = Array(onePass.records.suffix(rest.records.count))
            #expect(rest.records.map(\.fields) == tail.map(\.fields), "split at byte \(start)")
            offset = start
            checked += 1
        }
        #expect(checked > 250)
    }
}
