@testable import FunnelStore
import Testing

/// `postgresql://` and `postgres://` URLs read as libpq reads them, and every refusal in one sentence.
@Suite("Server URLs, read as psql reads them")
struct ConnectionURLTests {
    func parsed(_ text: String) throws -> ServerSettings { try ConnectionURL.parse(text) }

    func refusal(_ text: String) -> ServerAddressError? {
        do {
            _ = try ConnectionURL.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("every part of a full URL, in both schemes and any case")
    func fullURL() throws {
        for scheme in ["postgresql", "postgres", "PostgreSQL"] {
            let settings = try parsed("\(scheme)://sam:s3cret@db.example.com:6543/sales?sslmode=require")
            #expect(settings.host == "db.example.com")
            #expect(settings.port == 6543)
            #expect(settings.user == "sam")
            #expect(settings.password?.revealedForServer == "s3cret")
            #expect(settings.database == "sales")
            #expect(settings.sslMode == .require)
        }
        #expect(ConnectionURL.isServerURL("postgres://h/db"))
        #expect(!ConnectionURL.isServerURL("/home/sam/funnel.sqlite"))
        #expect(!ConnectionURL.isServerURL("postgresql.sqlite"))
    }

    @Test("parts left out stay unsaid, for the environment and the defaults")
    func partsLeftOut() throws {
        #expect(try parsed("postgresql://") == ServerSettings())
        #expect(try parsed("postgresql:///sales") == ServerSettings(database: "sales"))
        #expect(try parsed("postgresql://sam@/sales") == ServerSettings(user: "sam", database: "sales"))
        #expect(try parsed("postgresql://db.example.com") == ServerSettings(host: "db.example.com"))
        #expect(try parsed("postgresql://db.example.com:/") == ServerSettings(host: "db.example.com"))
        #expect(try parsed("postgresql://:@db/") == ServerSettings(host: "db"))
        #expect(try parsed("postgresql://sam:@db") == ServerSettings(host: "db", user: "sam"))
    }

    @Test("each part is percent-decoded; '+' stays a plus")
    func percentDecoding() throws {
        let settings = try parsed("postgresql://sam%40corp:p%40ss%3Aw%2Fd+1@db.example.com/sales%20eu%E5%8C%97")
        #expect(settings.user == "sam@corp")
        #expect(settings.password?.revealedForServer == "p@ss:w/d+1")
        #expect(settings.database == "sales eu北")
    }

    @Test("an IPv6 host in brackets, with or without a port")
    func ipv6() throws {
        #expect(try parsed("postgresql://[::1]:5433/sales") == ServerSettings(host: "::1", port: 5433, database: "sales"))
        #expect(try parsed("postgresql://sam@[fe80::1]/sales") == ServerSettings(host: "fe80::1", user: "sam", database: "sales"))
        #expect(try parsed("postgresql://[2001:db8::7]?sslmode=disable") == ServerSettings(host: "2001:db8::7", sslMode: .disable))
    }

    @Test("a Unix socket folder, percent-encoded in the host or given as ?host=")
    func socketFolder() throws {
        let encoded = try parsed("postgresql://sam@%2Fvar%2Frun%2Fpostgresql/sales")
        #expect(encoded.host == "/var/run/postgresql")
        let parameter = try parsed("postgresql:///sales?host=/tmp/funnel-pg&port=6000")
        #expect(parameter == ServerSettings(host: "/tmp/funnel-pg", port: 6000, database: "sales"))
        #expect(parameter.resolved(loginName: "sam").isSocketFolder)
    }

    @Test("a query parameter overrides the same part given before the '?'; ssl=true means require")
    func parametersOverride() throws {
        let settings = try parsed("postgresql://ann:one@h1:5000/db1?host=h2&port=7000&user=bob&password=two&dbname=db2&sslmode=disable")
        #expect(settings == ServerSettings(host: "h2", port: 7000, user: "bob", password: ServerPassword("two"), database: "db2", sslMode: .disable))
        #expect(try parsed("postgresql://h/db?ssl=true").sslMode == .require)
        #expect(try parsed("postgresql://h/db?user=&dbname=&password=") == ServerSettings(host: "h", database: "db"))
    }

    @Test("sslmode other than disable, prefer or require is refused naming the value and the accepted ones")
    func sslModes() throws {
        for mode in SSLMode.allCases { #expect(try parsed("postgresql://h/db?sslmode=\(mode.rawValue)").sslMode == mode) }
        for bad in ["verify-ca", "verify-full", "allow", "REQUIRE", ""] {
            let error = refusal("postgresql://h/db?sslmode=\(bad)")
            #expect(error == .invalidSSLMode(setting: "sslmode", value: bad))
            #expect(error?.description == "invalid sslmode '\(bad)': use disable, prefer or require (Funnel does not check server certificates, so verify-ca and verify-full are refused rather than weakened)")
        }
        #expect(refusal("postgresql://h/db?ssl=false") == .invalidSSLMode(setting: "ssl", value: "false"))
    }

    @Test("an unknown query parameter, or one without '=', is refused naming it")
    func unknownParameters() {
        #expect(refusal("postgresql://h/db?connect_timeout=5") == .unknownParameter(name: "connect_timeout"))
        #expect(refusal("postgresql://h/db?sslmode=require&application_name=funnel") == .unknownParameter(name: "application_name"))
        #expect(refusal("postgresql://h/db?sslmode") == .parameterWithoutValue(name: "sslmode"))
        #expect(ServerAddressError.unknownParameter(name: "connect_timeout").description
            == "unknown parameter 'connect_timeout' in the server address: use host, port, user, password, dbname or sslmode")
    }

    @Test("a port that is not a whole number from 1 to 65535 is refused naming it")
    func invalidPorts() throws {
        for bad in ["abc", "0", "65536", "-1", "5432x", "99999999999999999999", "٥٤٣٢"] {
            #expect(refusal("postgresql://h:\(bad)/db") == .invalidPort(setting: "port", value: bad))
        }
        #expect(refusal("postgresql://h/db?port=") == .invalidPort(setting: "port", value: ""))
        #expect(try parsed("postgresql://h:65535/db").port == 65535)
        #expect(try parsed("postgresql://h:1/db").port == 1)
        #expect(ServerAddressError.invalidPort(setting: "port", value: "abc").description == "invalid port 'abc': use a whole number from 1 to 65535, e.g. 5432")
    }

    @Test("an empty host given on purpose, a list of hosts, or a broken IPv6 host is refused")
    func badHosts() {
        #expect(refusal("postgresql:///db?host=") == .emptyHost(setting: "host"))
        #expect(refusal("postgresql://[]/db") == .emptyHost(setting: "host"))
        #expect(refusal("postgresql://h1,h2/db") == .manyHosts(setting: "host", value: "h1,h2"))
        #expect(refusal("postgresql://h1:5432,h2:5433/db") == .manyHosts(setting: "port", value: "5432,h2:5433"))
        #expect(refusal("postgresql://[::1/db") == .unclosedIPv6)
        #expect(refusal("postgresql://[::1]x/db") == .unexpectedAfterHost(character: "x"))
    }

    @Test("a broken %-escape is refused naming the part; in the password, without showing it")
    func badEscapes() {
        #expect(refusal("postgresql://s%zzam@h/db") == .badEscape(part: "user", value: "s%zzam"))
        #expect(refusal("postgresql://h/sa%00les") == .badEscape(part: "database", value: "sa%00les"))
        #expect(refusal("postgresql://h/%FF") == .badEscape(part: "database", value: "%FF"))
        #expect(refusal("postgresql://h/db%4") == .badEscape(part: "database", value: "db%4"))
        let error = refusal("postgresql://sam:hunter%zz2@h/db")
        #expect(error == .badEscapeInPassword)
        #expect(error.map { !$0.description.contains("hunter") } == true)
        #expect(refusal("postgresql://h/db?password=hunter%zz2") == .badEscapeInPassword)
    }

    @Test("a URL of another kind is named by its scheme, never taken for a file")
    func otherSchemes() {
        #expect(ConnectionURL.otherScheme("mysql://root:pw@h/db") == "mysql")
        #expect(ConnectionURL.otherScheme("postgresql://h/db") == nil)
        #expect(ConnectionURL.otherScheme("/tmp/a://b") == nil)
        #expect(ConnectionURL.otherScheme("funnel.sqlite") == nil)
        #expect(refusal("mysql://root@h/db") == .unknownScheme(scheme: "mysql"))
    }
}
