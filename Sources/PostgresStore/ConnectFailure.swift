import Foundation
import NIOCore
import Wording

/// Why an attempt to connect to a server failed at once, read from the socket's error: each is said in its own
/// sentence, instead of claiming Funnel waited for an answer.
///
/// Ordered by how much it tells the user: when a host's addresses fail differently (its IPv6 address without a
/// route, its IPv4 address refusing), the most telling one is said.
enum ConnectFailure: Int, Comparable {
    /// This machine cannot connect to that address at all (`EADDRNOTAVAIL`, `EINVAL`, `EAFNOSUPPORT`: an address
    /// of a kind this machine has no network for, or a link-local IPv6 address without its interface).
    case addressUnusable
    /// No route to the address's network (`ENETUNREACH`, `ENETDOWN`).
    case networkUnreachable
    /// The network is there but the host is not (`EHOSTUNREACH`, `EHOSTDOWN`).
    case hostUnreachable
    /// Nothing listens there (`ECONNREFUSED` on a port, `ENOENT` for a socket file).
    case refused

    /// The failure `error` says, or nil when it is not one of these (a timeout, for one).
    init?(_ error: any Error) {
        guard let failure = error as? IOError else { return nil }
        self.init(errno: failure.errnoCode)
    }

    /// The failure a socket's `errno` says, or nil when it is not one of these.
    init?(errno: CInt) {
        switch errno {
        case ECONNREFUSED, ENOENT: self = .refused
        case EHOSTUNREACH, EHOSTDOWN: self = .hostUnreachable
        case ENETUNREACH, ENETDOWN: self = .networkUnreachable
        case EADDRNOTAVAIL, EINVAL, EAFNOSUPPORT: self = .addressUnusable
        default: return nil
        }
    }

    static func < (lhs: ConnectFailure, rhs: ConnectFailure) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The sentence about the server `server`.
    func sentence(server: String) -> String {
        switch self {
        case .refused: ErrorText.serverRefusedConnection(server: server).string
        case .hostUnreachable: ErrorText.serverHostNoRoute(server: server).string
        case .networkUnreachable: ErrorText.serverNetworkUnreachable(server: server).string
        case .addressUnusable: ErrorText.serverAddressUnusable(server: server).string
        }
    }
}
