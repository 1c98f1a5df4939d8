import Foundation

/// Makes a realistic, reproducible sample pipeline: deals with English and Chinese names,
/// several currencies, and stage histories spread over the last 120 days.
///
/// Pure: the same seed, stages and `now` always give the same deals, one at a time,
/// so a million of them never sit in memory together.
public struct DemoPipeline: Sequence {
    /// One generated deal and the history that brought it where it is.
    public struct DemoDeal: Sendable {
        public var deal: Deal
        /// History entries in order; stage ids refer to the pipeline's stages.
        public var history: [StageChange]
    }

    public let stages: [Stage]
    public let count: Int
    public let seed: UInt64
    public let now: Date
    /// Share of deals still open, in percent; the rest are won or lost.
    public let openPercent: Int

    public init(stages: [Stage], count: Int, seed: UInt64, now: Date, openPercent: Int) {
        precondition(!stages.isEmpty, "a demo needs a pipeline with stages")
        self.stages = stages
        self.count = count
        self.seed = seed
        self.now = now
        self.openPercent = openPercent
    }

    /// The default open share: half of a small demo, 5% of a large history.
    public static func defaultOpenPercent(forCount count: Int) -> Int { count <= 200 ? 50 : 5 }

    public func makeIterator() -> Iterator {
        Iterator(demo: self, random: SeededRandom(seed: seed))
    }

    public struct Iterator: IteratorProtocol {
        let demo: DemoPipeline
        var random: SeededRandom
        var produced = 0

        public mutating func next() -> DemoDeal? {
            guard produced < demo.count else { return nil }
            produced += 1
            return demo.makeDeal(number: produced, random: &random)
        }
    }

    // MARK: - One deal

    func makeDeal(number: Int, random: inout SeededRandom) -> DemoDeal {
        let day: TimeInterval = 86_400
        let age = TimeInterval(random.next(upTo: 120 * 86_400)) + 3_600
        let createdAt = Date(timeIntervalSince1970: (now.timeIntervalSince1970 - age).rounded(.down))
        let company = DemoNames.companies[random.next(upTo: DemoNames.companies.count)]
        let person = DemoNames.people[random.next(upTo: DemoNames.people.count)]
        let title = "\(company.name) \(company.isChinese ? DemoNames.chineseTopics[random.next(upTo: DemoNames.chineseTopics.count)] : DemoNames.topics[random.next(upTo: DemoNames.topics.count)])"
        let currency = DemoNames.currencies[random.next(upTo: DemoNames.currencies.count)]
        let major = Int64(5 + random.next(upTo: 200)) * (currency.code == "JPY" ? 10_000 : 500)
        let value = Money(minorUnits: major * currency.minorUnitsPerMajor, currency: currency)

        let roll = random.next(upTo: 100)
        let status: DealStatus = roll < self.openPercent ? .open : (random.next(upTo: 100) < 40 ? .won : .lost)
        // How far the deal gets: won deals reach the last stage; others stop somewhere.
        let lastIndex = self.stages.count - 1
        let reach = status == .won ? lastIndex : random.next(upTo: self.stages.count)

        var history: [StageChange] = []
        var at = createdAt
        var stage = self.stages[0]
        history.append(StageChange(dealID: 0, fromStageID: nil, toStageID: stage.id, fromStageName: nil, toStageName: stage.name, kind: .created, at: at))
        let span = now.timeIntervalSince(createdAt)
        let stepBudget = span / Double(Swift.max(reach + 1, 1))
        for index in stride(from: 1, through: reach, by: 1) {
            let step = (stepBudget * Double(30 + random.next(upTo: 70)) / 100).rounded(.down)
            guard at.addingTimeInterval(step) < now else { break }
            at = at.addingTimeInterval(Swift.max(step, 600))
            let next = self.stages[index]
            history.append(StageChange(dealID: 0, fromStageID: stage.id, toStageID: next.id, fromStageName: stage.name, toStageName: next.name, kind: .moved, at: at))
            stage = next
        }
        let stageEnteredAt = at
        var closedAt: Date?
        var lostReason: String?
        if status != .open {
            let remaining = now.timeIntervalSince(at)
            let closeAt = at.addingTimeInterval((remaining * Double(10 + random.next(upTo: 80)) / 100).rounded(.down))
            closedAt = closeAt
            if status == .lost { lostReason = DemoNames.lostReasons[random.next(upTo: DemoNames.lostReasons.count)] }
            history.append(StageChange(dealID: 0, fromStageID: stage.id, toStageID: stage.id, fromStageName: stage.name, toStageName: stage.name, kind: status == .won ? .won : .lost, at: closeAt))
        }
        let answers: [Qualification.Answer] = [.yes, .yes, .unknown, .no]
        let qualification = Qualification(
            budget: answers[random.next(upTo: 4)], authority: answers[random.next(upTo: 3)],
            need: answers[random.next(upTo: 3)], timing: answers[random.next(upTo: 4)])
        let expectedClose = CalendarDay(createdAt.addingTimeInterval(day * Double(30 + random.next(upTo: 90))), in: TimeZone(identifier: "UTC")!)
        let deal = Deal(
            title: title, value: value, pipelineID: stage.pipelineID, stageID: stage.id, status: status,
            lostReason: lostReason, expectedClose: expectedClose,
            owner: DemoNames.owners[random.next(upTo: DemoNames.owners.count)],
            organization: company.name,
            person: ContactPerson(
                name: person.name, jobTitle: DemoNames.jobTitles[random.next(upTo: DemoNames.jobTitles.count)],
                email: "\(person.email)@example.com", phone: "+1-555-\(1000 + random.next(upTo: 9000))"),
            source: LeadSource.known[random.next(upTo: LeadSource.known.count)],
            temperature: qualification.impliedTemperature, qualification: qualification,
            priority: random.next(upTo: 4) == 0 ? 1 + random.next(upTo: 3) : 0,
            createdAt: createdAt, stageEnteredAt: stageEnteredAt,
            updatedAt: closedAt ?? stageEnteredAt, closedAt: closedAt, lanePosition: Double(number))
        return DemoDeal(deal: deal, history: history)
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so demos are reproducible.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number from 0 up to but not including `bound`.
    public mutating func next(upTo bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
