/// Where the engine connects: a PostgreSQL server's address, the account and the database, as the engine needs them.
///
/// Made from the user's `ServerAddress` (URL, libpq environment, `.pgpass`) by `StoreEngines`; the password is
/// kept only here and in the connection's start-up, never in a description.
public struct ServerEndpoint: Sendable, CustomStringConvertible {
    /// How the connection is encrypted, as libpq's `sslmode` says it.
    public enum Encryption: String, Sendable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it, else plain.
        case prefer
        /// TLS or no connection (the certificate is not verified, as libpq's `require`).
        case require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var encryption: Encryption
    /// Kept out of `description`.
    var password: String?

    public init(host: String, port: Int, user: String, password: String?, database: String, encryption: Encryption) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.encryption = encryption
    }

    /// `host:port`, as refusals name the server.
    public var hostAndPort: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// `postgresql://user@host:port/database`, never with the password.
    public var description: String {
        "postgresql://\(user)@\(hostAndPort)/\(database)"
    }
}
