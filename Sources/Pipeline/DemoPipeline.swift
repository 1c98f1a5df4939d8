import Foundation

/// Makes a realistic, reproducible sample pipeline: deals with English, Chinese and Japanese names, in one
/// currency or several, stage histories spread over the last 120 days, and the calls, e-mails and meetings
/// of a team that follows its deals up (`DemoPipeline+Activities.swift`).
///
/// Pure: the same seed, stages and `now` always give the same deals, one at a time,
/// so a million of them never sit in memory together.
public struct DemoPipeline: Sequence {
    /// One generated deal and the history that brought it where it is.
    public struct DemoDeal: Sendable {
        public var deal: Deal
        /// History entries in order; stage ids refer to the pipeline's stages.
        public var history: [StageChange]
        /// Done activities, oldest first, then the planned next step if any; deal ids are 0.
        public var activities: [Activity]
    }

    public let stages: [Stage]
    public let count: Int
    public let seed: UInt64
    public let now: Date
    /// Share of deals still open, in percent; the rest are won or lost.
    public let openPercent: Int
    /// The names and titles deals draw from: `DemoTexts.standard`, or `.chinese` for a demo in Chinese.
    public let texts: DemoTexts
    /// The currencies of its deals: one for a team that sells in one (`funnel demo --currency`), several only when
    /// asked (`--currencies`); a list may repeat a currency to make it more frequent (`DemoTexts.currencies`).
    /// Nil takes the texts' own mix.
    public let currencies: [Currency]
    /// The user's day at `now`: next steps fall due around it.
    public let today: CalendarDay
    /// The team whose deals these are: the texts' made-up owners, with the user in the first one's place
    /// (`init`'s `user`), so the user's own views (`--owner me`, the review, the board's `o`) have their share.
    public let owners: [String]

    public init(
        stages: [Stage], count: Int, seed: UInt64, now: Date, openPercent: Int, texts: DemoTexts = .standard,
        currencies: [Currency]? = nil, timeZone: TimeZone = TimeZone(identifier: "UTC")!, user: String? = nil
    ) {
        self.texts = texts
        owners = Self.team(texts.owners, with: user)
        let currencies = currencies ?? texts.currencies
        precondition(!stages.isEmpty, "a demo needs a pipeline with stages")
        precondition(!currencies.isEmpty, "a demo needs a currency")
        self.currencies = currencies
        self.stages = stages
        self.count = count
        self.seed = seed
        self.now = now
        self.openPercent = openPercent
        today = LocalNow(now, in: timeZone).today
    }

    /// The demo's owners with the user among them: a user already named there keeps the list (their share
    /// is theirs already), else the user takes the first owner's place, so each owner still has an equal share
    /// and the seed draws the same deals.
    public static func team(_ owners: [String], with user: String?) -> [String] {
        guard let user, let name = Salesperson.cleaned(user), !owners.isEmpty else { return owners }
        let folded = name.lowercased()
        if owners.contains(where: { $0.lowercased() == folded }) { return owners }
        return [name] + owners.dropFirst()
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
            var choices = DemoDealChoices()
            guard next(into: &choices) else { return nil }
            return demo.demoDeal(choices)
        }

