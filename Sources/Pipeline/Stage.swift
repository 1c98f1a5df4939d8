import Wording

/// One step of a pipeline, shown as a lane on the board.
public struct Stage: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var pipelineID: Int64
    /// Unique in its pipeline, compared case-insensitively.
    public var name: String
    /// 0-based place in the pipeline.
    public var position: Int
    /// Chance in percent that a deal in this stage is won (0-100).
    public var probability: Int
    /// Days a deal may sit idle in this stage before it is stalled; 0 means never.
    public var stallDays: Int

    public init(id: Int64, pipelineID: Int64, name: String, position: Int, probability: Int, stallDays: Int) {
        self.id = id
        self.pipelineID = pipelineID
        self.name = name
        self.position = position
        self.probability = probability
        self.stallDays = stallDays
    }

    /// The stages every new database starts with, with their win probabilities and stall thresholds.
    public static let defaults: [(name: String, probability: Int, stallDays: Int)] = [
        ("Prospecting", 10, 14),
        ("Qualifying", 25, 10),
        ("Contact", 40, 7),
        ("Relationship", 60, 21),
        ("Closing", 80, 10),
    ]

    /// The stage's stall threshold as a user reads it beside a deal's idle days: "stalls after 14", or
    /// "never stalls here" for a threshold of 0. The one text of it for the board and the CLI.
    public var stallThreshold: Text { stallDays > 0 ? .stallsAfter(days: stallDays) : .neverStallsHere }

    /// The stall threshold of a deal's stage, when it has one: a stage not found never stalls.
    public static func stallThreshold(of stage: Stage?) -> Text { stage?.stallThreshold ?? .neverStallsHere }

    /// Checks a win probability typed by a user.
    public static func validProbability(_ value: Int) throws(PipelineError) -> Int {
        if value < 0 { throw .invalidValue(ErrorText.probabilityNegative(value: value).string) }
        guard (0...100).contains(value) else {
            throw .invalidValue(ErrorText.probabilityInvalid(value: value).string)
        }
        return value
    }

    /// Checks a stall threshold typed by a user.
    public static func validStallDays(_ value: Int) throws(PipelineError) -> Int {
        if value < 0 { throw .invalidValue(ErrorText.stallDaysNegative(value: value).string) }
        guard (0...3650).contains(value) else {
            throw .invalidValue(ErrorText.stallDaysInvalid(value: value).string)
        }
        return value
    }

    /// Checks a stage or pipeline name: not empty, no control characters, at most 60 characters and 480 bytes.
    public static func validName(_ raw: String, what: String = "stage") throws(PipelineError) -> String {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty else { throw .invalidValue(ErrorText.nameEmpty(what: what, value: raw).string) }
        let limit = TextLimit(characters: 60)
        guard limit.admits(name) else {
            throw .invalidValue(ErrorText.nameTooLong(what: what, start: TerminalText.visible(TextLimit.start(of: name)), advice: limit.advice(for: name)).string)
        }
        guard !name.unicodeScalars.contains(where: TerminalText.isControl) else {
            throw .invalidValue(ErrorText.nameHasControl(what: what, value: TerminalText.visible(name)).string)
        }
        guard !name.contains(",") || what != "stage" else {
            throw .invalidValue(ErrorText.stageNameHasComma(value: name).string)
        }
        return name
    }
}
