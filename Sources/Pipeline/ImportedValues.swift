/// What a deal file said of one deal at an import: the text of each field it has a column for.
///
/// Kept with the deal's link to the file's system, it is the common ancestor a re-import needs:
/// a field the file has not changed since is Funnel's to keep (`ReimportMerge`).
public struct ImportedValues: Sendable, Equatable {
    /// By `ImportedField.rawValue`; nil where the file said nothing of the field.
    public private(set) var texts: [String?]

    /// The texts of `deal`'s fields that are in `fields`.
    public init(deal: Deal, fields: ImportedFieldSet) {
        texts = ImportedField.allCases.map { fields.contains($0) ? $0.text(of: deal) : nil }
    }

    public subscript(field: ImportedField) -> String? {
        get { texts[field.rawValue] }
        set { texts[field.rawValue] = newValue }
    }

    /// One line of text for the database: per field `-` when absent, else the text's length in
    /// UTF-8 bytes, a colon and the text (so any character may be in a text).
    public var encoded: String {
        var out = ""
        out.reserveCapacity(texts.reduce(0) { $0 + ($1?.utf8.count ?? 0) + 4 })
        for text in texts {
            guard let text else {
                out += "-"
                continue
            }
            out += String(text.utf8.count)
            out += ":"
            out += text
        }
        return out
    }

    /// Reads `encoded` back; nil for text that is not one (fields added by a later Funnel are absent).
    public init?(encoded: String) {
        let bytes = Array(encoded.utf8)
        var texts: [String?] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "-") {
                texts.append(nil)
                index += 1
                continue
            }
            var length = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                length = length * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":"), index + 1 + length <= bytes.count else { return nil }
            texts.append(String(decoding: bytes[(index + 1)..<(index + 1 + length)], as: UTF8.self))
            index += 1 + length
        }
        if texts.count < ImportedField.allCases.count {
            texts += Array(repeating: nil, count: ImportedField.allCases.count - texts.count)
        }
        self.texts = Array(texts.prefix(ImportedField.allCases.count))
    }

    /// A 64-bit FNV-1a hash of `encoded`: the same on every run and machine (Swift's `Hasher` is not).
    public var fingerprint: Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in encoded.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}
