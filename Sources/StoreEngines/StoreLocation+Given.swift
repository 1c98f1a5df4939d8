import Foundation
import FunnelStore
import Wording

extension StoreLocation {
    /// Where `--db`, `FUNNEL_DB` or the config points: a `postgresql://` or `postgres://` URL names a
    /// server, completed from libpq's environment variables, the defaults and the password file
    /// (`PasswordFile.read`); anything else is a database file's path.
    ///
    /// A URL of another kind (`mysql://…`) is refused rather than taken as a path. `warning` receives
    /// the password file's one-line warning when it is ignored.
    public init(given text: String, environment: [String: String], loginName: String, warning: (String) -> Void) throws {
        if let scheme = ConnectionURL.otherScheme(text) { throw ServerAddressError.unknownScheme(scheme: scheme) }
        guard ConnectionURL.isServerURL(text) else {
            self = .file(path: text)
            return
        }
        var address = try ServerAddress(url: text, environment: environment, loginName: loginName)
        if address.password == nil, let path = PasswordFile.path(environment: environment),
            let file = PasswordFile.read(path: path, warning: warning)
        {
            address = address.withPassword(from: file)
        }
        self = .server(address)
    }
}
