import Pipeline
import Wording

/// Why one row of a file cannot be imported: its line, the column and the reason.
public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line of the file the row starts on.
    public var line: Int
    /// The header name of the offending column; nil when the whole row is wrong.
    public var column: String?
    public var reason: String

    public init(line: Int, column: String?, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `line 14, column "Deal - Value": invalid amount 'abc': ...`.
    public var description: String {
        let reason = TerminalText.visible(reason)
        guard let column else { return ErrorText.rowProblem(line: line, reason: reason).string }
        return ErrorText.rowProblemInColumn(line: line, column: TerminalText.visible(column), reason: reason).string
    }
}
