import Foundation
import Pipeline
import Testing
@testable import Interop

/// Reading Funnel's JSON export: every value checked with the domain's rules, refused by its path.
@Suite("Reading archives with the domain's rules")
struct ArchiveReaderTests {
    /// A small archive as Funnel writes it: one pipeline of two stages, a won deal with an import
    /// link, an open deal, their history, an activity, a review decision and a setting.
    static func document() -> [String: Any] {
        func deal(_ id: Int, _ title: String, status: String, stage: Int, closed: Any) -> [String: Any] {
            [
                "id": id, "title": title, "pipeline": "Sales", "stage": "Prospecting", "status": status,
                "value": "1200.50", "currency": "EUR", "organization": "Acme", "person": "Ann", "job_title": NSNull(),
                "email": "ann@example.com", "phone": "+1-555-0101", "source": "referral", "owner": "Bo",
                "temperature": "warm", "temperature_set_by_hand": false,
                "qualification": ["budget": "yes", "authority": "unknown", "need": "no", "timing": "unknown"],
                "priority": 2, "probability": NSNull(), "expected_close": "2026-12-31", "notes": "Line one\nline two",
                "created_at": "2026-10-01T09:00:00Z", "stage_entered_at": "2026-10-02T09:00:00Z",
                "updated_at": "2026-10-03T09:00:00Z", "closed_at": closed, "lost_reason": NSNull(), "version": 3,
                "pipeline_id": 1, "stage_id": stage, "lane_position": 1.5, "snoozed_until": NSNull(),
                "snooze_reason": NSNull(), "parked": false, "revisit_on": NSNull(), "import": NSNull(),
            ]
        }
        var won = deal(1, "Acme renewal", status: "won", stage: 2, closed: "2026-11-01T10:00:00Z")
        won["import"] = ["source": "pipedrive", "external_id": "4711"]
        return [
            "funnel_export": 2, "exported_at": "2026-11-29T09:00:00Z",
            "pipelines": [[
                "id": 1, "name": "Sales", "kind": "sales",
                "stages": [
                    ["id": 1, "name": "Prospecting", "position": 0, "probability": 10, "stall_days": 14],
                    ["id": 2, "name": "Closing", "position": 1, "probability": 80, "stall_days": 10],
                ],
            ]],
            "deals": [won, deal(2, "Beta pilot", status: "open", stage: 1, closed: NSNull())],
            "stage_history": [
                ["id": 1, "deal_id": 1, "from_stage_id": NSNull(), "to_stage_id": 1, "from": NSNull(), "to": "Prospecting",
                 "kind": "created", "at": "2026-10-01T09:00:00Z", "undone": false],
                ["id": 2, "deal_id": 1, "from_stage_id": 1, "to_stage_id": 2, "from": "Prospecting", "to": "Closing",
                 "kind": "won", "at": "2026-11-01T10:00:00Z", "undone": false],
            ],
            "activities": [[
                "id": 1, "deal_id": 2, "kind": "call", "subject": "Call back", "due": "2026-12-01T10:30", "done_at": NSNull(),
                "note": "会议记录", "owner": NSNull(), "created_at": "2026-11-20T09:00:00Z",
            ]],
            "review_progress": [[
                "day": "2026-11-28", "deal_id": 2, "reason": "stalled", "decision": "skipped", "deal_version": 3,
                "at": "2026-11-28T09:00:00Z",
            ]],
            "settings": ["park_after_days": "45"],
        ]
    }

    /// The document with one value replaced, at a path of keys and list indexes.
    static func replacing(_ path: [Any], with value: Any, in object: Any) -> Any {
        guard let first = path.first else { return value }
        let rest = Array(path.dropFirst())
        if let index = first as? Int, var list = object as? [Any] {
            list[index] = replacing(rest, with: value, in: list[index])
            return list
        }
        var dictionary = object as! [String: Any]
        let key = first as! String
        dictionary[key] = replacing(rest, with: value, in: dictionary[key] ?? NSNull())
        return dictionary
    }

