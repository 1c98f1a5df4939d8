import Foundation
import Pipeline
import Wording

/// Reads one CSV record into a `DealDraft` with the domain's rules (the CLI's), collecting
/// every problem of the row with the column it is in.
public struct DealDraftReader: Sendable {
    public var mapping: ColumnMapping {
        didSet {
            columnOfField = Self.columns(of: mapping)
            headerCurrency = mapping.valueHeaderCurrency
        }
    }
    /// `mapping.valueHeaderCurrency`, worked out once rather than per row.
    private var headerCurrency: Currency?
    /// The column of each field by `DealField.ordinal`, -1 when the file has none.
    private var columnOfField: [Int]
    /// The currency of rows that do not name one (the config's `default_currency`, else USD).
    public var defaultCurrency: Currency
    /// The config's `decimal_separator` (nil refuses the ambiguous `1.200`); Funnel's own files always write a point.
    public var decimalSeparator: DecimalSeparator?
    /// The zone of dates and times written without one.
    public var timeZone: TimeZone
    public var now: Date

    public init(
        mapping: ColumnMapping, defaultCurrency: Currency, decimalSeparator: DecimalSeparator? = nil, timeZone: TimeZone, now: Date
    ) {
        self.mapping = mapping
        columnOfField = Self.columns(of: mapping)
        headerCurrency = mapping.valueHeaderCurrency
        self.defaultCurrency = defaultCurrency
        self.decimalSeparator = decimalSeparator
        self.timeZone = timeZone
        self.now = now
    }

    static func columns(of mapping: ColumnMapping) -> [Int] {
        DealField.allCases.map { mapping.columns[$0] ?? -1 }
    }

