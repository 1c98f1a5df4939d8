/// Reads the rows of RFC 4180 CSV from UTF-8 bytes in one pass, byte by byte.
///
/// A field is quoted when it starts with `"`; inside, `""` is a quote and commas and line breaks
/// (LF, CRLF or a lone CR) are text. A row ends at LF, CRLF or a lone CR outside quotes, or at the
/// end of the bytes. A quote inside an unquoted field is kept as text. A quoted field must close
/// before a comma, a line end or the end of the file: any other byte after its closing quote is a
/// stray quote, which the reader refuses instead of guessing (`StrayQuote`).
///
/// Line numbers count every line break, those inside quoted fields too, so a record's line is the
/// one an editor shows. The caller checks beforehand that the bytes are UTF-8, so every field,
/// being cut at ASCII bytes, is UTF-8 too.
struct CSVByteReader {
    /// What one read found: the header (when asked for), the records, and the line after the last.
    struct Rows {
        var header: [String]?
        var records: [CSVDocument.Record]
        var nextLine: Int
        /// Whether the bytes end inside a quoted field (its text runs to the end); the caller
        /// decides whether that is an unclosed quote (`CSVDocument.unclosedQuoteLine`).
        var endsInsideQuotes = false
    }

    /// A quoted field closed by a quote that is followed by something other than a comma or a line end.
    struct StrayQuote: Error, Equatable {
        /// The 1-based line of the stray quote.
        var line: Int
        /// The field as written, from its opening quote to the end of the stray quote's line.
        var text: String
    }

    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

    /// Reads every row of `bytes`; a row that is one empty field (a blank line) is skipped but
    /// counted. With `headerFirst`, the first other row is the header: its cells are trimmed and a
    /// byte-order mark before the first is dropped. `firstLine` is the line of the first byte.
    static func rows(
        _ bytes: UnsafeBufferPointer<UInt8>, headerFirst: Bool, firstLine: Int = 1
    ) throws(StrayQuote) -> Rows {
        var rows = Rows(header: nil, records: [], nextLine: firstLine)
        // About 300 bytes a deal row in the exports seen; a guess, only to spare regrowing.
        rows.records.reserveCapacity(bytes.count / 256 + 1)
        var line = firstLine
        var index = 0
        let end = bytes.count
        var scratch: [UInt8] = []
        var width = 8
        while index < end {
            let rowLine = line
            var fields: [String] = []
            fields.reserveCapacity(width)
            var rowEnded = false
            while !rowEnded {
                var field = ""
                if index < end && bytes[index] == quote {
                    // A quoted field: up to the quote that is not doubled.
                    let opening = index
                    index += 1
                    var start = index
                    scratch.removeAll(keepingCapacity: true)
                    var doubled = false
                    var closed = false
                    while index < end {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < end && bytes[index + 1] == quote {
                                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...index]))
                                doubled = true
                                index += 2
                                start = index
                                continue
                            }
                            closed = true
                            break
                        }
                        if byte == lf || (byte == cr && (index + 1 == end || bytes[index + 1] != lf)) { line += 1 }
                        index += 1
                    }
                    let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    if doubled {
                        scratch.append(contentsOf: text)
                        field = String(decoding: scratch, as: UTF8.self)
                    } else if !text.isEmpty {
                        field = String(decoding: text, as: UTF8.self)
                    }
                    if closed { index += 1 } else { rows.endsInsideQuotes = true }
                    // After the closing quote: a comma, a line end or the end of the bytes.
                    if index < end, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        // The field as written, up to the end of the line (at most 60 more bytes, whole characters).
                        var stop = index
                        while stop < end && stop < index + 60 && bytes[stop] != cr && bytes[stop] != lf { stop += 1 }
                        while stop < end && bytes[stop] & 0xC0 == 0x80 { stop += 1 }
                        throw StrayQuote(line: line, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[opening..<stop]), as: UTF8.self))
                    }
                } else {
                    let start = index
                    while index < end {
                        let byte = bytes[index]
                        if byte == comma || byte == lf || byte == cr { break }
                        index += 1
                    }
                    if index > start { field = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) }
                }
                fields.append(field)
                // The field's end: a comma starts another field (an empty one at the end of the
                // bytes), a line end or the end of the bytes ends the row.
                if index < end && bytes[index] == comma {
                    index += 1
                    continue
                }
                if index < end {
                    if bytes[index] == cr && index + 1 < end && bytes[index + 1] == lf { index += 1 }
                    index += 1
                }
                line += 1
                rowEnded = true
            }
            width = fields.count
            if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line
            if headerFirst && rows.header == nil {
                if fields[0].utf8.starts(with: [0xEF, 0xBB, 0xBF]) { fields[0] = String(decoding: fields[0].utf8.dropFirst(3), as: UTF8.self) }
                rows.header = fields.map { $0.trimmingWhitespace() }
            } else {
                rows.records.append(CSVDocument.Record(line: rowLine, fields: fields))
            }
        }
        rows.nextLine = line
        return rows
    }

    /// The offset of the first row that starts after `offset`, as `rows` reads rows, and the line it
    /// starts on; nil when none does or when a stray quote comes first (a one-pass read then reports it).
    static func rowStart(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, line: Int)? {
        var line = 1
        var index = 0
        let end = bytes.count
        while index < end {
            // One field.
            if bytes[index] == quote {
                index += 1
                while index < end {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < end && bytes[index + 1] == quote {
                            index += 2
                            continue
                        }
                        break
                    }
                    if byte == lf || (byte == cr && (index + 1 == end || bytes[index + 1] != lf)) { line += 1 }
                    index += 1
                }
                guard index < end else { return nil }
                index += 1
                if index < end, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf { return nil }
            } else {
                while index < end, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf { index += 1 }
            }
            guard index < end else { return nil }
            if bytes[index] == comma {
                index += 1
                continue
            }
            if bytes[index] == cr && index + 1 < end && bytes[index + 1] == lf { index += 1 }
            index += 1
            line += 1
            if index > offset { return index < end ? (index, line) : nil }
        }
        return nil
    }
}