    static func data(_ object: Any) -> Data {
        try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    @Test("A good archive reads into the domain's values")
    func goodArchive() throws {
        let archive = try ArchiveReader.read(Self.data(Self.document()))
        #expect(archive.pipelines.map(\.name) == ["Sales"])
        #expect(archive.pipelines[0].stages.map(\.name) == ["Prospecting", "Closing"])
        #expect(archive.deals.map(\.title) == ["Acme renewal", "Beta pilot"])
        #expect(archive.deals[0].value == Money(minorUnits: 120_050, currency: Currency(code: "EUR")!))
        #expect(archive.deals[0].closedAt == (try Timestamp.parse("2026-11-01T10:00:00Z")))
        #expect(archive.deals[1].notes == "Line one\nline two")
        #expect(archive.importLinks == [PipelineArchive.ImportLink(dealID: 1, source: "pipedrive", externalID: "4711")])
        #expect(archive.history.map(\.kind) == [.created, .won])
        #expect(archive.activities.map(\.note) == ["会议记录"])
        #expect(archive.reviewProgress.map(\.dealID) == [2])
        #expect(archive.settings.map(\.value) == ["45"])
    }

    /// A hostile value, where it goes, and the path and words its refusal must have.
    struct Hostile: CustomTestStringConvertible, Sendable {
        var name: String
        var at: [any Sendable]
        var value: any Sendable
        var path: String
        var mentions: String
        var testDescription: String { name }
    }

    static let hostile: [Hostile] = [
        Hostile(name: "a 1,000,000-character title", at: ["deals", 1, "title"], value: String(repeating: "x", count: 1_000_000),
                path: "deals[1].title", mentions: "use at most 200 characters and 1600 bytes (got 1000000 bytes)"),
        Hostile(name: "ESC in a stage name", at: ["pipelines", 0, "stages", 1, "name"], value: "Clo\u{1B}[2Jsing",
                path: "pipelines[0].stages[1].name", mentions: "control characters are not allowed"),
        Hostile(name: "created_at in the year 9999", at: ["deals", 0, "created_at"], value: "9999-01-01T00:00:00Z",
                path: "deals[0].created_at", mentions: "use a moment from 1970-01-01T00:00:00Z to 2199-12-31T23:59:59Z"),
        Hostile(name: "created_at on 2026-02-30", at: ["deals", 1, "created_at"], value: "2026-02-30T09:00:00Z",
                path: "deals[1].created_at", mentions: "'2026-02-30': use a real date"),
        Hostile(name: "a history entry on 2026-02-30", at: ["stage_history", 1, "at"], value: "2026-02-30T10:00:00Z",
                path: "stage_history[1].at", mentions: "use a real date"),
        Hostile(name: "NUL in a title", at: ["deals", 0, "title"], value: "Acme\u{0}renewal",
                path: "deals[0].title", mentions: "holds a NUL character"),
        Hostile(name: "NUL in notes", at: ["deals", 1, "notes"], value: "before\u{0}after", path: "deals[1].notes", mentions: "NUL"),
        Hostile(name: "NUL in an import's external id", at: ["deals", 0, "import", "external_id"], value: "47\u{0}11",
                path: "deals[0].import.external_id", mentions: "NUL"),
        Hostile(name: "NUL in a history stage name", at: ["stage_history", 1, "to"], value: "Clo\u{0}", path: "stage_history[1].to", mentions: "NUL"),
        Hostile(name: "probability 101", at: ["pipelines", 0, "stages", 0, "probability"], value: 101,
                path: "pipelines[0].stages[0].probability", mentions: "use a whole percent from 0 to 100"),
        Hostile(name: "a deal's probability 101", at: ["deals", 1, "probability"], value: 101, path: "deals[1].probability", mentions: "0 to 100"),
        Hostile(name: "stall days -1", at: ["pipelines", 0, "stages", 1, "stall_days"], value: -1,
                path: "pipelines[0].stages[1].stall_days", mentions: "from 0 (never stalls) to 3650"),
        Hostile(name: "priority 7", at: ["deals", 0, "priority"], value: 7, path: "deals[0].priority", mentions: "use 0 (none), 1, 2 or 3"),
        Hostile(name: "a 201-character organization", at: ["deals", 0, "organization"], value: String(repeating: "o", count: 201),
                path: "deals[0].organization", mentions: "use at most 200 characters"),
        Hostile(name: "a bad email", at: ["deals", 0, "email"], value: "bob", path: "deals[0].email", mentions: "name@example.com"),
        Hostile(name: "a bad phone", at: ["deals", 0, "phone"], value: "call me", path: "deals[0].phone", mentions: "+1-555-0101"),
        Hostile(name: "a negative value", at: ["deals", 0, "value"], value: "-5", path: "deals[0].value", mentions: "'-5'"),
        Hostile(name: "a lowercase unknown currency", at: ["deals", 0, "currency"], value: "USS", path: "deals[0].currency", mentions: "ISO 4217"),
        Hostile(name: "an ESC in an activity subject", at: ["activities", 0, "subject"], value: "Call\u{1B}]52;c;x\u{7}",
                path: "activities[0].subject", mentions: "without control characters"),
        Hostile(name: "a fractional id", at: ["deals", 0, "id"], value: 1.5, path: "deals[0].id", mentions: "must be a whole number"),
        Hostile(name: "id 0", at: ["deals", 0, "id"], value: 0, path: "deals[0].id", mentions: "ids are whole numbers from 1"),
        Hostile(name: "two deals with one id", at: ["deals", 1, "id"], value: 1, path: "deals[1].id", mentions: "the id of another deal"),
        Hostile(name: "two stages with one name", at: ["pipelines", 0, "stages", 1, "name"], value: "prospecting",
                path: "pipelines[0].stages", mentions: "appears twice"),
        Hostile(name: "a stage out of place", at: ["pipelines", 0, "stages", 1, "position"], value: 4,
                path: "pipelines[0].stages[1].position", mentions: "positions count from 0"),
        Hostile(name: "a deal in a stage that is not in the file", at: ["deals", 1, "stage_id"], value: 9,
                path: "deals[1].stage_id", mentions: "not a stage of pipeline 1"),
        Hostile(name: "an open deal with a closing time", at: ["deals", 1, "closed_at"], value: "2026-11-01T10:00:00Z",
                path: "deals[1].closed_at", mentions: "is set but the deal is open"),
        Hostile(name: "a lost reason on a won deal", at: ["deals", 0, "lost_reason"], value: "Price",
                path: "deals[0].lost_reason", mentions: "not lost"),
        Hostile(name: "a history entry into a stage that is not in the file", at: ["stage_history", 1, "to_stage_id"], value: 7,
                path: "stage_history[1].to_stage_id", mentions: "a stage that is not in the file"),
        Hostile(name: "version 0", at: ["deals", 0, "version"], value: 0, path: "deals[0].version", mentions: "counts from 1"),
        Hostile(name: "a title that is a number", at: ["deals", 0, "title"], value: 5, path: "deals[0].title", mentions: "must be a text"),
        Hostile(name: "an activity done in the year 3000", at: ["activities", 0, "done_at"], value: "3000-01-01T00:00:00Z",
                path: "activities[0].done_at", mentions: "2199-12-31T23:59:59Z"),
        Hostile(name: "an activity cancelled on 2026-02-30", at: ["activities", 0, "cancelled_at"], value: "2026-02-30T10:00:00Z",
                path: "activities[0].cancelled_at", mentions: "use a real date"),
        Hostile(name: "an activity cancelled at a number", at: ["activities", 0, "cancelled_at"], value: 5,
                path: "activities[0].cancelled_at", mentions: "must be a text"),
        Hostile(name: "a review decision on 2026-02-30", at: ["review_progress", 0, "day"], value: "2026-02-30",
                path: "review_progress[0].day", mentions: "use a real date"),
    ]

    @Test("An activity's cancelled_at reads as when its deal's close cancelled it; done and cancelled at once is refused by its path")
    func cancelledActivity() throws {
        let cancelled = Self.replacing(["activities", 0, "cancelled_at"], with: "2026-11-21T09:00:00Z", in: Self.document())
        let archive = try ArchiveReader.read(Self.data(cancelled))
        #expect(archive.activities.map(\.cancelledAt) == [try Timestamp.parse("2026-11-21T09:00:00Z")])
        #expect(try ArchiveReader.read(Self.data(Self.document())).activities.map(\.cancelledAt) == [nil], "files without it: planned")
        let both = Self.replacing(["activities", 0, "done_at"], with: "2026-11-22T09:00:00Z", in: cancelled)
        #expect {
            try ArchiveReader.read(Self.data(both))
        } throws: { error in
            guard case ArchiveProblem.badValue(let path, let reason) = error else { return false }
            return path == "activities[0].cancelled_at" && reason.contains("either done or cancelled")
        }
    }

