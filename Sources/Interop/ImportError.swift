/// Why a file cannot be imported at all (as opposed to one bad row), in words a user can act on.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A flag or the file's shape is wrong: exit status 2, nothing written.
    case usage(String)

    public var description: String {
        switch self {
        case .usage(let message): message
        }
    }
}
