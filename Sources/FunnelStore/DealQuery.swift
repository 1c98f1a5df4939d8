import Pipeline

/// Which deals a list, export or report covers.
public struct DealQuery: Sendable, Equatable {
    public var pipelineID: Int64?
    public var stageID: Int64?
    /// Statuses to include; empty means all.
    public var statuses: Set<DealStatus>
    /// Case-insensitive text matched against title, organization, person and owner.
    public var text: String?
    public var owner: String?
    public var limit: Int?

    public init(
        pipelineID: Int64? = nil, stageID: Int64? = nil, statuses: Set<DealStatus> = [.open],
        text: String? = nil, owner: String? = nil, limit: Int? = nil
    ) {
        self.pipelineID = pipelineID
        self.stageID = stageID
        self.statuses = statuses
        self.text = text
        self.owner = owner
        self.limit = limit
    }
}
