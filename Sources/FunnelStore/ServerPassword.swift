/// A PostgreSQL password, kept so that nothing that prints a value can show it.
///
/// The text sits in a private field: `description`, `debugDescription`, string interpolation, `dump`,
/// `Mirror` and `Encodable` all give `********`. Only the engine that sends it to the server reads
/// `revealedForServer`, under a name that is easy to search for.
public struct ServerPassword: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable, Encodable {
    private let text: String

    /// What every printing of a password shows instead of it.
    public static let shown = "********"

    public init(_ text: String) {
        self.text = text
    }

    /// The password itself, for the one call that sends it to the server; never for a message.
    public var revealedForServer: String { text }

    public var description: String { Self.shown }
    public var debugDescription: String { "ServerPassword(\(Self.shown))" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.shown)
    }
}
