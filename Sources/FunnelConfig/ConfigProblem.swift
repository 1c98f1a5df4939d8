import Wording

/// One mistake in the config file: its line and what is wrong. The line is ignored; the rest applies.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `line 12: unknown action 'jump' in [keys]: use one of ...`.
    public var description: String { ErrorText.configProblem(line: line, message: message).string }
}
