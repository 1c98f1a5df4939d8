import Foundation
import Pipeline
import Testing
@testable import Interop

@Suite("Reading deal rows with the domain's rules")
struct DealDraftReaderTests {
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    func reader(_ header: [String], source: ImportSource, maps: [String] = []) throws -> DealDraftReader {
        let mapping = try ColumnMapping(header: header, source: source, overrides: maps, fileName: "f.csv")
        return DealDraftReader(mapping: mapping, defaultCurrency: Currency(code: "EUR")!, timeZone: utc, now: now)
    }

    static let pipedriveHeader = [
        "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Stage", "Deal - Status",
        "Deal - Organization", "Person - Email", "Deal - Deal created", "Deal - Last stage change", "Deal - Label",
    ]

    @Test("A Pipedrive row becomes a draft with its value, dates, label and id")
    func pipedriveRow() throws {
        let reader = try reader(Self.pipedriveHeader, source: .pipedrive)
        let record = CSVDocument.Record(line: 7, fields: [
            "1002", "Acme renewal", "80,000.50", "CNY", "Qualifying", "open", "Acme", "a@example.com",
            "2026-09-20 16:08:00", "2026-09-22 16:08", "Hot",
        ])
        let draft = try reader.read(record).get()
        #expect(draft.line == 7)
        #expect(draft.externalID == "1002")
        #expect(draft.stageName == "Qualifying")
        #expect(draft.deal.title == "Acme renewal")
        #expect(draft.deal.value == Money(minorUnits: 8_000_050, currency: Currency(code: "CNY")!))
        #expect(draft.deal.organization == "Acme")
        #expect(draft.deal.person.email == "a@example.com")
        #expect(draft.deal.temperature == .hot)
        #expect(draft.deal.temperatureSetByHand)
        #expect(draft.deal.createdAt == (try Timestamp.parse("2026-09-20T16:08:00Z")))
        #expect(draft.deal.stageEnteredAt == (try Timestamp.parse("2026-09-22T16:08:00Z")))
        #expect(draft.createdAtGiven && draft.stageEnteredAtGiven && !draft.closedAtGiven)
    }

    @Test("Empty cells take the defaults: no value is zero in the default currency, open, warm")
    func emptyCells() throws {
        let reader = try reader(Self.pipedriveHeader, source: .pipedrive)
        let draft = try reader.read(.init(line: 2, fields: ["", "Bare", "", "", "", "", "", "", "", "", ""])).get()
        #expect(draft.externalID == nil)
        #expect(draft.stageName == nil)
        #expect(draft.deal.value == .zero(Currency(code: "EUR")!))
        #expect(draft.deal.status == .open)
        #expect(draft.deal.temperature == .warm)
        #expect(draft.deal.createdAt == now)
        #expect(!draft.createdAtGiven)
    }

