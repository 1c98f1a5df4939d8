/// A PostgreSQL server and database to keep the pipeline in, complete: what `--db postgresql://…`,
/// `FUNNEL_DB`, the config, libpq's environment variables, `~/.pgpass` and the defaults said together.
///
/// Its `description` is the URL without the password (`postgresql://sam@db.example.com:5432/sales`): every
/// message that names the location uses it. The password is a `ServerPassword`, which never prints.
public struct ServerAddress: Sendable, Hashable, CustomStringConvertible, Encodable {
    /// A host name, an IP address (IPv6 without brackets), or a folder holding the server's Unix socket (`/var/run/postgresql`).
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: SSLMode
    /// Nil when no URL, `PGPASSWORD` or password file line gave one (the server may not ask).
    public var password: ServerPassword?

    public init(host: String, port: Int, user: String, database: String, sslMode: SSLMode = .prefer, password: ServerPassword? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = sslMode
        self.password = password
    }

    /// True when `host` names a folder holding the server's Unix socket rather than a machine.
    public var isSocketFolder: Bool { host.hasPrefix("/") }

    /// `postgresql://user@host:port/database`, never the password; a socket folder is written as libpq
    /// reads it back (`postgresql://sam@:5432/sales?host=/var/run/postgresql`).
    public var description: String {
        let user = ConnectionURL.encoded(user)
        let database = ConnectionURL.encoded(database)
        if isSocketFolder {
            return "postgresql://\(user)@:\(port)/\(database)?host=\(ConnectionURL.encoded(host, keeping: "/"))"
        }
        let shownHost = host.contains(":") ? "[\(host)]" : ConnectionURL.encoded(host)
        return "postgresql://\(user)@\(shownHost):\(port)/\(database)"
    }

    private enum CodingKeys: String, CodingKey {
        case host, port, user, database
        case sslMode = "sslmode"
        case password
    }
}