    /// The draft, or every problem found in the row.
    public func read(_ record: CSVDocument.Record) -> Result<DealDraft, RowProblems> {
        var problems: [RowProblem] = []
        let fields = record.fields

        func cell(_ field: DealField) -> String? {
            let index = columnOfField[field.ordinal]
            guard index >= 0, index < fields.count else { return nil }
            let text = fields[index].trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
        func check<T>(_ field: DealField, _ parse: (String) throws(PipelineError) -> T) -> T? {
            guard let text = cell(field) else { return nil }
            do {
                return try parse(text)
            } catch {
                problems.append(RowProblem(line: record.line, column: mapping.columnName(field), reason: error.description))
                return nil
            }
        }
        func complain(_ field: DealField, _ reason: String) {
            problems.append(RowProblem(line: record.line, column: mapping.columnName(field), reason: reason))
        }

        if fields.count > mapping.header.count, fields[mapping.header.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            problems.append(RowProblem(
                line: record.line, column: nil,
                reason: ErrorText.rowFieldCount(fields: fields.count, header: mapping.header.count).string))
        }

        var title: String?
        if cell(.title) == nil {
            complain(.title, ErrorText.rowTitleEmpty.string)
        } else {
            title = check(.title) { text throws(PipelineError) in try Deal.validTitle(text) }
        }
        let problemsBeforeCurrency = problems.count
        // Without a currency column, a code in the value column's header (`Amount (EUR)`) is the currency.
        let currency = check(.currency) { text throws(PipelineError) in try Currency.parse(text) }
            ?? headerCurrency ?? defaultCurrency
        let separator = mapping.source == .funnel ? .point : decimalSeparator
        // A value is only checked against a currency that is known.
        let value = problems.count > problemsBeforeCurrency
            ? .zero(currency)
            : check(.value) { text throws(PipelineError) in
                try Money.parse(text, currency: currency, decimalSeparator: separator)
            } ?? .zero(currency)
        let status = check(.status) { text throws(PipelineError) in try DealStatus.parse(text) } ?? .open

        var deal = Deal(title: title ?? "", value: value, pipelineID: 0, stageID: 0, status: status, createdAt: now)
        deal.organization = check(.organization) { text throws(PipelineError) in try DealTextField.organization.valid(text) } ?? nil
        deal.person.name = check(.person) { text throws(PipelineError) in try DealTextField.person.valid(text) } ?? nil
        deal.person.jobTitle = check(.jobTitle) { text throws(PipelineError) in try DealTextField.jobTitle.valid(text) } ?? nil
        deal.person.email = check(.email) { text throws(PipelineError) in try Deal.validEmail(text) } ?? nil
        deal.person.phone = check(.phone) { text throws(PipelineError) in try ContactPerson.validPhone(text) } ?? nil
        deal.source = check(.source) { text throws(PipelineError) in try DealTextField.source.valid(text).map(LeadSource.init) } ?? nil
        deal.owner = check(.owner) { text throws(PipelineError) in try DealTextField.owner.valid(text) } ?? nil
        deal.notes = check(.notes) { text throws(PipelineError) in try DealTextField.notes.valid(text) } ?? nil
        deal.lostReason = check(.lostReason) { text throws(PipelineError) in try DealTextField.lostReason.valid(text) } ?? nil
        deal.priority = check(.priority) { text throws(PipelineError) in
            guard let number = Int(text) else { throw .invalidValue(ErrorText.priorityTextInvalid(value: text).string) }
            return try Deal.validPriority(number)
        } ?? 0
        deal.probabilityOverride = check(.probability) { text throws(PipelineError) in
            guard let number = Int(text) else { throw .invalidValue(ErrorText.probabilityTextInvalid(value: text).string) }
            return try Stage.validProbability(number)
        }
        deal.expectedClose = check(.expectedClose) { text throws(PipelineError) in try day(text, field: "expected close date") }
        deal.qualification = Qualification(
            budget: check(.budget) { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "budget") } ?? .unknown,
            authority: check(.authority) { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "authority") } ?? .unknown,
            need: check(.need) { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "need") } ?? .unknown,
            timing: check(.timing) { text throws(PipelineError) in try Qualification.Answer.parse(text, question: "timing") } ?? .unknown)

        // Temperature: Funnel's own column, else a label that names one (Pipedrive's Hot/Warm/Cold).
        if let temperature = check(.temperature, { text throws(PipelineError) in try Temperature.parse(text) }) {
            deal.temperature = temperature
            deal.temperatureSetByHand = check(.temperatureSetByHand) { text throws(PipelineError) in try flag(text) } ?? true
        } else if let label = cell(.label), let temperature = Temperature(rawValue: label.lowercased()) {
            deal.temperature = temperature
            deal.temperatureSetByHand = true
        }
        deal.followQualification()

        var draft = DealDraft(line: record.line, deal: deal)
        draft.externalID = cell(.id)
        draft.pipelineName = cell(.pipeline)
        draft.stageName = cell(.stage)

        // Times: created, entered the stage, updated, closed; none in the future, in that order.
        let created = check(.createdAt) { text throws(PipelineError) in try moment(text, field: "created date") }
        let entered = check(.stageEnteredAt) { text throws(PipelineError) in try moment(text, field: "stage change date") }
        let updated = check(.updatedAt) { text throws(PipelineError) in try moment(text, field: "updated date") }
        let closed = check(.closedAt) { text throws(PipelineError) in try moment(text, field: "closed date") }
        for (field, date) in [(DealField.createdAt, created), (.stageEnteredAt, entered), (.closedAt, closed)] {
            if let date, date > now {
                complain(field, ErrorText.rowInFuture(moment: Timestamp.string(date), now: Timestamp.string(now)).string)
            }
        }
        if let created {
            draft.deal.createdAt = created
            draft.deal.stageEnteredAt = created
            draft.deal.updatedAt = created
            draft.createdAtGiven = true
        }
        if let entered {
            // Compared only with a creation time the row gave and that could be read.
            if created != nil, entered < draft.deal.createdAt {
                complain(.stageEnteredAt, ErrorText.rowEnteredBeforeCreated(entered: Timestamp.string(entered), created: Timestamp.string(draft.deal.createdAt)).string)
            }
            draft.deal.stageEnteredAt = entered
            draft.stageEnteredAtGiven = true
        }
        if let updated {
            draft.deal.updatedAt = updated
            draft.updatedAtGiven = true
        } else {
            draft.deal.updatedAt = draft.deal.stageEnteredAt
        }
        if let closed {
            if created != nil, closed < draft.deal.createdAt {
                complain(.closedAt, ErrorText.rowClosedBeforeCreated(closed: Timestamp.string(closed), created: Timestamp.string(draft.deal.createdAt)).string)
            }
            draft.deal.closedAt = closed
            draft.closedAtGiven = true
        }
        if problems.isEmpty { return .success(draft) }
        return .failure(RowProblems(problems: problems))
    }

    // MARK: - Dates

    /// A moment: ISO 8601 with a zone, or `YYYY-MM-DD[ HH:MM[:SS]]` in the import's time zone,
    /// within the moments Funnel records (`RecordedMoment`, as JSON restores check them).
    func moment(_ text: String, field: String) throws(PipelineError) -> Date {
        if let date = localMoment(text) { return try RecordedMoment.valid(date, field: field) }
        let date: Date
        do {
            date = try Timestamp.parse(text, field: field)
        } catch {
            throw .invalidValue(ErrorText.rowMomentInvalid(field: field, value: text).string)
        }
        return try RecordedMoment.valid(date, field: field)
    }

    /// A calendar day; a time after the date (HubSpot writes `2026-10-27 00:00`) is ignored.
    func day(_ text: String, field: String) throws(PipelineError) -> CalendarDay {
        if text.count > 10, let date = localMoment(text) { return CalendarDay(date, in: timeZone) }
        if text.count > 10, let date = try? Timestamp.parse(text) { return CalendarDay(date, in: timeZone) }
        return try CalendarDay.parse(text, field: field)
    }

    /// `2026-09-10`, `2026-09-10 09:49`, `2026-09-10 09:49:00`, with a space or a `T`, read in
    /// `timeZone`; with a trailing `Z`, in UTC. Done by arithmetic: imports read hundreds of thousands.
    func localMoment(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              CalendarDay(year: year, month: month, day: day) != nil
        else { return nil }
        var seconds = 0
        var utc = false
        if bytes.count > 10 {
            guard bytes[10] == 0x20 || bytes[10] == 0x54, bytes.count >= 16, bytes[13] == 0x3A,
                  let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
            else { return nil }
            var end = 16
            var second = 0
            if bytes.count >= 19, bytes[16] == 0x3A {
                guard let value = number(17..<19), value < 60 else { return nil }
                second = value
                end = 19
            }
            if end == bytes.count - 1, bytes[end] == 0x5A {
                utc = true
                end += 1
            }
            guard end == bytes.count else { return nil }
            seconds = hour * 3600 + minute * 60 + second
        }
        let wall = Date(timeIntervalSince1970: TimeInterval(Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + seconds))
        if utc { return wall }
        // The wall-clock time in the zone: shift by the zone's offset at that moment.
        let offset = timeZone.secondsFromGMT(for: wall)
        let guess = wall.addingTimeInterval(TimeInterval(-offset))
        return wall.addingTimeInterval(TimeInterval(-timeZone.secondsFromGMT(for: guess)))
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `true`/`false`, `yes`/`no`, `1`/`0`.
    func flag(_ text: String) throws(PipelineError) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default: throw .invalidValue(ErrorText.flagInvalid(value: text).string)
        }
    }
}

/// Every problem of one row (a `Result` needs an `Error`).
public struct RowProblems: Error, Sendable, Equatable {
    public var problems: [RowProblem]
}
