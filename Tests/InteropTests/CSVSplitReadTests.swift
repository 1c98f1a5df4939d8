import Foundation
import Testing
@testable import Interop

@Suite("Reading a large CSV file in two halves")
struct CSVSplitReadTests {
    /// Rows that test where a row may start: quoted line breaks, commas and doubled quotes, CRLF,
    /// LF and a lone CR, blank lines, CJK and emoji, and a quote inside an unquoted field.
    static let rowKinds = [
        "7,\"Acme, Inc. renewal\",Sales,Prospecting,open,100.00\n",
        "8,\"Two\nlines, and \"\"quotes\"\"\",Sales,Contact,won,5.00\r\n",
        "\n",
        "9,北京星云科技 系统升级 🚀,Sales,Closing,lost,88500.00\r\n",
        "10,\"ends in CR\r\nthen LF\",Sales,Qualifying,open,1.00\n",
        "11,5\" screen,\"y\"\n",
        "12,plain,Sales,Prospecting,open,2.00\r",
        "13,\"\",Sales,\"lone\rCR\",open,3.00\n",
    ]

    static func bigFile(rows: Int, bom: Bool) -> Data {
        var text = (bom ? "\u{FEFF}" : "") + "id,title,pipeline,stage,status,value\n"
        for index in 0..<rows { text += rowKinds[index % rowKinds.count] }
        return Data(text.utf8)
    }

    static func onePass(_ data: Data) throws -> CSVByteReader.Rows {
        try data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            return try CSVByteReader.rows(bytes, headerFirst: true)
        }
    }

    @Test("the two halves give the header, records and line numbers of one pass", arguments: [false, true])
    func halvesMatchOnePass(bom: Bool) throws {
        let data = Self.bigFile(rows: 40_000, bom: bom)
        #expect(data.count >= CSVDocument.minimumBytesToSplit)
        #expect(data.withUnsafeBytes { CSVByteReader.rowStart(after: data.count / 2, in: $0.bindMemory(to: UInt8.self)) } != nil)
        let document = try CSVDocument.parse(data, name: "big.csv")
        let onePass = try Self.onePass(data)
        #expect(document.header == onePass.header)
        #expect(document.header.first == "id")
        #expect(document.records.count == onePass.records.count)
        #expect(document.records == onePass.records)
        // Eleven lines for each eight kinds of row, after the header; the last row is two lines.
        #expect(document.records.last?.line == 55_000)
    }

    @Test("every row start found is one where a one-pass read starts a row, on the line it says")
    func rowStartsAreRowStarts() throws {
        let data = Self.bigFile(rows: 300, bom: false)
        let onePass = try Self.onePass(data)
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            var checked = 0
            while let (start, line) = CSVByteReader.rowStart(after: offset, in: bytes) {
                // Reading from there, from the line found, gives a suffix of the one-pass records.
                let rest = try CSVByteReader.rows(UnsafeBufferPointer(rebasing: bytes[start...]), headerFirst: false, firstLine: line)
                let tail = Array(onePass.records.suffix(rest.records.count))
                #expect(rest.records == tail, "split at byte \(start)")
                offset = start
                checked += 1
            }
            #expect(checked > 250)
        }
    }

    @Test("a stray quote before the middle keeps the file in one pass, which refuses it")
    func strayQuoteBeforeTheMiddle() throws {
        var data = Data("id,title\n1,\"odd\"x\n".utf8)
        data.append(Self.bigFile(rows: 20_000, bom: false))
        #expect(data.withUnsafeBytes { CSVByteReader.rowStart(after: data.count / 2, in: $0.bindMemory(to: UInt8.self)) } == nil)
        #expect(throws: ImportError.self) { try CSVDocument.parse(data, name: "big.csv") }
    }
}
