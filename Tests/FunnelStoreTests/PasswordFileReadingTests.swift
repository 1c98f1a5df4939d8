import Foundation
import FunnelStore
import FunnelTestSupport
import StoreEngines
import Testing

/// The password file as libpq reads it from disk: ignored, with one warning, when others may read it.
@Suite("The password file on disk, and where the location comes from")
struct PasswordFileReadingTests {
    let folder = TemporaryDirectory()

    func write(_ contents: String, mode: mode_t, name: String = "pgpass") -> String {
        let path = folder.path(name)
        FileManager.default.createFile(atPath: path, contents: Data(contents.utf8))
        chmod(path, mode)
        return path
    }

    @Test("a file of mode 0600 or 0400 is read without a word")
    func privateFile() {
        for mode: mode_t in [0o600, 0o400] {
            var warnings: [String] = []
            let path = write("*:*:*:*:s3cret\n", mode: mode)
            let file = PasswordFile.read(path: path) { warnings.append($0) }
            #expect(file?.password(for: ServerAddress(host: "h", port: 1, user: "u", database: "d")) == "s3cret")
            #expect(warnings.isEmpty)
        }
    }

    @Test("a file its group or others may use is ignored, with one warning naming it")
    func looseFile() {
        for mode: mode_t in [0o640, 0o604, 0o660, 0o644, 0o610, 0o601] {
            var warnings: [String] = []
            let path = write("*:*:*:*:s3cret\n", mode: mode)
            #expect(PasswordFile.read(path: path) { warnings.append($0) } == nil)
            #expect(warnings == ["warning: password file '\(path)' has group or world access; permissions should be u=rw (0600) or less; it was not read"])
        }
    }

    @Test("a folder is ignored with a warning; a missing file silently")
    func notAFile() {
        var warnings: [String] = []
        #expect(PasswordFile.read(path: folder.path("")) { warnings.append($0) } == nil)
        #expect(warnings.count == 1 && warnings[0].contains("is not a plain file"))
        warnings = []
        #expect(PasswordFile.read(path: folder.path("missing")) { warnings.append($0) } == nil)
        #expect(warnings.isEmpty)
    }

    @Test("PGPASSFILE names the file, else ~/.pgpass")
    func whichFile() {
        #expect(PasswordFile.path(environment: ["PGPASSFILE": "/etc/p", "HOME": "/home/sam"]) == "/etc/p")
        #expect(PasswordFile.path(environment: ["PGPASSFILE": "", "HOME": "/home/sam"]) == "/home/sam/.pgpass")
    }

    @Test("a URL becomes a server location with the file's password; a path stays a file; another scheme is refused")
    func locations() throws {
        let path = write("db:5432:sales:sam:from-file\n", mode: 0o600)
        var warnings: [String] = []
        let environment = ["PGPASSFILE": path, "HOME": folder.path("home")]
        let server = try StoreLocation(given: "postgresql://sam@db/sales", environment: environment, loginName: "nobody") { warnings.append($0) }
        #expect(server == .server(ServerAddress(host: "db", port: 5432, user: "sam", database: "sales", password: ServerPassword("from-file"))))
        #expect(try StoreLocation(given: "/tmp/sales.sqlite", environment: environment, loginName: "sam") { warnings.append($0) } == .file(path: "/tmp/sales.sqlite"))
        #expect(throws: ServerAddressError.unknownScheme(scheme: "mysql")) {
            try StoreLocation(given: "mysql://root@h/db", environment: environment, loginName: "sam") { warnings.append($0) }
        }
        #expect(warnings.isEmpty)
    }

    @Test("the file is not read at all when the URL or PGPASSWORD gave a password")
    func fileReadOnlyWhenNeeded() throws {
        let loose = write("*:*:*:*:from-file\n", mode: 0o644)
        var warnings: [String] = []
        let fromURL = try StoreLocation(given: "postgresql://sam:from-url@db/sales", environment: ["PGPASSFILE": loose], loginName: "sam") { warnings.append($0) }
        #expect(fromURL == .server(ServerAddress(host: "db", port: 5432, user: "sam", database: "sales", password: ServerPassword("from-url"))))
        _ = try StoreLocation(given: "postgresql://sam@db/sales", environment: ["PGPASSFILE": loose, "PGPASSWORD": "x"], loginName: "sam") { warnings.append($0) }
        #expect(warnings.isEmpty)
        let without = try StoreLocation(given: "postgresql://sam@db/sales", environment: ["PGPASSFILE": loose], loginName: "sam") { warnings.append($0) }
        #expect(without == .server(ServerAddress(host: "db", port: 5432, user: "sam", database: "sales")))
        #expect(warnings.count == 1)
    }
}
