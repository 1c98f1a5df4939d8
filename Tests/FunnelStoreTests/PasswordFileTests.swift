@testable import FunnelStore
import Testing

/// `~/.pgpass` lines matched as libpq matches them.
@Suite("The password file's lines, matched as libpq matches them")
struct PasswordFileTests {
    let sales = ServerAddress(host: "db.example.com", port: 5432, user: "sam", database: "sales")

    func password(_ contents: String, for address: ServerAddress? = nil) -> String? {
        PasswordFile(contents: contents).password(for: address ?? sales)
    }

    @Test("a line naming host, port, database and user gives its password; another does not")
    func exactMatch() {
        #expect(password("db.example.com:5432:sales:sam:s3cret\n") == "s3cret")
        #expect(password("db.example.com:5433:sales:sam:s3cret\n") == nil)
        #expect(password("other.example.com:5432:sales:sam:s3cret\n") == nil)
        #expect(password("db.example.com:5432:crm:sam:s3cret\n") == nil)
        #expect(password("db.example.com:5432:sales:ann:s3cret\n") == nil)
        #expect(password("db.example.com:5432:sales:sam\n") == nil)
        #expect(password("") == nil)
    }

    @Test("the first matching line wins; comments and blank lines are skipped; CRLF line ends are read")
    func firstMatchWins() {
        let file = "# db.example.com:5432:sales:sam:commented\n\nother:5432:sales:sam:no\r\n*:*:sales:sam:first\r\n*:*:*:*:second\n"
        #expect(password(file) == "first")
        #expect(password(file, for: ServerAddress(host: "x", port: 1, user: "ann", database: "crm")) == "second")
    }

    @Test("'*' matches anything, only as a whole field")
    func wildcards() {
        #expect(password("*:5432:sales:sam:a\n") == "a")
        #expect(password("db.example.com:*:*:sam:b\n") == "b")
        #expect(password("*:*:*:*:c\n") == "c")
        #expect(password("db*:5432:sales:sam:d\n") == nil)
        #expect(password("db.example.com:5432:sa*:sam:e\n") == nil)
    }

    @Test("'\\:' and '\\\\' stand for ':' and '\\' in every field; the password ends at the next unescaped ':'")
    func escapes() {
        let ipv6 = ServerAddress(host: "::1", port: 5432, user: "s\\m", database: "sa:les")
        #expect(password("\\:\\:1:5432:sa\\:les:s\\\\m:p\\:w\\\\d\n", for: ipv6) == "p:w\\d")
        #expect(password("db.example.com:5432:sales:sam:first:ignored\n") == "first")
        #expect(password("db.example.com:5432:sales:sam:ends\\\n") == "ends\\")
        // An escaped character is not a wildcard.
        #expect(password("\\*:5432:sales:sam:x\n") == nil)
    }

    @Test("an empty password on the first matching line is no password")
    func emptyPassword() {
        #expect(password("db.example.com:5432:sales:sam:\n*:*:*:*:later\n") == nil)
    }

    @Test("the default socket folder matches localhost; another folder matches its own path")
    func socketFolders() {
        let viaDefault = ServerAddress(host: "/var/run/postgresql", port: 5432, user: "sam", database: "sales")
        #expect(password("localhost:5432:sales:sam:local\n", for: viaDefault) == "local")
        let viaOther = ServerAddress(host: "/tmp/pg", port: 5432, user: "sam", database: "sales")
        #expect(password("localhost:5432:sales:sam:local\n", for: viaOther) == nil)
        #expect(password("/tmp/pg:5432:sales:sam:own\n", for: viaOther) == "own")
    }

    @Test("the file gives a password only when the URL and PGPASSWORD gave none")
    func precedence() throws {
        let file = PasswordFile(contents: "*:*:*:*:from-file\n")
        let fromURL = try ServerAddress(url: "postgresql://sam:from-url@h/db", environment: ["PGPASSWORD": "from-env"], loginName: "sam")
        #expect(fromURL.withPassword(from: file).password?.revealedForServer == "from-url")
        let fromEnvironment = try ServerAddress(url: "postgresql://sam@h/db", environment: ["PGPASSWORD": "from-env"], loginName: "sam")
        #expect(fromEnvironment.withPassword(from: file).password?.revealedForServer == "from-env")
        let fromFile = try ServerAddress(url: "postgresql://sam@h/db", environment: [:], loginName: "sam")
        #expect(fromFile.withPassword(from: file).password?.revealedForServer == "from-file")
    }
}
