import Pipeline

/// One deal of an import, ready for the store: created, or updated when its source and external id are known.
public struct DealImport: Sendable, Equatable {
    /// The line of the file it came from, for reports.
    public var line: Int
    /// The system it came from (`pipedrive`, `hubspot`, `funnel`, `generic`).
    public var source: String
    public var externalID: String?
    /// The deal; `pipelineID` is set and `stageID` is ignored in favour of `stageName`.
    public var deal: Deal
    /// The stage, by name, in the deal's pipeline (it may be created by the same import).
    public var stageName: String
    /// Which times the file gave; on an update the others keep their current values.
    public var createdAtGiven: Bool
    public var stageEnteredAtGiven: Bool
    public var updatedAtGiven: Bool
    public var closedAtGiven: Bool

    public init(
        line: Int, source: String, externalID: String?, deal: Deal, stageName: String,
        createdAtGiven: Bool, stageEnteredAtGiven: Bool, updatedAtGiven: Bool, closedAtGiven: Bool
    ) {
        self.line = line
        self.source = source
        self.externalID = externalID
        self.deal = deal
        self.stageName = stageName
        self.createdAtGiven = createdAtGiven
        self.stageEnteredAtGiven = stageEnteredAtGiven
        self.updatedAtGiven = updatedAtGiven
        self.closedAtGiven = closedAtGiven
    }
}

/// What an import did (or, in a dry run, would do) with each deal.
public struct ImportOutcome: Sendable, Equatable {
    public enum Action: String, Sendable, Equatable {
        case created
        case updated
        case unchanged
    }

    /// Per deal in file order: its line, what happened, and its id (0 for a dry-run creation).
    public var results: [(line: Int, action: Action, dealID: Int64)]
    /// Stages added by `--create-stages`, as "Pipeline/Stage".
    public var createdStages: [String]

    public func count(_ action: Action) -> Int { results.lazy.filter { $0.action == action }.count }

    public static func == (lhs: ImportOutcome, rhs: ImportOutcome) -> Bool {
        lhs.createdStages == rhs.createdStages && lhs.results.count == rhs.results.count
            && zip(lhs.results, rhs.results).allSatisfy { $0.line == $1.line && $0.action == $1.action && $0.dealID == $1.dealID }
    }
}
