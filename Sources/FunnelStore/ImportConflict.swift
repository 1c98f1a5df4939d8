import Pipeline

/// A field of a deal that both Funnel and the file changed since the file's last import, to
/// different values: the import keeps Funnel's value unless told to overwrite it.
public struct ImportConflict: Sendable, Equatable {
    /// The line of the file.
    public var line: Int
    public var dealID: Int64
    /// The deal's title in Funnel.
    public var title: String
    public var field: ImportedField
    /// The value in Funnel and in the file, as a person reads them (stages by name).
    public var funnelValue: String
    public var fileValue: String
    /// True when the file's value was taken (`--overwrite`).
    public var overwritten: Bool

    public init(
        line: Int, dealID: Int64, title: String, field: ImportedField, funnelValue: String, fileValue: String, overwritten: Bool
    ) {
        self.line = line
        self.dealID = dealID
        self.title = title
        self.field = field
        self.funnelValue = funnelValue
        self.fileValue = fileValue
        self.overwritten = overwritten
    }
}
