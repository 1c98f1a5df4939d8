import Pipeline

/// A demo's texts, made once per load: the values its deals and history bind, shared by both engines' loads.
public final class DemoBinding {
    public static let firstPhone = 1000
    public let titles: [[String]]
    public let organizations: [String]
    public let people: [String]
    public let emails: [String]
    public let jobTitles: [String]
    public let owners: [String]
    public let lostReasons: [String]
    public let currencyCodes: [String]
    public let sources: [String]
    /// `+1-555-1000` to `+1-555-9999`.
    public let phones: [String]
    /// By `DealStatus.index`, `Temperature.index` and `Qualification.Answer.index`.
    public let statuses: [String]
    public let temperatures: [String]
    public let answers: [String]
    public let stageNames: [String]
    /// The stored kinds and the subjects of `DemoTexts.activitySubjects`, at the same positions.
    public let activityKinds: [String]
    public let activitySubjects: [String]
    public let created: String, moved: String, won: String, lost: String
    /// The text of a history entry's kind; a demo writes created, moved, won and lost only.
    public func kind(_ kind: StageChange.Kind) -> String {
        switch kind {
        case .created: created
        case .moved: moved
        case .won: won
        case .lost: lost
        case .reopened, .parked, .unparked: kind.rawValue
        }
    }
    /// `YYYY-MM-DD` of the days from `firstDay`, made when first asked for.
    private var days: [String?]
    private let firstDay: Int

    public init(demo: DemoPipeline) {
        let source = demo.texts
        titles = source.titles
        organizations = source.organizations
        people = source.people
        emails = source.emails
        jobTitles = source.jobTitles
        owners = demo.owners
        lostReasons = source.lostReasons
        currencyCodes = demo.currencies.map(\.code)
        sources = source.sources
        phones = (Self.firstPhone...9999).map { "+1-555-\($0)" }
        statuses = DealStatus.allCases.map(\.rawValue)
        temperatures = Temperature.allCases.map(\.rawValue)
        answers = Qualification.Answer.allCases.map(\.rawValue)
        stageNames = demo.stages.map(\.name)
        activityKinds = source.activitySubjects.map(\.kind.rawValue)
        activitySubjects = source.activitySubjects.map(\.subject)
        created = StageChange.Kind.created.rawValue
        moved = StageChange.Kind.moved.rawValue
        won = StageChange.Kind.won.rawValue
        lost = StageChange.Kind.lost.rawValue
        // Expected close days fall within about 125 days before and after now.
        let today = Int(Timestamp.seconds(demo.now) / 86_400)
        firstDay = today - 200
        days = Array(repeating: nil, count: 400)
    }

    /// The text of a day (days since 1970).
    public func day(_ number: Int) -> String {
        let slot = number - firstDay
        guard days.indices.contains(slot) else { return CalendarDay(daysSinceEpoch: number).description }
        if let text = days[slot] { return text }
        let text = CalendarDay(daysSinceEpoch: number).description
        days[slot] = text
        return text
    }
}

// Positions in `allCases`, by switch: a synthesized `allCases` builds an array each time it is read.
extension DealStatus {
    /// The status's position in `allCases`.
    public var index: Int {
        switch self {
        case .open: 0
        case .won: 1
        case .lost: 2
        }
    }
}

extension Temperature {
    /// The temperature's position in `allCases`.
    public var index: Int {
        switch self {
        case .hot: 0
        case .warm: 1
        case .cold: 2
        }
    }
}

extension Qualification.Answer {
    /// The answer's position in `allCases`.
    public var index: Int {
        switch self {
        case .yes: 0
        case .no: 1
        case .unknown: 2
        }
    }
}
