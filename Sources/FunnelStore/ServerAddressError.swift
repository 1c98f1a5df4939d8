import Wording

/// Why a server address (`postgresql://…`, libpq's environment variables) cannot be used, in words for the user.
///
/// `setting` names where the bad value was given: a part of the URL (`port`, `sslmode`) or an
/// environment variable (`PGPORT`). No case carries a password, and no sentence shows one.
public enum ServerAddressError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `mysql://…`, `sqlite://…`: a URL of a kind Funnel does not keep pipelines in.
    case unknownScheme(scheme: String)
    /// A `%` not followed by two hex digits, `%00`, or bytes that are not UTF-8, in a part that is not the password.
    case badEscape(part: String, value: String)
    /// The same in the password, which is not shown.
    case badEscapeInPassword
    /// `[::1` without its `]`.
    case unclosedIPv6
    /// Something other than `:`, `/` or `?` right after an IPv6 host's `]`.
    case unexpectedAfterHost(character: String)
    /// An empty host where one was given on purpose (`?host=`, `[]`).
    case emptyHost(setting: String)
    /// A list of hosts or ports (`a,b`): Funnel connects to one server.
    case manyHosts(setting: String, value: String)
    case invalidPort(setting: String, value: String)
    case invalidSSLMode(setting: String, value: String)
    /// A query parameter other than host, port, user, password, dbname, sslmode (and libpq's `ssl=true`).
    case unknownParameter(name: String)
    /// A query parameter without `=`.
    case parameterWithoutValue(name: String)

    public var description: String {
        switch self {
        case .unknownScheme(let scheme): ErrorText.serverSchemeUnknown(scheme: scheme).string
        case .badEscape(let part, let value): ErrorText.serverEscapeInvalid(part: part, value: value).string
        case .badEscapeInPassword: ErrorText.serverPasswordEscapeInvalid.string
        case .unclosedIPv6: ErrorText.serverIPv6Unclosed.string
        case .unexpectedAfterHost(let character): ErrorText.serverHostUnexpected(character: character).string
        case .emptyHost(let setting): ErrorText.serverHostEmpty(setting: setting).string
        case .manyHosts(let setting, let value): ErrorText.serverHostMany(setting: setting, value: value).string
        case .invalidPort(let setting, let value): ErrorText.serverPortInvalid(setting: setting, value: value).string
        case .invalidSSLMode(let setting, let value): ErrorText.serverSSLModeInvalid(setting: setting, value: value).string
        case .unknownParameter(let name): ErrorText.serverParameterUnknown(name: name).string
        case .parameterWithoutValue(let name): ErrorText.serverParameterWithoutValue(name: name).string
        }
    }
}
