/// Where the user's pipeline is kept, as given by `--db`, `FUNNEL_DB`, the config or the default.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// A database file (SQLite).
    case file(path: String)
    /// A database on a PostgreSQL server.
    case server(ServerAddress)

    /// How messages name it: the path as given, or the server's URL without its password.
    public var description: String {
        switch self {
        case .file(let path): path
        case .server(let address): address.description
        }
    }
}