    @Test("Each hostile value is refused with its JSON path and the rule's words", arguments: hostile)
    func hostileValue(_ hostile: Hostile) throws {
        let data = Self.data(Self.replacing(hostile.at, with: hostile.value, in: Self.document()))
        #expect(throws: ArchiveProblem.self) { try ArchiveReader.read(data) }
        do {
            _ = try ArchiveReader.read(data)
        } catch {
            guard case .badValue(let path, let reason) = error else {
                Issue.record("\(hostile.name): \(error)")
                return
            }
            #expect(path == hostile.path, "\(reason)")
            #expect(reason.contains(hostile.mentions), "\(path) \(reason)")
        }
    }

    @Test("A missing key is named by its path; a file that is not an archive is named as such")
    func shapes() throws {
        var deal = (Self.document()["deals"] as! [[String: Any]])[0]
        deal.removeValue(forKey: "title")
        let missing = Self.data(Self.replacing(["deals", 0], with: deal, in: Self.document()))
        #expect(throws: ArchiveProblem.badValue(path: "deals[0].title", reason: "is missing")) { try ArchiveReader.read(missing) }
        #expect(throws: ArchiveProblem.notAnObject) { try ArchiveReader.read(Data("[1]".utf8)) }
        #expect(throws: ArchiveProblem.noVersion) { try ArchiveReader.read(Data("{\"deals\": []}".utf8)) }
        #expect(throws: ArchiveProblem.newerFormat(9)) { try ArchiveReader.read(Data("{\"funnel_export\": 9}".utf8)) }
        #expect(throws: ArchiveProblem.unknownSection("forecasts")) {
            try ArchiveReader.read(Data("{\"funnel_export\": 2, \"pipelines\": [], \"deals\": [], \"forecasts\": []}".utf8))
        }
        #expect(throws: ArchiveProblem.notJSON(detail: "line 3: invalid value around character 38")) {
            try ArchiveReader.read(Data("{\"funnel_export\": 1,\n \"deals\": [1,2,\n x]}".utf8))
        }
    }

    @Test("The moments Funnel records span 1970 to 2199; a deal file's moments are held to them too")
    func recordedMoments() throws {
        #expect(throws: PipelineError.self) { try RecordedMoment.valid(Date(timeIntervalSince1970: -1), field: "created date") }
        #expect(throws: PipelineError.self) { try RecordedMoment.valid(RecordedMoment.latest.addingTimeInterval(1), field: "created date") }
        #expect(try RecordedMoment.valid(RecordedMoment.latest, field: "created date") == RecordedMoment.latest)
        let mapping = try ColumnMapping(header: ["title", "created_at"], source: .funnel, overrides: [], fileName: "f.csv")
        let reader = DealDraftReader(
            mapping: mapping, defaultCurrency: .usd, timeZone: TimeZone(identifier: "UTC")!, now: try Timestamp.parse("2026-11-29T09:00:00Z"))
        guard case .failure(let problems) = reader.read(.init(line: 2, fields: ["Old", "1969-12-31 23:00"])) else {
            Issue.record("a deal created in 1969 was read")
            return
        }
        #expect(problems.problems.map(\.reason) == ["invalid created date 1969-12-31T23:00:00Z: use a moment from 1970-01-01T00:00:00Z to 2199-12-31T23:59:59Z"])
    }
}
