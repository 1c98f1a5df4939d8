/// Where the user's pipeline is kept, as given by `--db`, `FUNNEL_DB`, the config or the default.
///
/// Today a database file; a server address joins it with the next engine.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A database file (SQLite).
    case file(path: String)

    /// How messages name it: the path as given.
    public var description: String {
        switch self {
        case .file(let path): path
        }
    }
}