        /// Draws the next deal into `choices`, reusing its storage; false after the last deal.
        public mutating func next(into choices: inout DemoDealChoices) -> Bool {
            guard produced < demo.count else { return false }
            produced += 1
            demo.draw(number: produced, into: &choices, random: &random)
            return true
        }
    }

    // MARK: - One deal

    /// The answers a demo lead gives, drawn from the first three (authority, need) or all four.
    private static let answers: [Qualification.Answer] = [.yes, .yes, .unknown, .no]

    /// Draws deal `number`: every random choice, in the order the demo has always made them, so a
    /// seed gives the same deals as before (an end-to-end test pins a demo's export byte for byte).
    func draw(number: Int, into choices: inout DemoDealChoices, random: inout SeededRandom) {
        let day: TimeInterval = 86_400
        let age = TimeInterval(random.next(upTo: 120 * 86_400)) + 3_600
        let createdAt = Date(timeIntervalSince1970: (now.timeIntervalSince1970 - age).rounded(.down))
        choices.number = number
        choices.company = random.next(upTo: texts.organizations.count)
        choices.person = random.next(upTo: texts.people.count)
        choices.topic = random.next(upTo: texts.titles[choices.company].count)
        // Drawn from the standard mix's size whatever the list, so the draws after it stay those of the seed.
        choices.currency = random.next(upTo: texts.currencies.count) % currencies.count
        let currency = currencies[choices.currency]
        // Currencies without a minor unit (JPY) count in larger numbers.
        let major = Int64(5 + random.next(upTo: 200)) * (currency.minorDigits == 0 ? 10_000 : 500)
        choices.value = major * currency.minorUnitsPerMajor

        let roll = random.next(upTo: 100)
        let status: DealStatus = roll < openPercent ? .open : (random.next(upTo: 100) < 40 ? .won : .lost)
        choices.status = status
        // How far the deal gets: won deals reach the last stage; others stop somewhere.
        let reach = status == .won ? stages.count - 1 : random.next(upTo: stages.count)

        choices.stageMoments.removeAll(keepingCapacity: true)
        var at = createdAt
        choices.stageMoments.append(Timestamp.seconds(at))
        let span = now.timeIntervalSince(createdAt)
        let stepBudget = span / Double(Swift.max(reach + 1, 1))
        for _ in stride(from: 1, through: reach, by: 1) {
            let step = (stepBudget * Double(30 + random.next(upTo: 70)) / 100).rounded(.down)
            guard at.addingTimeInterval(step) < now else { break }
            at = at.addingTimeInterval(Swift.max(step, 600))
            choices.stageMoments.append(Timestamp.seconds(at))
        }
        choices.closedAt = nil
        choices.lostReason = -1
        if status != .open {
            let remaining = now.timeIntervalSince(at)
            let closeAt = at.addingTimeInterval((remaining * Double(10 + random.next(upTo: 80)) / 100).rounded(.down))
            choices.closedAt = Timestamp.seconds(closeAt)
            if status == .lost { choices.lostReason = random.next(upTo: texts.lostReasons.count) }
        }
        let answers = Self.answers
        choices.qualification = Qualification(
            budget: answers[random.next(upTo: 4)], authority: answers[random.next(upTo: 3)],
            need: answers[random.next(upTo: 3)], timing: answers[random.next(upTo: 4)])
        // The UTC day of creation plus 30 to 119 days (creation is at whole seconds after 1970).
        let closeSeconds = Timestamp.seconds(createdAt.addingTimeInterval(day * Double(30 + random.next(upTo: 90))))
        choices.expectedCloseDay = Int(closeSeconds >= 0 ? closeSeconds / 86_400 : (closeSeconds - 86_399) / 86_400)
        choices.owner = random.next(upTo: owners.count)
        choices.jobTitle = random.next(upTo: texts.jobTitles.count)
        choices.phone = 1000 + random.next(upTo: 9000)
        choices.source = random.next(upTo: texts.sources.count)
        choices.priority = random.next(upTo: 4) == 0 ? 1 + random.next(upTo: 3) : 0
        drawActivities(into: &choices)
    }

    /// The readable form of a drawn deal: the `Deal` and the history entries a store keeps for it.
    public func demoDeal(_ choices: DemoDealChoices) -> DemoDeal {
        let stage = stages[choices.stageIndex]
        var history: [StageChange] = []
        choices.forEachHistoryEntry { entry in
            let from = entry.fromStage.map { stages[$0] }
            let to = stages[entry.toStage]
            history.append(StageChange(
                dealID: 0, fromStageID: from?.id, toStageID: to.id, fromStageName: from?.name, toStageName: to.name,
                kind: entry.kind, at: Timestamp.date(seconds: entry.at)))
        }
        var deal = Deal(
            title: texts.titles[choices.company][choices.topic],
            value: Money(minorUnits: choices.value, currency: currencies[choices.currency]),
            pipelineID: stage.pipelineID, stageID: stage.id, status: choices.status,
            lostReason: choices.lostReason >= 0 ? texts.lostReasons[choices.lostReason] : nil,
            expectedClose: choices.expectedClose,
            owner: owners[choices.owner],
            organization: texts.organizations[choices.company],
            person: ContactPerson(
                name: texts.people[choices.person], jobTitle: texts.jobTitles[choices.jobTitle],
                email: texts.emails[choices.person], phone: "+1-555-\(choices.phone)"),
            source: LeadSource.known[choices.source],
            temperature: choices.qualification.impliedTemperature, qualification: choices.qualification,
            priority: choices.priority,
            createdAt: Timestamp.date(seconds: choices.createdAt),
            stageEnteredAt: Timestamp.date(seconds: choices.stageEnteredAt),
            updatedAt: Timestamp.date(seconds: choices.closedAt ?? choices.stageEnteredAt),
            closedAt: choices.closedAt.map(Timestamp.date(seconds:)), lanePosition: Double(choices.number))
        deal.lastActivityAt = choices.lastDoneAt.map(Timestamp.date(seconds:))
        deal.lastContactAt = deal.lastActivityAt
        deal.nextActivityDue = choices.nextDueDay.map { ActivityDue(day: CalendarDay(daysSinceEpoch: $0)) }
        let activities = choices.activities.map { choice in
            let subject = texts.activitySubjects[choice.subject]
            return Activity(
                dealID: 0, kind: subject.kind, subject: subject.subject,
                due: choice.dueDay.map { ActivityDue(day: CalendarDay(daysSinceEpoch: $0)) },
                doneAt: choice.doneAt.map(Timestamp.date(seconds:)), owner: deal.owner,
                createdAt: Timestamp.date(seconds: choice.createdAt))
        }
        return DemoDeal(deal: deal, history: history, activities: activities)
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
