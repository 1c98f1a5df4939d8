import Pipeline

/// Everything a database holds, or the part of it an export chose: pipelines with their stages,
/// deals, their stage history and where imported deals came from. Restored exactly by `restore`.
public struct PipelineArchive: Sendable, Equatable {
    /// Where an imported deal came from.
    public struct ImportLink: Sendable, Hashable {
        public var dealID: Int64
        public var source: String
        public var externalID: String

        public init(dealID: Int64, source: String, externalID: String) {
            self.dealID = dealID
            self.source = source
            self.externalID = externalID
        }
    }

    /// In pipeline order, each with its stages in order.
    public var pipelines: [Pipeline]
    public var deals: [Deal]
    /// History entries with the stage names stored when they happened, oldest first per deal.
    public var history: [StageChange]
    public var importLinks: [ImportLink]

    public init(pipelines: [Pipeline], deals: [Deal], history: [StageChange], importLinks: [ImportLink]) {
        self.pipelines = pipelines
        self.deals = deals
        self.history = history
        self.importLinks = importLinks
    }
}
