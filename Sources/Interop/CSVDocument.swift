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
        // Large files are read in two halves at once, split where a row starts.
        if data.count >= minimumBytesToSplit, let split = rowStart(after: data.count / 2, in: data) {
            let cut = data.startIndex + split
            var head = String(decoding: data[..<cut], as: UTF8.self)
            if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
            let firstText = head
            let secondText = String(decoding: data[cut...], as: UTF8.self)
            // Each half writes only its own variable.
            nonisolated(unsafe) var firstRows: Rows?
            nonisolated(unsafe) var secondRows: Rows?
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                if half == 0 {
                    firstRows = rows(of: firstText, headerFirst: true)
                } else {
                    secondRows = rows(of: secondText, headerFirst: false)
                }
            }
            if let first = firstRows, let second = secondRows, first.header != nil {
                if let error = first.error ?? second.error { throw .usage("cannot read '\(name)' as CSV: \(error)") }
                let offset = first.nextLine - 1
                return CSVDocument(
                    header: first.header!,
                    records: first.records + second.records.map { Record(line: $0.line + offset, fields: $0.fields) })
            }
        }
        let whole = rows(of: text, headerFirst: true)
        if let error = whole.error { throw .usage("cannot read '\(name)' as CSV: \(error)") }
        guard let header = whole.header else { throw .usage("'\(name)' is empty: a CSV file needs a header row and at least one deal") }
        return CSVDocument(header: header, records: whole.records)
    }

    /// Files from this size are read in two halves on two cores.
    static let minimumBytesToSplit = 1 << 20

    /// What reading some text found: the header (when asked for), the records with lines counted
    /// from 1, the line after the last one, and CSV.swift's error.
    struct Rows {
        var header: [String]?
        var records: [Record]
        var nextLine: Int
        var error: (any Error)?
    }

    /// Reads rows with CSV.swift; blank lines are skipped, the first other row is the header when `headerFirst`.
    static func rows(of text: String, headerFirst: Bool) -> Rows {
        // Reading from the decoded string is several times faster than CSV.swift's byte stream.
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            return Rows(header: nil, records: [], nextLine: 1, error: error)
        }
        var line = 1
        var header: [String]?
        var records: [Record] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line
            if headerFirst && header == nil {
                var cells = fields
                if let first = cells.first, first.hasPrefix("\u{FEFF}") { cells[0] = String(first.dropFirst()) }
                header = cells.map { $0.trimmingWhitespace() }
            } else {
                records.append(Record(line: start, fields: fields))
            }
        }
        return Rows(header: header, records: records, nextLine: line, error: reader.error)
    }

    /// The byte offset of the first row that starts after `offset`, as CSV.swift reads rows
    /// (its quoting rules, not RFC 4180's: a quote inside a quoted field that is not doubled and
    /// not followed by a comma or line end leaves the field quoted); nil when none does.
    static func rowStart(after offset: Int, in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
            var index = 0
            var fieldStart = true
            var quoted = false
            let end = bytes.count
            while index < end {
                let byte = bytes[index]
                var rowEnded = false
                if fieldStart {
                    fieldStart = false
                    if byte == quote {
                        quoted = true
                        index += 1
                        continue
                    }
                }
                if quoted {
                    if byte == quote {
                        let next = index + 1 < end ? bytes[index + 1] : nil
                        switch next {
                        case nil: return nil
                        case cr?, lf?:
                            quoted = false
                            index += 1
                            rowEnded = true
                        case comma?:
                            quoted = false
                            fieldStart = true
                            index += 2
                            continue
                        default:
                            index += 2  // a doubled quote, or CSV.swift keeps the quote and drops the byte
                            continue
                        }
                    } else {
                        index += 1
                        continue
                    }
                } else if byte == comma {
                    fieldStart = true
                    index += 1
                    continue
                } else if byte == cr || byte == lf {
                    rowEnded = true
                } else {
                    index += 1
                    continue
                }
                // At a CR or LF that ends a row: a CR takes the LF after it.
                if rowEnded {
                    if bytes[index] == cr && index + 1 < end && bytes[index + 1] == lf { index += 1 }
                    index += 1
                    fieldStart = true
                    if index > offset { return index < end ? index : nil }
                }
            }
            return nil
        }
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
