/// The line under the status bar: the result of the last change, or why it failed.
public struct BoardMessage: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }

    public static func error(_ text: String) -> BoardMessage { BoardMessage(text, isError: true) }
}
