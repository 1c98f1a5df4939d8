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
    /// refused the connection (nothing listens on that port), the machine has no route to it or cannot use the
    /// address (`ConnectFailure`, said at once), or nothing answered in time.
    static func unreachable(_ error: any Error, server: String, host: String?) -> String {
        let failures: [ConnectFailure?]
        if let failure = error as? NIOConnectionError {
            if failure.connectionErrors.isEmpty, failure.dnsAError != nil || failure.dnsAAAAError != nil, let host {
                return ErrorText.serverHostUnknown(server: server, host: host).string
            }
            failures = failure.connectionErrors.map { ConnectFailure($0.error) }
        } else {
            failures = [ConnectFailure(error)]
        }
        // Every address failed at once: say the most telling; any that timed out is a server that did not answer.
        guard !failures.isEmpty, !failures.contains(nil), let said = failures.compactMap({ $0 }).max() else {
            return ErrorText.serverUnreachable(server: server).string
        }
        return said.sentence(server: server)
    }
}
