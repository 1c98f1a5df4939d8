/// The fields a deal file gives, from its columns (and, for the creation time, the row).
public struct ImportedFieldSet: Sendable, Equatable {
    private var bits: UInt32

    public init(_ fields: [ImportedField] = []) {
        bits = 0
        for field in fields { insert(field) }
    }

    /// Every field.
    public static let all = ImportedFieldSet(ImportedField.allCases)

    public func contains(_ field: ImportedField) -> Bool { bits & (1 << UInt32(field.rawValue)) != 0 }

    public mutating func insert(_ field: ImportedField) { bits |= 1 << UInt32(field.rawValue) }

    public mutating func remove(_ field: ImportedField) { bits &= ~(1 << UInt32(field.rawValue)) }
}
