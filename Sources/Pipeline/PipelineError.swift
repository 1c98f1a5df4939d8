/// A rule of the sales domain that a request broke, with a sentence a user can act on.
public enum PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value the user typed or a file held is not of an accepted form (exit status 2 in the CLI).
    case invalidValue(String)
    /// A name or id that does not exist (exit status 1 in the CLI).
    case notFound(String)
    /// The request is well formed but the pipeline's rules forbid it now.
    case refused(String)

    public var description: String {
        switch self {
        case .invalidValue(let message), .notFound(let message), .refused(let message): message
        }
    }
}

extension PipelineError {
    /// The refusal of a negative number where only 0 or more make sense, with what is accepted:
    /// `probability cannot be negative: -1; use a whole percent from 0 to 100`.
    public static func negative(_ what: String, _ value: some BinaryInteger, _ accepted: String) -> PipelineError {
        .invalidValue("\(what) cannot be negative: \(value); \(accepted)")
    }
}
