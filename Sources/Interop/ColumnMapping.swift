import Pipeline
import Wording

/// Which column of a file holds each deal field: the source's known names, then `--map` overrides.
public struct ColumnMapping: Sendable, Equatable {
    public var source: ImportSource
    public var header: [String]
    /// Field to 0-based column index.
    public var columns: [DealField: Int]

    /// Resolves the columns of a header for a source; `overrides` are `FIELD=COLUMN` texts from `--map`.
    public init(header: [String], source: ImportSource, overrides: [String], fileName: String) throws(ImportError) {
        self.source = source
        self.header = header
        var indexByName: [String: Int] = [:]
        for (index, name) in header.enumerated() where indexByName[ImportSource.key(name)] == nil {
            indexByName[ImportSource.key(name)] = index
        }
        var columns: [DealField: Int] = [:]
        for (field, names) in source.knownColumns {
            if let index = names.lazy.compactMap({ indexByName[ImportSource.key($0)] }).first { columns[field] = index }
        }
        for override in overrides {
            guard let equals = override.firstIndex(of: "=") else {
                throw .usage(ErrorText.mapWithoutEquals(value: override).string)
            }
            let field = try DealField.parse(String(override[..<equals]))
            let column = String(override[override.index(after: equals)...])
            guard let index = indexByName[ImportSource.key(column)] else {
                throw .usage(ErrorText.mapNoColumn(value: override, file: fileName, column: column, columns: ColumnMapping.list(header)).string)
            }
            columns[field] = index
        }
        guard columns[.title] != nil else {
            throw .usage(ErrorText.noTitleColumn(file: fileName, source: source.rawValue, columns: ColumnMapping.list(header)).string)
        }
        self.columns = columns
    }

    /// The currency a code in the value column's header names (`Amount (EUR)`, `Deal value [CNY]`), when no
    /// currency column is mapped: one three-letter upper-case word of the header that is a known ISO 4217 code.
    public var valueHeaderCurrency: Currency? {
        guard columns[.currency] == nil, let column = columns[.value] else { return nil }
        let words = header[column].split(whereSeparator: { !$0.isLetter }).filter { word in
            word.count == 3 && word.allSatisfy { $0.isASCII && $0.isUppercase }
        }
        let codes = Set(words.compactMap { Currency(code: String($0)) })
        return codes.count == 1 ? codes.first : nil
    }

    /// The header name of a field's column, for messages.
    public func columnName(_ field: DealField) -> String {
        columns[field].map { header[$0] } ?? field.rawValue
    }

    /// The first columns of a header for a message: at most 12, each cut to 40 columns, and how many more.
    static func list(_ header: [String]) -> String {
        let shown = header.prefix(12).map { "\"\(DisplayWidth.truncate(TerminalText.visible($0), to: 40))\"" }
        let more = header.count - shown.count
        return shown.joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }
}
