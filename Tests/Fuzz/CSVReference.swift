// The CSV reading Funnel shipped before its own reader (yaslab/CSV.swift, one pass), kept as the reference the
// byte-level reader is compared with: by the differential property test in `make test` and by the `csv` fuzz
// target (`make fuzz`), which both compile this file (a symlink in Tests/InteropTests).
import CSV
import Foundation
#if canImport(Interop)
import Interop
import Pipeline
#endif

/// The header and records CSV.swift read from a file, or the sentence the importer refused it with.
enum CSVReference {
    struct Document: Equatable {
        var header: [String]
        var records: [CSVDocument.Record]
    }

    /// Reads a file as `CSVDocument.parse` did with CSV.swift.
    static func parse(_ data: Data, name: String) -> Result<Document, ImportError> {
        guard var text = String(data: data, encoding: .utf8) else {
            return .failure(.usage("'\(name)' is not UTF-8 text: save it as CSV UTF-8 and import it again"))
        }
        if data.contains(0) {
            return .failure(.usage("'\(name)' is a binary file, not CSV text (it holds NUL bytes): export your deals as CSV UTF-8"))
        }
        if let line = unclosedQuoteLine(in: [UInt8](data)) {
            return .failure(.usage("'\(name)' line \(line): a quoted field opens there and is never closed; nothing was written"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else {
            return .failure(.usage("cannot read '\(name)' as CSV"))
        }
        var line = 1
        var header: [String]?
        var records: [CSVDocument.Record] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            if fields.count == 1 && fields[0].isEmpty { continue }
            if header == nil {
                var cells = fields
                if let first = cells.first, first.hasPrefix("\u{FEFF}") { cells[0] = String(first.dropFirst()) }
                header = cells.map { $0.trimmingWhitespace() }
            } else {
                records.append(CSVDocument.Record(line: start, fields: fields))
            }
        }
        if let error = reader.error { return .failure(.usage("cannot read '\(name)' as CSV: \(error)")) }
        guard let header else { return .failure(.usage("'\(name)' is empty: a CSV file needs a header row and at least one deal")) }
        return .success(Document(header: header, records: records))
    }

    static func lineBreaks(in field: String) -> Int {
        field.reduce(0) { $0 + ($1 == "\n" || $1 == "\r" || $1 == "\r\n" ? 1 : 0) }
    }

    static func unclosedQuoteLine(in bytes: [UInt8]) -> Int? {
        var line = 1
        var openedAt: Int?
        var atFieldStart = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if openedAt != nil {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
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
                case UInt8(ascii: "\"") where atFieldStart: openedAt = line
                case UInt8(ascii: ","), 0x0D, 0x0A:
                    if byte == 0x0A { line += 1 }
                    atFieldStart = true
                    index += 1
                    continue
                default: break
                }
                atFieldStart = false
            }
            index += 1
        }
        return openedAt
    }

    /// Whether `CSVDocument.parse` reads `data` as CSV.swift did: the same header, records and lines, or the
    /// same refusal. Where RFC 4180 and CSV.swift part ways the new reader is allowed its own answer:
    /// - a quoted field closed by a quote and followed by another character (CSV.swift kept the quote, dropped
    ///   the character and read on inside quotes): now refused, naming the line;
    /// - a byte-order mark that a combining character follows (CSV.swift compared whole characters, so it kept
    ///   the mark): now always dropped at the start of the file and of the header;
    /// - a byte-order mark before a quoted first field (see below).
    static func checkSameReading(_ data: Data, report: (String) -> Void) {
        var old = parse(data, name: "x.csv")
        // Before, the unclosed-quote check read a leading byte-order mark as text, so a quoted first field looked
        // like a quote inside a field: it refused some good files and let some unclosed quotes through. Such files
        // are compared with CSV.swift's reading of them without the mark.
        var unmarked = data
        for _ in 0..<2 where unmarked.starts(with: [0xEF, 0xBB, 0xBF]) { unmarked = Data(unmarked.dropFirst(3)) }
        if unmarked.count < data.count && unmarked.first == UInt8(ascii: "\"") { old = parse(unmarked, name: "x.csv") }
        let new = Result { () throws(ImportError) in try CSVDocument.parse(data, name: "x.csv") }
            .map { Document(header: $0.header, records: $0.records) }
        switch (old, new) {
        case (.success(let before), .success(let after)):
            if before != after && !hasJoinedByteOrderMark(data) {
                report("read differently: CSV.swift \(before), now \(after)")
            }
        case (.failure(let before), .failure(let after)):
            if before != after {
                report("refused differently: CSV.swift '\(before)', now '\(after)'")
            }
        case (.success(let before), .failure(let after)):
            guard isStrayQuote(after) else { return report("refused '\(after)', CSV.swift read \(before)") }
            // A stray quote: a quote that neither a quote, a comma nor a line end follows.
            let bytes = [UInt8](data)
            let stray = bytes.indices.dropLast().contains { index in
                bytes[index] == UInt8(ascii: "\"") && ![UInt8(ascii: "\""), UInt8(ascii: ","), 0x0D, 0x0A].contains(bytes[index + 1])
            }
            if !stray { report("refused a stray quote that is not there: '\(after)'") }
        case (.failure(let before), .success(let after)):
            report("read \(after), CSV.swift refused '\(before)'")
        }
    }

    static func isStrayQuote(_ error: ImportError) -> Bool {
        error.description.contains(": a quote inside the quoted field ")
    }

    /// A byte-order mark with a combining character after it (one `Character` to CSV.swift's checks).
    static func hasJoinedByteOrderMark(_ data: Data) -> Bool {
        String(decoding: data, as: UTF8.self).contains { $0.unicodeScalars.first == "\u{FEFF}" && $0.unicodeScalars.count > 1 }
    }
}