    @Test("Every bad cell of a row is reported with its line, column and reason")
    func badCells() throws {
        let reader = try reader(Self.pipedriveHeader, source: .pipedrive)
        let record = CSVDocument.Record(line: 12, fields: [
            "9", " ", "12.345", "USS", "Closing", "deleted", "", "not-an-email", "2027-01-01", "yesterday", "",
        ])
        guard case .failure(let failure) = reader.read(record) else {
            Issue.record("the row was accepted")
            return
        }
        #expect(failure.problems.map(\.column) == [
            "Deal - Title", "Deal - Currency", "Deal - Status", "Person - Email", "Deal - Last stage change", "Deal - Deal created",
        ])
        #expect(failure.problems.allSatisfy { $0.line == 12 })
        #expect(failure.problems[0].description == "line 12, column \"Deal - Title\": the title is empty: every deal needs a title")
        #expect(failure.problems[1].reason.hasPrefix("unknown currency 'USS'"))
        #expect(failure.problems[4].reason.hasPrefix("invalid stage change date 'yesterday'"))
        #expect(failure.problems[5].reason == "2027-01-01T00:00:00Z is in the future (now is 2026-11-29T09:00:00Z)")
    }

    @Test("A value with more decimals than the currency has is refused by Money's rule")
    func currencyDigits() throws {
        let reader = try reader(["title", "value", "currency"], source: .generic)
        guard case .failure(let failure) = reader.read(.init(line: 3, fields: ["A", "12.5", "JPY"])) else {
            Issue.record("the row was accepted")
            return
        }
        #expect(failure.problems == [RowProblem(
            line: 3, column: "value",
            reason: "invalid amount '12.5': JPY has no minor unit; use a form like \(Money.acceptedForms)")])
    }

    /// Issue 15 item 2: `--map value="Amount (EUR)"` turned `1.200` into $1.20.
    @Test("A code in the value column's header is the currency when no currency column is mapped")
    func headerCurrency() throws {
        let euros = try reader(["Name", "Amount (EUR)"], source: .generic, maps: ["title=Name", "value=Amount (EUR)"])
        var draft = try euros.read(.init(line: 2, fields: ["A", "1,200,000"])).get()
        #expect(draft.deal.value == Money(minorUnits: 120_000_000, currency: Currency(code: "EUR")!))
        let yen = try reader(["Name", "Deal value [JPY]"], source: .generic, maps: ["title=Name", "value=Deal value [JPY]"])
        draft = try yen.read(.init(line: 2, fields: ["A", "5000"])).get()
        #expect(draft.deal.value == Money(minorUnits: 5_000, currency: Currency(code: "JPY")!))
        // No code, an unknown one, or two: the default currency.
        for header in ["Amount", "Amount (XYZ)", "Amount (USD or EUR)", "Total amount"] {
            let plain = try reader(["Name", header], source: .generic, maps: ["title=Name", "value=\(header)"])
            #expect(try plain.read(.init(line: 2, fields: ["A", "5"])).get().deal.value.currency == Currency(code: "EUR")!, "\(header)")
        }
        // A mapped currency column wins.
        let both = try reader(["Name", "Amount (EUR)", "Cur"], source: .generic, maps: ["title=Name", "value=Amount (EUR)", "currency=Cur"])
        #expect(try both.read(.init(line: 2, fields: ["A", "5", "CNY"])).get().deal.value.currency == Currency(code: "CNY")!)
    }

    @Test("1.200 in a file is refused as ambiguous unless the config's decimal_separator reads it; Funnel's own files use a point")
    func ambiguousValues() throws {
        let mapping = try ColumnMapping(header: ["title", "value", "currency"], source: .generic, overrides: [], fileName: "f.csv")
        var reader = DealDraftReader(mapping: mapping, defaultCurrency: .usd, timeZone: utc, now: now)
        guard case .failure(let failure) = reader.read(.init(line: 4, fields: ["A", "1.200", "EUR"])) else {
            Issue.record("the row was accepted")
            return
        }
        #expect(failure.problems.first?.reason.contains("write 1200 or 1.20") == true)
        reader.decimalSeparator = .comma
        #expect(try reader.read(.init(line: 4, fields: ["A", "1.200", "EUR"])).get().deal.value.minorUnits == 120_000)
        let own = try ColumnMapping(header: ["title", "value", "currency"], source: .funnel, overrides: [], fileName: "f.csv")
        let ownReader = DealDraftReader(mapping: own, defaultCurrency: .usd, decimalSeparator: .comma, timeZone: utc, now: now)
        #expect(try ownReader.read(.init(line: 2, fields: ["A", "1.200", "KWD"])).get().deal.value.minorUnits == 1_200)
    }

    @Test("A stage entered before the deal was created is refused")
    func stageBeforeCreation() throws {
        let reader = try reader(["title", "created_at", "stage_entered_at"], source: .generic)
        guard case .failure(let failure) = reader.read(.init(line: 2, fields: ["A", "2026-05-02", "2026-05-01"])) else {
            Issue.record("the row was accepted")
            return
        }
        #expect(failure.problems.map(\.column) == ["stage_entered_at"])
    }

    @Test("--map reads a field from any column; an unknown field or column is refused")
    func mapping() throws {
        let reader = try reader(["Opportunity", "Amount (EUR)"], source: .generic, maps: ["title=Opportunity", "value=amount (eur)"])
        let draft = try reader.read(.init(line: 2, fields: ["Big one", "1.5m"])).get()
        #expect(draft.deal.title == "Big one")
        #expect(draft.deal.value.minorUnits == 150_000_000)
        #expect(throws: ImportError.self) { try ColumnMapping(header: ["A"], source: .generic, overrides: ["size=A"], fileName: "f") }
        #expect(throws: ImportError.usage("invalid --map 'title=Name': 'f' has no column 'Name'; its columns are \"A\"")) {
            try ColumnMapping(header: ["A"], source: .generic, overrides: ["title=Name"], fileName: "f")
        }
        #expect(throws: ImportError.usage("'f' has no title column (read as generic): name it with --map title=COLUMN; its columns are \"A\"")) {
            try ColumnMapping(header: ["A"], source: .generic, overrides: [], fileName: "f")
        }
    }

    @Test("HubSpot's close date with a time is the expected close day")
    func hubspotDates() throws {
        let reader = try reader(["Record ID", "Deal Name", "Deal Stage", "Close Date", "Create Date"], source: .hubspot)
        let draft = try reader.read(.init(line: 2, fields: ["5001", "A", "Closed Won", "2026-10-27 00:00", "2026-09-10 09:49"])).get()
        #expect(draft.deal.expectedClose == CalendarDay(year: 2026, month: 10, day: 27))
        #expect(draft.deal.createdAt == (try Timestamp.parse("2026-09-10T09:49:00Z")))
    }
}

