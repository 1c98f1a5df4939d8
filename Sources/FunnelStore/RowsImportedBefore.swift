/// Rows without ids that earlier imports already brought: refused unless duplicates are allowed.
public struct RowsImportedBefore: Error, Sendable, Equatable {
    /// How many rows of this file were imported before.
    public var count: Int
    /// The earlier imports that brought them, the latest first, each with how many of the rows it brought.
    public var earlier: [ImportRun]

    public init(count: Int, earlier: [ImportRun]) {
        self.count = count
        self.earlier = earlier
    }
}
