/// The line under the status bar: the result of the last change, or why it failed.
public struct BoardMessage: Sendable, Hashable {
    public var text: String
    public var isError: Bool
    /// True for a refusal said while the server could not be reached: the reload once it is back clears it,
    /// since what it refused can be done again.
    public var isOfflineRefusal: Bool

    public init(_ text: String, isError: Bool = false, isOfflineRefusal: Bool = false) {
        self.text = text
        self.isError = isError
        self.isOfflineRefusal = isOfflineRefusal
    }

    public static func error(_ text: String) -> BoardMessage { BoardMessage(text, isError: true) }

    /// A refusal because the server cannot be reached, cleared when it is back.
    public static func offline(_ text: String) -> BoardMessage { BoardMessage(text, isError: true, isOfflineRefusal: true) }
}
