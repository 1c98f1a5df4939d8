@testable import FunnelStore
import Testing

/// What the URL leaves out, libpq's environment variables fill, and the defaults after them.
@Suite("Server addresses completed from PGHOST, PGPORT, ... and the defaults")
struct ServerEnvironmentTests {
    let everything = [
        "PGHOST": "env-host", "PGPORT": "7777", "PGUSER": "env-user", "PGPASSWORD": "env-secret", "PGDATABASE": "env-db",
        "PGSSLMODE": "require",
    ]

    @Test("the URL wins over every variable")
    func urlWins() throws {
        let address = try ServerAddress(url: "postgresql://ann:url-secret@url-host:6000/url-db?sslmode=disable", environment: everything, loginName: "sam")
        #expect(address == ServerAddress(host: "url-host", port: 6000, user: "ann", database: "url-db", sslMode: .disable, password: ServerPassword("url-secret")))
    }

    @Test("each variable fills what the URL leaves out")
    func variablesFill() throws {
        let address = try ServerAddress(url: "postgresql://", environment: everything, loginName: "sam")
        #expect(address == ServerAddress(host: "env-host", port: 7777, user: "env-user", database: "env-db", sslMode: .require, password: ServerPassword("env-secret")))
        let partly = try ServerAddress(url: "postgresql://ann@url-host/url-db", environment: everything, loginName: "sam")
        #expect(partly == ServerAddress(host: "url-host", port: 7777, user: "ann", database: "url-db", sslMode: .require, password: ServerPassword("env-secret")))
    }

    @Test("without URL parts or variables: localhost, 5432, the login name, a database named as the user, prefer, no password")
    func defaults() throws {
        let address = try ServerAddress(url: "postgresql://", environment: [:], loginName: "sam")
        #expect(address == ServerAddress(host: "localhost", port: 5432, user: "sam", database: "sam", sslMode: .prefer, password: nil))
        #expect(try ServerAddress(url: "postgresql://ann@", environment: [:], loginName: "sam").database == "ann")
        #expect(try ServerAddress(url: "postgresql://", environment: ["PGUSER": "bob"], loginName: "sam").database == "bob")
    }

    @Test("an empty variable counts as unset, as in libpq")
    func emptyVariables() throws {
        let empty = ["PGHOST": "", "PGPORT": "", "PGUSER": "", "PGPASSWORD": "", "PGDATABASE": "", "PGSSLMODE": ""]
        #expect(try ServerAddress(url: "postgresql://", environment: empty, loginName: "sam") == ServerAddress(host: "localhost", port: 5432, user: "sam", database: "sam"))
    }

    @Test("a bad PGPORT, PGSSLMODE or PGHOST is refused naming the variable and its value")
    func badVariables() {
        #expect(throws: ServerAddressError.invalidPort(setting: "PGPORT", value: "fifty")) {
            try ServerAddress(url: "postgresql://h/db", environment: ["PGPORT": "fifty"], loginName: "sam")
        }
        #expect(throws: ServerAddressError.invalidSSLMode(setting: "PGSSLMODE", value: "verify-full")) {
            try ServerAddress(url: "postgresql://h/db", environment: ["PGSSLMODE": "verify-full"], loginName: "sam")
        }
        #expect(throws: ServerAddressError.manyHosts(setting: "PGHOST", value: "a,b")) {
            try ServerAddress(url: "postgresql:///db", environment: ["PGHOST": "a,b"], loginName: "sam")
        }
        // A variable the URL overrides is not read, as in libpq.
        #expect(throws: Never.self) { try ServerAddress(url: "postgresql://h:5432/db", environment: ["PGPORT": "fifty"], loginName: "sam") }
        #expect(ServerAddressError.invalidPort(setting: "PGPORT", value: "fifty").description == "invalid PGPORT 'fifty': use a whole number from 1 to 65535, e.g. 5432")
    }

    @Test("a socket folder from PGHOST")
    func socketFromEnvironment() throws {
        let address = try ServerAddress(url: "postgresql:///sales", environment: ["PGHOST": "/var/run/postgresql"], loginName: "sam")
        #expect(address.isSocketFolder && address.host == "/var/run/postgresql")
    }
}
