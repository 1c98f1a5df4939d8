/// What lies at a database path that is not a file Funnel can open, named for the user.
public enum PathKind: Equatable, Sendable {
    case folder
    case namedPipe
    case socket
    case characterDevice
    case blockDevice
    /// A symbolic link whose target names no file (a drive or synced folder not mounted).
    case danglingLink(target: String)
    /// A symbolic link that leads back to itself.
    case linkLoop

    /// The one-line refusal for the database path `path`.
    public func refusal(path: String) -> String {
        switch self {
        case .folder:
            "'\(path)' is a folder, not a database file; give the path of a file, new or existing"
        case .namedPipe:
            "'\(path)' is a FIFO (named pipe), not a database file; nothing was read or written"
        case .socket:
            "'\(path)' is a socket, not a database file; nothing was read or written"
        case .characterDevice:
            "'\(path)' is a character device, not a database file; nothing was read or written"
        case .blockDevice:
            "'\(path)' is a block device, not a database file; nothing was read or written"
        case .danglingLink(let target):
            "'\(path)' is a symbolic link to '\(target)', which does not exist (is its drive or synced folder mounted?); nothing was created"
        case .linkLoop:
            "'\(path)' is a symbolic link that leads back to itself, not a database file; nothing was read or written"
        }
    }
}
