/// The change log's entries after the one a board saw last, counted by the database rather than read one by one
/// (a 30,000-deal import makes 30,000 entries): how many deals they touched, by how many people, and the entries
/// that name someone.
public struct DealChangeTally: Hashable, Sendable {
    /// Deals the entries touched (a restore's entry is of no deal).
    public var deals: Int
    /// People who made them; entries made without a name count as one.
    public var people: Int
    /// The last entry, whose author the news names first; nil when there is none.
    public var latest: DealChange?
    /// The last restore among them: a restore replaced every deal, and is the news.
    public var restore: DealChange?

    public init(deals: Int, people: Int, latest: DealChange?, restore: DealChange? = nil) {
        self.deals = deals
        self.people = people
        self.latest = latest
        self.restore = restore
    }

    /// The id of the last entry counted, or nil when none was.
    public var lastID: Int64? { latest?.id }
}
