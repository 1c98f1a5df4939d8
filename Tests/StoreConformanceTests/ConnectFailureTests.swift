import Foundation
@testable import PostgresStore
import Testing

/// Each socket error a connection attempt fails with at once is said in its own sentence naming the server; only a
/// server that never answered is said to have been waited for.
@Suite struct ConnectFailureTests {
    let server = "postgresql://sam@db.example.com:5432/sales"

    @Test func eachImmediateSocketErrorHasItsSentence() {
        let said: [(CInt, String)] = [
            (ECONNREFUSED, "it refused the connection"),
            (ENOENT, "it refused the connection"),
            (EHOSTUNREACH, "there is no route to that host"),
            (EHOSTDOWN, "there is no route to that host"),
            (ENETUNREACH, "this machine has no route to its network"),
            (ENETDOWN, "this machine has no route to its network"),
            (EADDRNOTAVAIL, "this machine cannot connect to that address"),
            (EINVAL, "this machine cannot connect to that address"),
            (EAFNOSUPPORT, "this machine cannot connect to that address"),
        ]
        for (code, words) in said {
            let sentence = ConnectFailure(errno: code)?.sentence(server: server)
            #expect(sentence?.hasPrefix("cannot reach the database server at \(server): \(words)") == true, "errno \(code): \(String(describing: sentence))")
        }
        #expect(ConnectFailure(errno: ETIMEDOUT) == nil)
    }

    @Test func aHostWhoseAddressesFailDifferentlyIsSaidByTheMostTellingFailure() {
        // Its IPv6 address without a route, its IPv4 address refusing: the refusal is what the user acts on.
        #expect([ConnectFailure.networkUnreachable, .refused, .addressUnusable].max() == .refused)
        #expect([ConnectFailure.networkUnreachable, .hostUnreachable].max() == .hostUnreachable)
    }
}
