import Foundation
import Wording
import Pipeline

/// A CSV file read into a header row and records, each record knowing the file line it starts on.
///
/// Reading follows RFC 4180 (`CSVByteReader`): quoted fields with commas, doubled quotes and line
/// breaks, CRLF, LF or CR line ends, and a UTF-8 byte-order mark. Line numbers count the line breaks
/// inside quoted fields, so an error points at the line an editor shows.
public struct CSVDocument: Sendable {
    /// One data row and the 1-based line of the file it starts on.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public var header: [String]
    public var records: [Record]

    /// Parses a whole file's bytes; blank lines are skipped.
    public static func parse(_ data: Data, name: String) throws(ImportError) -> CSVDocument {
        let result = data.withUnsafeBytes { raw in parse(raw.bindMemory(to: UInt8.self), name: name) }
        return try result.get()
    }

    /// The same over raw bytes.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, name: String) -> Result<CSVDocument, ImportError> {
        guard isUTF8(bytes) else {
            return .failure(.usage(ErrorText.csvNotUTF8(file: name).string))
        }
        if bytes.contains(0) {
            return .failure(.usage(ErrorText.csvBinary(file: name).string))
        }
        // A byte-order mark, or two (a tool that adds one to a file that has one): not text.
        var body = bytes
        for _ in 0..<2 where body.starts(with: [0xEF, 0xBB, 0xBF]) { body = UnsafeBufferPointer(rebasing: body[3...]) }
        let read = Result { () throws(CSVByteReader.StrayQuote) in try rows(of: body) }
        // An unclosed quote is looked for only when the read met a quote problem: a file the
        // reader read to the end with every quoted field closed has none. It is looked for after
        // the byte-order mark, where the reader starts (before it, a quoted first field looked
        // like a quote inside a field, and an unclosed quote could slip through).
        if (try? read.get())?.endsInsideQuotes != false, let line = unclosedQuoteLine(in: body) {
            return .failure(.usage(ErrorText.csvUnclosedQuote(file: name, line: line).string))
        }
        switch read {
        case .success(let rows):
            guard let header = rows.header else {
                return .failure(.usage(ErrorText.csvEmpty(file: name).string))
            }
            return .success(CSVDocument(header: header, records: rows.records))
        case .failure(let stray):
            let shown = DisplayWidth.truncate(TerminalText.visible(stray.text), to: 40)
            return .failure(.usage(
                "'\(name)' line \(stray.line): a quote inside the quoted field \(shown) is not doubled: write a quote inside quotes as \"\" and end a quoted field at a comma or line end; nothing was written"))
        }
    }

    /// Reads the rows of a file's bytes (after its byte-order mark); large files in two halves at once.
    static func rows(of body: UnsafeBufferPointer<UInt8>) throws(CSVByteReader.StrayQuote) -> CSVByteReader.Rows {
        guard body.count >= minimumBytesToSplit, let (cut, line) = CSVByteReader.rowStart(after: body.count / 2, in: body) else {
            return try CSVByteReader.rows(body, headerFirst: true)
        }
        // The bytes outlive both reads, and each half writes only its own variable.
        nonisolated(unsafe) let first = UnsafeBufferPointer(rebasing: body[..<cut])
        nonisolated(unsafe) let second = UnsafeBufferPointer(rebasing: body[cut...])
        nonisolated(unsafe) var firstRows: Result<CSVByteReader.Rows, CSVByteReader.StrayQuote>?
        nonisolated(unsafe) var secondRows: Result<CSVByteReader.Rows, CSVByteReader.StrayQuote>?
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                firstRows = Result { () throws(CSVByteReader.StrayQuote) in try CSVByteReader.rows(first, headerFirst: true) }
            } else {
                secondRows = Result { () throws(CSVByteReader.StrayQuote) in try CSVByteReader.rows(second, headerFirst: false, firstLine: line) }
            }
        }
        var rows = try firstRows!.get()
        let rest = try secondRows!.get()
        // A first half of blank lines only: its header is in the second half.
        guard rows.header != nil else { return try CSVByteReader.rows(body, headerFirst: true) }
        rows.records.append(contentsOf: rest.records)
        rows.nextLine = rest.nextLine
        rows.endsInsideQuotes = rest.endsInsideQuotes
        return rows
    }

    /// Files from this size are read in two halves on two cores.
    static let minimumBytesToSplit = 1 << 20

    /// Whether bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, surrogates
    /// or code points past U+10FFFF); eight ASCII bytes at a time.
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let end = bytes.count
        while index < end {
            if index + 8 <= end && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            let following: Int
            switch lead {
            case 0xC2...0xDF: following = 1
            case 0xE0: following = 2; low = 0xA0
            case 0xED: following = 2; high = 0x9F
            case 0xE1...0xEF: following = 2
            case 0xF0: following = 3; low = 0x90
            case 0xF4: following = 3; high = 0x8F
            case 0xF1...0xF3: following = 3
            default: return false
            }
            guard index + following < end, bytes[index + 1] >= low, bytes[index + 1] <= high else { return false }
            for offset in stride(from: 2, through: following, by: 1) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += following + 1
        }
        return true
    }

    /// The line where a quoted field starts that the file never closes, following RFC 4180:
    /// a quote opens a field only at its start, and `""` inside a quoted field is a quote.
    static func unclosedQuoteLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var line = 1
        var openedAt: Int?
        var atFieldStart = true
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if openedAt != nil {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < end && bytes[index + 1] == UInt8(ascii: "\"") {
                        index += 2
                        continue
                    }
                    openedAt = nil
                    atFieldStart = false
                } else if byte == 0x0A {
                    line += 1
                }
            } else {
                switch byte {
                case UInt8(ascii: "\"") where atFieldStart:
                    openedAt = line
                case UInt8(ascii: ","), 0x0D:
                    atFieldStart = true
                    index += 1
                    continue
                case 0x0A:
                    line += 1
                    atFieldStart = true
                    index += 1
                    continue
                default:
                    break
                }
                atFieldStart = false
            }
            index += 1
        }
        return openedAt
    }
}
