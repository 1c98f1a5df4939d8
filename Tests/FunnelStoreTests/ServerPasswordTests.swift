import Foundation
@testable import FunnelStore
import Testing

/// A password never shows, whatever prints the value that holds it.
@Suite("Passwords never print")
struct ServerPasswordTests {
    let secret = "Tr0ub4dor&3"
    var address: ServerAddress {
        ServerAddress(host: "db.example.com", port: 5432, user: "sam", database: "sales", sslMode: .require, password: ServerPassword(secret))
    }

    @Test("description, debugDescription, interpolation, dump, Mirror and JSON of the password and what holds it")
    func neverShown() throws {
        let password = ServerPassword(secret)
        let location = StoreLocation.server(address)
        var dumped = ""
        dump(location, to: &dumped)
        var dumpedPassword = ""
        dump(password, to: &dumpedPassword)
        let encoded = String(decoding: try JSONEncoder().encode(address), as: UTF8.self)
        let texts = [
            password.description, password.debugDescription, "\(password)", String(reflecting: password), String(describing: password),
            address.description, "\(address)", String(reflecting: address), location.description, String(reflecting: location), "\(location)",
            dumped, dumpedPassword, encoded, "\(Mirror(reflecting: password).children.map { "\($0.value)" })",
            "\(ServerSettings(password: password))", String(reflecting: ServerSettings(password: password)),
        ]
        for text in texts { #expect(!text.contains(secret), "\(text)") }
        #expect(password.revealedForServer == secret)
        #expect(encoded.contains("\"password\":\"********\""))
    }

    @Test("the location names the server as postgresql://user@host:port/database")
    func shownAs() {
        #expect(StoreLocation.server(address).description == "postgresql://sam@db.example.com:5432/sales")
        #expect(ServerAddress(host: "::1", port: 6000, user: "sam", database: "sales").description == "postgresql://sam@[::1]:6000/sales")
        #expect(ServerAddress(host: "/var/run/postgresql", port: 5432, user: "sam", database: "sales").description
            == "postgresql://sam@:5432/sales?host=/var/run/postgresql")
    }

    @Test("the description reads back as the same address, whatever its names hold")
    func descriptionReadsBack() throws {
        let addresses = [
            ServerAddress(host: "db.example.com", port: 5432, user: "sam@corp", database: "sales eu/北", sslMode: .prefer),
            ServerAddress(host: "::1", port: 6000, user: "a:b", database: "x?y&z", sslMode: .prefer),
            ServerAddress(host: "/tmp/pg sockets", port: 7000, user: "sam", database: "%25", sslMode: .prefer),
        ]
        for address in addresses {
            #expect(try ServerAddress(url: address.description, environment: [:], loginName: "nobody") == address)
        }
    }

    @Test("passwords in server URLs within any text are found and hidden; nothing else is touched")
    func hidingInText() {
        let text = "unexpected argument 'postgresql://sam:s3cr%26t@db/sales?password=s3cr%26t&sslmode=require' and POSTGRES://ann:pw@h"
        let hidden = ConnectionURL.hidingPasswords(in: text)
        #expect(hidden == "unexpected argument 'postgresql://sam:********@db/sales?password=********&sslmode=require' and POSTGRES://ann:********@h")
        for unchanged in ["postgresql://sam@db/sales", "postgresql://db:5432/sales", "/home/sam/funnel.sqlite", "postgresql://h/db?user=a:b@c"] {
            #expect(ConnectionURL.hidingPasswords(in: unchanged) == unchanged)
        }
    }

    @Test("refusals never show a password, even a broken one")
    func refusals() {
        for url in ["postgresql://sam:\(secret)@h:99999/db", "postgresql://sam:\(secret)%zz@h/db", "postgresql://sam:\(secret)@h/db?sslmode=verify-full",
                    "postgresql://sam:\(secret)@h/db?nope=1"] {
            do {
                _ = try ConnectionURL.parse(url)
                Issue.record("\(url) was accepted")
            } catch {
                #expect(!error.description.contains(secret), "\(error.description)")
            }
        }
    }
}
