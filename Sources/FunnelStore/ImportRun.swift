import Foundation

/// One import of a file, as rows without ids remember it: which file and when.
public struct ImportRun: Sendable, Equatable {
    /// The file as the user named it.
    public var file: String
    public var at: Date
    /// How many of this import's rows are meant (for an earlier import that brought rows again).
    public var rows: Int

    public init(file: String, at: Date, rows: Int = 0) {
        self.file = file
        self.at = at
        self.rows = rows
    }
}
