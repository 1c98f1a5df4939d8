/// Whether the connection to a PostgreSQL server is encrypted: libpq's `sslmode`, the three values Funnel honours.
///
/// `allow`, `verify-ca` and `verify-full` are refused rather than quietly read as one of these:
/// Funnel does not check server certificates, and a user who asked for that must not believe it does.
public enum SSLMode: String, Sendable, Hashable, CaseIterable, Encodable {
    /// Never encrypt.
    case disable
    /// Encrypt when the server offers it (libpq's default).
    case prefer
    /// Encrypt, or fail.
    case require

    /// The values accepted, as a sentence lists them.
    public static var accepted: String { "disable, prefer or require" }
}
