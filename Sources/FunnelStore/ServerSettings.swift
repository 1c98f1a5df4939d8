/// The parts of a server address said so far, each nil until something says it: a URL, then libpq's
/// environment variables, then the defaults (`resolved`).
public struct ServerSettings: Sendable, Hashable {
    public var host: String?
    public var port: Int?
    public var user: String?
    public var password: ServerPassword?
    public var database: String?
    public var sslMode: SSLMode?

    public init(
        host: String? = nil, port: Int? = nil, user: String? = nil, password: ServerPassword? = nil, database: String? = nil,
        sslMode: SSLMode? = nil
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.sslMode = sslMode
    }

    /// The host when nothing says one (libpq's on systems without Unix sockets; Funnel's everywhere).
    public static let defaultHost = "localhost"
    /// PostgreSQL's port.
    public static let defaultPort = 5432

    /// libpq's environment variables, read where the URL left a part out: `PGHOST`, `PGPORT`, `PGUSER`,
    /// `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`. An empty variable counts as unset, as in libpq.
    public func filled(from environment: [String: String]) throws(ServerAddressError) -> ServerSettings {
        var settings = self
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if settings.host == nil, let host = value("PGHOST") { settings.host = try Self.checkedHost(host, setting: "PGHOST") }
        if settings.port == nil, let port = value("PGPORT") { settings.port = try Self.checkedPort(port, setting: "PGPORT") }
        if settings.user == nil { settings.user = value("PGUSER") }
        if settings.password == nil { settings.password = value("PGPASSWORD").map(ServerPassword.init) }
        if settings.database == nil { settings.database = value("PGDATABASE") }
        if settings.sslMode == nil, let mode = value("PGSSLMODE") { settings.sslMode = try Self.checkedSSLMode(mode, setting: "PGSSLMODE") }
        return settings
    }

    /// The complete address, with libpq's defaults for what is still unsaid: host `localhost`, port 5432,
    /// user `loginName`, database named as the user, sslmode `prefer`. The password stays nil when unsaid
    /// (the password file is the caller's to read: `ServerAddress.withPassword(from:)`).
    public func resolved(loginName: String) -> ServerAddress {
        let user = user ?? loginName
        return ServerAddress(
            host: host ?? Self.defaultHost, port: port ?? Self.defaultPort, user: user, database: database ?? user,
            sslMode: sslMode ?? .prefer, password: password)
    }

    // MARK: - Checks shared by the URL and the environment

    /// One host: not empty, not a list.
    static func checkedHost(_ text: String, setting: String) throws(ServerAddressError) -> String {
        guard !text.isEmpty else { throw .emptyHost(setting: setting) }
        guard !text.contains(",") else { throw .manyHosts(setting: setting, value: text) }
        return text
    }

    /// A port from 1 to 65535, in decimal digits.
    static func checkedPort(_ text: String, setting: String) throws(ServerAddressError) -> Int {
        if text.contains(",") { throw .manyHosts(setting: setting, value: text) }
        guard !text.isEmpty, text.count <= 5, text.allSatisfy({ $0.isASCII && $0.isNumber }), let port = Int(text), (1...65535).contains(port) else {
            throw .invalidPort(setting: setting, value: text)
        }
        return port
    }

    /// One of the modes Funnel honours.
    static func checkedSSLMode(_ text: String, setting: String) throws(ServerAddressError) -> SSLMode {
        guard let mode = SSLMode(rawValue: text) else { throw .invalidSSLMode(setting: setting, value: text) }
        return mode
    }
}