@Suite("Reading times in deal files")
struct DealDraftTimeTests {
    func reader(_ zone: String) throws -> DealDraftReader {
        let mapping = try ColumnMapping(header: ["title"], source: .generic, overrides: [], fileName: "f")
        return DealDraftReader(mapping: mapping, defaultCurrency: .usd, timeZone: TimeZone(identifier: zone)!, now: Date())
    }

    @Test("Local times are read in the import's zone, across summer time; Z means UTC")
    func zones() throws {
        let berlin = try reader("Europe/Berlin")
        #expect(berlin.localMoment("2026-07-01 12:00:00") == (try Timestamp.parse("2026-07-01T10:00:00Z")))
        #expect(berlin.localMoment("2026-12-01T12:00") == (try Timestamp.parse("2026-12-01T11:00:00Z")))
        #expect(berlin.localMoment("2026-12-01") == (try Timestamp.parse("2026-11-30T23:00:00Z")))
        #expect(berlin.localMoment("2026-12-01T12:00:00Z") == (try Timestamp.parse("2026-12-01T12:00:00Z")))
        #expect(try reader("UTC").localMoment("1969-12-31 23:59:59") == Date(timeIntervalSince1970: -1))
        for bad in ["2026-02-30", "2026-12-01 25:00", "2026-12-01 12:00:60", "2026-12-01T12:00:00+08:00", "12/01/2026", "2026-12-01 12"] {
            #expect(try reader("UTC").localMoment(bad) == nil, "\(bad)")
        }
        // Zoned ISO 8601 still reads through Timestamp.
        #expect(try reader("UTC").moment("2026-12-01T12:00:00+08:00", field: "created date") == (try Timestamp.parse("2026-12-01T04:00:00Z")))
    }
}

@Suite("Printing times")
struct TimestampStringTests {
    @Test("Timestamp.string matches ISO8601DateFormatter across eras, leap days and before 1970")
    func matchesFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var seconds: Int64 = -2_208_988_800  // 1900-01-01
        while seconds < 4_102_444_800 {  // 2100-01-01
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(Timestamp.string(date) == formatter.string(from: date))
            seconds += 7_777_777
        }
        for text in ["2024-02-29T23:59:59Z", "2000-03-01T00:00:00Z", "1969-12-31T23:59:59Z", "2026-11-29T09:00:00Z"] {
            #expect(Timestamp.string(formatter.date(from: text)!) == text)
        }
        #expect(Timestamp.string(Date(timeIntervalSince1970: 1.9)) == "1970-01-01T00:00:01Z")
    }
}

@Suite("Deal fields")
struct DealFieldTests {
    @Test("each field's ordinal is its place among all fields, so the reader's column table lines up")
    func ordinals() {
        #expect(DealField.allCases.map(\.ordinal) == Array(DealField.allCases.indices))
    }
}
