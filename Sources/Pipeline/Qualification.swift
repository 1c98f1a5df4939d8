import Wording
/// The four qualifying answers about a lead: budget, authority, need, timing (BANT).
public struct Qualification: Hashable, Sendable {
    public var budget: Answer
    public var authority: Answer
    public var need: Answer
    public var timing: Answer

    /// One qualifying answer.
    public enum Answer: String, Sendable, Hashable, CaseIterable {
        case yes
        case no
        case unknown

        public static func parse(_ text: String, question: String) throws(PipelineError) -> Answer {
            try parseChoice(text, what: question)
        }
    }

    public init(budget: Answer = .unknown, authority: Answer = .unknown, need: Answer = .unknown, timing: Answer = .unknown) {
        self.budget = budget
        self.authority = authority
        self.need = need
        self.timing = timing
    }

    public static let unknown = Qualification()

    public var answers: [Answer] { [budget, authority, need, timing] }

    /// The temperature the answers imply: all yes is hot, any no is cold, otherwise warm.
    public var impliedTemperature: Temperature {
        // Field by field rather than through `answers`: a demo asks a million times.
        if budget == .yes && authority == .yes && need == .yes && timing == .yes { return .hot }
        if budget == .no || authority == .no || need == .no || timing == .no { return .cold }
        return .warm
    }
}

extension Qualification.Answer {
    /// yes, no or unknown in the run's language.
    public var shownName: Text {
        switch self {
        case .yes: .answerYes
        case .no: .answerNo
        case .unknown: .answerUnknown
        }
    }
}
