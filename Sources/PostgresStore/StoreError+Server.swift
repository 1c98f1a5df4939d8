import FunnelStore
import NIOCore
import NIOPosix
import Pipeline
import PostgresNIO
import Wording

extension StoreError {
    /// Turns what the driver or the server reported into a sentence about the server, the login or the change.
    ///
    /// No PostgreSQL wording reaches the user: the server's own message is never shown (it may quote values), only
    /// what the user can act on, with the SQLSTATE code as the last resort for a bug report.
    static func server(_ error: any Error, address: ServerAddress, connecting: Bool) -> StoreError {
        if let error = error as? StoreError { return error }
        // While connecting, the server is named as the user gave it (the URL without its password); once
        // connected, by host and port.
        let server = connecting ? address.description : address.hostAndPort
        guard let error = error as? PSQLError else {
            // NIO's own failures to connect: refused, timed out, no such host.
            return .unreachable(connecting ? unreachable(error, server: server, host: address.host) : ErrorText.serverLost(server: server).string)
        }
        switch error.code {
        case .sslUnsupported:
            return .failed(ErrorText.serverNeedsEncryption(server: server).string)
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return .failed(ErrorText.serverLoginRefused(user: address.user, server: server).string)
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            switch state {
            case "28P01", "28000":
                return .failed(ErrorText.serverLoginRefused(user: address.user, server: server).string)
            case "3D000":
                return .failed(ErrorText.serverDatabaseMissing(database: address.database, server: server).string)
            case "57P01", "57P02", "57P03", "08006", "08003", "08000":
                return .unreachable(ErrorText.serverLost(server: server).string)
            case "22003":
                // bigint out of range: a lane total or a sum past 64 bits (only hundreds of thousands of the largest
                // deals, or values edited outside Funnel), refused in the SQLite engine's sentence.
                return .failed(ErrorText.valuesTooLargeToCount(maximum: String(Int64.max), dealMaximum: String(Money.maximumMinorUnits)).string)
            case let state where state.hasPrefix("23"):
                let reason = switch state {
                case "23505": ErrorText.constraintUnique.string
                case "23503": ErrorText.constraintForeignKey.string
                case "23514", "23502": ErrorText.constraintCheck.string
                default: ErrorText.constraintOther.string
                }
                return .failed(ErrorText.serverRefusedChange(reason: reason).string)
            default:
                return .failed(ErrorText.serverFailed(server: server, code: state.isEmpty ? "?" : state).string)
            }
        default:
            // Closed, reset or never opened: the server is away.
            return .unreachable(
                connecting ? unreachable(error.underlying ?? error, server: server, host: address.host) : ErrorText.serverLost(server: server).string)
        }
    }

    /// Why a connection could not be made, as the user can act on it: the host's name was not found, the host
    /// refused the connection (nothing listens on that port), or nothing answered in time.
    static func unreachable(_ error: any Error, server: String, host: String?) -> String {
        var refused = false
        var unknownHost = false
        if let failure = error as? NIOConnectionError {
            unknownHost = failure.connectionErrors.isEmpty && (failure.dnsAError != nil || failure.dnsAAAAError != nil)
            refused = !failure.connectionErrors.isEmpty && failure.connectionErrors.allSatisfy { isRefusal($0.error) }
        } else {
            refused = isRefusal(error)
        }
        if unknownHost, let host { return ErrorText.serverHostUnknown(server: server, host: host).string }
        if refused { return ErrorText.serverRefusedConnection(server: server).string }
        return ErrorText.serverUnreachable(server: server).string
    }

    /// True when a connection attempt was refused (nothing listens there), on a port or a socket.
    private static func isRefusal(_ error: any Error) -> Bool {
        guard let failure = error as? IOError else { return false }
        return failure.errnoCode == ECONNREFUSED || failure.errnoCode == ENOENT
    }
}
