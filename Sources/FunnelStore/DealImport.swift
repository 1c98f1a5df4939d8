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
    /// The fields the file has columns for (`ColumnMapping.importedFields`): a re-import leaves the others alone.
    public var fields: ImportedFieldSet

    public init(
        line: Int, source: String, externalID: String?, deal: Deal, stageName: String,
        createdAtGiven: Bool, stageEnteredAtGiven: Bool, updatedAtGiven: Bool, closedAtGiven: Bool,
        fields: ImportedFieldSet = .all
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
        self.fields = fields
    }

    /// What the row says of the deal's fields once placed in `target`: the creation time only when
    /// the row gives it.
    public func says(in target: Stage) -> ImportedValues {
        var given = fields
        if !createdAtGiven { given.remove(.createdAt) }
        var placed = deal
        placed.stageID = target.id
        return ImportedValues(deal: placed, fields: given)
    }

    /// The row's deal in `target`, as it would replace `current`: times the row does not give keep
    /// Funnel's (a deal moved by the row entered its stage when the row was updated).
    public func placed(in target: Stage, current: Deal) -> Deal {
        var placed = deal
        placed.id = current.id
        placed.stageID = target.id
        let stageChanged = current.stageID != target.id || current.pipelineID != deal.pipelineID
        if !createdAtGiven { placed.createdAt = current.createdAt }
        if !stageEnteredAtGiven { placed.stageEnteredAt = stageChanged ? deal.updatedAt : current.stageEnteredAt }
        if !closedAtGiven && deal.status == current.status { placed.closedAt = current.closedAt }
        return placed
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
    /// Fields changed both in Funnel and in the file since its last import, in file order.
    public var conflicts: [ImportConflict] = []

    public init(results: [(line: Int, action: Action, dealID: Int64)], createdStages: [String], conflicts: [ImportConflict] = []) {
        self.results = results
        self.createdStages = createdStages
        self.conflicts = conflicts
    }

    public func count(_ action: Action) -> Int { results.lazy.filter { $0.action == action }.count }

    public static func == (lhs: ImportOutcome, rhs: ImportOutcome) -> Bool {
        lhs.createdStages == rhs.createdStages && lhs.conflicts == rhs.conflicts && lhs.results.count == rhs.results.count
            && zip(lhs.results, rhs.results).allSatisfy { $0.line == $1.line && $0.action == $1.action && $0.dealID == $1.dealID }
    }
}
