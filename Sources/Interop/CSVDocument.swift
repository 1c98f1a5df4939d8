import CSV
import Foundation
import Pipeline

/// A CSV file read into a header row and records, each record knowing the file line it starts on.
///
/// Reading is done by `yaslab/CSV.swift`: quoted fields with commas, doubled quotes and line
/// breaks, CRLF or LF line ends, and a UTF-8 byte-order mark. Line numbers count the line breaks
/// inside quoted fields, so an error points at the line an editor shows.
public struct CSVDocument: Sendable {
    /// One data row and the 1-based line of the file it starts on.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public var header: [String]
    public var records: [Record]

    /// Parses a whole file's bytes; blank lines are skipped.
    public static func parse(_ data: Data, name: String) throws(ImportError) -> CSVDocument {
        guard var text = String(data: data, encoding: .utf8) else {
            throw .usage("'\(name)' is not UTF-8 text: save it as CSV UTF-8 and import it again")
        }
        if data.withUnsafeBytes({ $0.contains(0) }) {
            throw .usage("'\(name)' is a binary file, not CSV text (it holds NUL bytes): export your deals as CSV UTF-8")
        }
        if let line = unclosedQuoteLine(in: data) {
            throw .usage("'\(name)' line \(line): a quoted field opens there and is never closed; nothing was written")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Reading from the decoded string is several times faster than CSV.swift's byte stream.
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw .usage("cannot read '\(name)' as CSV: \(error)")
        }
        var line = 1
        var header: [String]?
        var records: [Record] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line
            if header == nil {
                var cells = fields
                if let first = cells.first, first.hasPrefix("\u{FEFF}") { cells[0] = String(first.dropFirst()) }
                header = cells.map { $0.trimmingWhitespace() }
            } else {
                records.append(Record(line: start, fields: fields))
            }
        }
        if let error = reader.error { throw .usage("cannot read '\(name)' as CSV: \(error)") }
        guard let header else { throw .usage("'\(name)' is empty: a CSV file needs a header row and at least one deal") }
        return CSVDocument(header: header, records: records)
    }

    /// Line breaks inside a field (CRLF counts once).
    /// The line where a quoted field starts that the file never closes, following RFC 4180:
    /// a quote opens a field only at its start, and `""` inside a quoted field is a quote.
    static func unclosedQuoteLine(in data: Data) -> Int? {
        data.withUnsafeBytes { raw in unclosedQuoteLine(in: raw.bindMemory(to: UInt8.self)) }
    }

    /// The same over raw bytes: a Data index per byte cost a second on a 30 MB file.
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

    static func lineBreaks(in field: String) -> Int {
        guard field.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return 0 }
        return field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r" || $1 == "\r\n" ? 1 : 0) }
    }
}
