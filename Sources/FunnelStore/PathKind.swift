import Wording

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
            ErrorText.pathIsFolder(path: path).string
        case .namedPipe:
            ErrorText.pathIsNamedPipe(path: path).string
        case .socket:
            ErrorText.pathIsSocket(path: path).string
        case .characterDevice:
            ErrorText.pathIsCharacterDevice(path: path).string
        case .blockDevice:
            ErrorText.pathIsBlockDevice(path: path).string
        case .danglingLink(let target):
            ErrorText.pathIsDanglingLink(path: path, target: target).string
        case .linkLoop:
            ErrorText.pathIsLinkLoop(path: path).string
        }
    }
}
