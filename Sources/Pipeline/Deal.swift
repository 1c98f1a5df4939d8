import Foundation
import Wording

/// A sale being worked through a pipeline: what, for whom, how much, and where it stands.
public struct Deal: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var title: String
    /// Value in minor units of `value.currency`.
    public var value: Money
    public var pipelineID: Int64
    public var stageID: Int64
    public var status: DealStatus
    public var lostReason: String?
    public var expectedClose: CalendarDay?
    public var owner: String?
    public var organization: String?
    public var person: ContactPerson
    public var source: LeadSource?
    public var temperature: Temperature
    /// True when a person set the temperature; otherwise it follows the qualification.
    public var temperatureSetByHand: Bool
    public var qualification: Qualification
    /// 0 (none) to 3 (highest).
    public var priority: Int
    /// A per-deal win probability in percent that wins over the stage's, when set.
    public var probabilityOverride: Int?
    public var notes: String?
    public var createdAt: Date
    public var stageEnteredAt: Date
    public var updatedAt: Date
    public var closedAt: Date?
    /// Order within its lane: lower is higher up.
    public var lanePosition: Double
    /// Bumped by every write; a change made on an older version is refused.
    public var version: Int

    // MARK: Follow-up (kept by the store from the deal's activities, snooze and parking)

    /// When the last done activity of any kind was done: it restarts the stall clock.
    public var lastActivityAt: Date?
    /// When the last done call, email, meeting or other contact was done.
    public var lastContactAt: Date?
    /// When the earliest planned activity is due; nil when the deal has no next step.
    public var nextActivityDue: ActivityDue?
    /// The deal is not stalled before this day (it is again from this day on).
    public var snoozedUntil: CalendarDay?
    public var snoozeReason: String?
    /// For a deal parked in the Revisit pipeline: the day to look at it again.
    public var revisitOn: CalendarDay?

    public init(
        id: Int64 = 0, title: String, value: Money, pipelineID: Int64, stageID: Int64,
        status: DealStatus = .open, lostReason: String? = nil, expectedClose: CalendarDay? = nil,
        owner: String? = nil, organization: String? = nil, person: ContactPerson = ContactPerson(),
        source: LeadSource? = nil, temperature: Temperature = .warm, temperatureSetByHand: Bool = false,
        qualification: Qualification = .unknown, priority: Int = 0, probabilityOverride: Int? = nil,
        notes: String? = nil, createdAt: Date, stageEnteredAt: Date? = nil, updatedAt: Date? = nil,
        closedAt: Date? = nil, lanePosition: Double = 0, version: Int = 1,
        lastActivityAt: Date? = nil, lastContactAt: Date? = nil, nextActivityDue: ActivityDue? = nil,
        snoozedUntil: CalendarDay? = nil, snoozeReason: String? = nil, revisitOn: CalendarDay? = nil
    ) {
        self.id = id
        self.title = title
        self.value = value
        self.pipelineID = pipelineID
        self.stageID = stageID
        self.status = status
        self.lostReason = lostReason
        self.expectedClose = expectedClose
        self.owner = owner
        self.organization = organization
        self.person = person
        self.source = source
        self.temperature = temperature
        self.temperatureSetByHand = temperatureSetByHand
        self.qualification = qualification
        self.priority = priority
        self.probabilityOverride = probabilityOverride
        self.notes = notes
        self.createdAt = createdAt
        self.stageEnteredAt = stageEnteredAt ?? createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.closedAt = closedAt
        self.lanePosition = lanePosition
        self.version = version
        self.lastActivityAt = lastActivityAt
        self.lastContactAt = lastContactAt
        self.nextActivityDue = nextActivityDue
        self.snoozedUntil = snoozedUntil
        self.snoozeReason = snoozeReason
        self.revisitOn = revisitOn
    }

    /// Whole days since the deal entered its current stage.
    public func daysInStage(now: Date) -> Int { CalendarDay.wholeDays(from: stageEnteredAt, to: now) }

    /// The value weighted by the deal's own probability, else the stage's.
    public func weightedValue(stageProbability: Int) -> Money {
        value.weighted(byPercent: probabilityOverride ?? stageProbability)
    }

    /// Takes every field a person edits (not identity, place, outcome or times) from another version of the deal.
    public mutating func copyEditableFields(from other: Deal) {
        title = other.title
        value = other.value
        expectedClose = other.expectedClose
        owner = other.owner
        organization = other.organization
        person = other.person
        source = other.source
        temperature = other.temperature
        temperatureSetByHand = other.temperatureSetByHand
        qualification = other.qualification
        priority = other.priority
        probabilityOverride = other.probabilityOverride
        notes = other.notes
    }

    // MARK: - Field rules

    /// The longest title: 200 characters and 1,600 bytes.
    public static let titleLimit = TextLimit(characters: 200)

    /// Checks a title: not empty after trimming, at most 200 characters and 1,600 bytes.
    public static func validTitle(_ raw: String) throws(PipelineError) -> String {
        let title = raw.trimmingWhitespace()
        guard !title.isEmpty else { throw .invalidValue(ErrorText.titleEmpty(value: raw).string) }
        guard titleLimit.admits(title) else {
            throw .invalidValue(ErrorText.titleTooLong(start: TerminalText.visible(TextLimit.start(of: title)), advice: titleLimit.advice(for: title)).string)
        }
        return title
    }

    /// Checks a priority: 0 to 3.
    public static func validPriority(_ value: Int) throws(PipelineError) -> Int {
        if value < 0 { throw .invalidValue(ErrorText.priorityNegative(value: value).string) }
        guard (0...3).contains(value) else {
            throw .invalidValue(ErrorText.priorityInvalid(value: value).string)
        }
        return value
    }

    /// Reads a deal's own win probability as typed (`40`, `40%`): a whole percent from 0 to 100, or
    /// nil for an empty text, which leaves the deal on its stage's probability.
    public static func validProbabilityOverride(_ raw: String) throws(PipelineError) -> Int? {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return nil }
        let digits = text.hasSuffix("%") ? String(text.dropLast()).trimmingWhitespace() : text
        guard let number = Int(digits) else {
            throw .invalidValue(ErrorText.probabilityOverrideInvalid(value: TerminalText.visible(raw)).string)
        }
        return try Stage.validProbability(number)
    }

    /// Checks free text such as a name or a note: trims it, turns empty into nil, caps its length
    /// (`maxLength` characters and eight bytes for each, `TextLimit`).
    public static func validText(_ raw: String?, field: String, maxLength: Int = 500) throws(PipelineError) -> String? {
        guard let raw else { return nil }
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return nil }
        let limit = TextLimit(characters: maxLength)
        guard limit.admits(text) else {
            throw .invalidValue(ErrorText.fieldTooLong(field: field, advice: limit.advice(for: text)).string)
        }
        return text
    }

    /// Checks an email address loosely: one @ with text on both sides and no spaces.
    public static func validEmail(_ raw: String?) throws(PipelineError) -> String? {
        guard let email = try validText(raw, field: "email", maxLength: 254) else { return nil }
        if isPlainASCIIEmail(email) { return email }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(where: \.isWhitespace) else {
            throw .invalidValue(ErrorText.emailInvalid(value: TerminalText.visible(email)).string)
        }
        return email
    }

    /// The rule of `validEmail` for ASCII text, byte by byte (imports check hundreds of thousands):
    /// one `@` after some text, a dot after it, no whitespace. False sends the text to the full check.
    static func isPlainASCIIEmail(_ email: String) -> Bool {
        var at = -1
        var dotAfterAt = false
        for (offset, byte) in email.utf8.enumerated() {
            switch byte {
            case 0x80...: return false
            case 0x09...0x0D, 0x20: return false
            case UInt8(ascii: "@"):
                if at >= 0 { return false }
                at = offset
            case UInt8(ascii: "."):
                if at >= 0 { dotAfterAt = true }
            default:
                break
            }
        }
        return at > 0 && dotAfterAt
    }
}
