/// One generated demo deal as the choices that make it: positions in `DemoTexts`, numbers and moments.
///
/// What `DemoPipeline` draws for a deal before any text is made, so a bulk load can bind the
/// demo's few texts (prepared once) instead of building a `Deal` and its history per deal. Filled
/// in place by `DemoPipeline.Iterator.next(into:)`, which allocates nothing once `stageMoments`
/// has grown to the pipeline's length. `DemoPipeline.demoDeal(_:)` makes the readable form.
public struct DemoDealChoices: Sendable {
    /// 1 for the first deal of the demo; also its lane position.
    public internal(set) var number = 0
    /// Positions in `DemoTexts.organizations`, `titles[company]`, `people`/`emails`, `jobTitles`,
    /// `owners`, `sources` and `lostReasons` (-1: not lost), and in `DemoPipeline.currencies`.
    public internal(set) var company = 0
    public internal(set) var topic = 0
    public internal(set) var person = 0
    public internal(set) var jobTitle = 0
    public internal(set) var owner = 0
    public internal(set) var currency = 0
    public internal(set) var source = 0
    public internal(set) var lostReason = -1
    /// The value in minor units of the currency.
    public internal(set) var value: Int64 = 0
    public internal(set) var status = DealStatus.open
    public internal(set) var qualification = Qualification.unknown
    /// The expected close day, in days since 1970-01-01 (UTC).
    public internal(set) var expectedCloseDay = 0
    /// The number after `+1-555-`, 1000 to 9999.
    public internal(set) var phone = 1000
    public internal(set) var priority = 0
    /// Seconds since 1970 at which the deal entered each stage of the pipeline, in order: the first
    /// is its creation in the first stage, the last the stage it is in now (`stageMoments.count - 1`).
    public internal(set) var stageMoments: [Int64] = []
    /// Seconds since 1970 at which it was won or lost; nil while open.
    public internal(set) var closedAt: Int64?
    /// Its done activities, oldest first, then its planned next step if it has one (open deals only).
    public internal(set) var activities: [ActivityChoice] = []

    public init() {}

    /// The position of the stage the deal is in, in the pipeline's stages.
    public var stageIndex: Int { stageMoments.count - 1 }
    /// Seconds since 1970 when it was created.
    public var createdAt: Int64 { stageMoments[0] }
    /// Seconds since 1970 when it entered the stage it is in.
    public var stageEnteredAt: Int64 { stageMoments[stageMoments.count - 1] }
    /// The expected close day.
    public var expectedClose: CalendarDay { CalendarDay(daysSinceEpoch: expectedCloseDay) }
    /// How many history entries the deal has: its creation, each move, and the win or loss.
    public var historyCount: Int { stageMoments.count + (closedAt == nil ? 0 : 1) }
}
