import Foundation
import GRDB
import FunnelStore
import Pipeline

/// How a deal row maps to the domain's `Deal` and back.
extension Deal {
    /// Reads a deal from a `deal` row; a stored value the domain does not know is refused as damage
    /// (`StoreError.damagedDeal`), never replaced by a default.
    init(row: Row) throws {
        try self.init(columns: NamedColumns(row))
    }

    /// The deals a statement selects (`deal.*`), read straight from SQLite row by row.
    static func fetchAll(_ statement: Statement, arguments: StatementArguments) throws -> [Deal] {
        let indexes = NamedColumns.indexes(statement.columnNames)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var deals: [Deal] = []
        while let row = try rows.next() {
            deals.append(try Deal(columns: NamedColumns(row, indexes: indexes)))
        }
        return deals
    }

    private init(columns row: NamedColumns) throws {
        let id: Int64 = row["id"]
        /// A stored text as the domain value it names, or the damage it is.
        func known<Value>(_ column: String, _ read: (String) -> Value?) throws -> Value {
            let text: String? = row[column]
            guard let text, let value = read(text) else { throw StoreError.damagedDeal(id: id, column: column, value: text) }
            return value
        }
        /// A stored day (or due moment) when there is one, or the damage it is.
        func knownIfAny<Value>(_ column: String, _ read: (String) -> Value?) throws -> Value? {
            let text: String? = row[column]
            guard let text else { return nil }
            guard let value = read(text) else { throw StoreError.damagedDeal(id: id, column: column, value: text) }
            return value
        }
        let day = { (text: String) in try? CalendarDay.parse(text) }
        let currency = try known("currency", Currency.init(code:))
        self.init(
            id: id,
            title: row["title"],
            value: Money(minorUnits: row["value"], currency: currency),
            pipelineID: row["pipeline_id"],
            stageID: row["stage_id"],
            status: try known("status", DealStatus.init(rawValue:)),
            lostReason: row["lost_reason"],
            expectedClose: try knownIfAny("expected_close", day),
            owner: row["owner"],
            organization: row["organization"],
            person: ContactPerson(name: row["person"], jobTitle: row["job_title"], email: row["email"], phone: row["phone"]),
            source: (row["source"] as String?).map(LeadSource.init),
            temperature: try known("temperature", Temperature.init(rawValue:)),
            temperatureSetByHand: row["temperature_by_hand"],
            qualification: Qualification(
                budget: try known("budget", Qualification.Answer.init(rawValue:)),
                authority: try known("authority", Qualification.Answer.init(rawValue:)),
                need: try known("need", Qualification.Answer.init(rawValue:)),
                timing: try known("timing", Qualification.Answer.init(rawValue:))),
            priority: row["priority"],
            probabilityOverride: row["probability_override"],
            notes: row["notes"],
            createdAt: Timestamp.date(seconds: row["created_at"]),
            stageEnteredAt: Timestamp.date(seconds: row["stage_entered_at"]),
            updatedAt: Timestamp.date(seconds: row["updated_at"]),
            closedAt: (row["closed_at"] as Int64?).map(Timestamp.date(seconds:)),
            lanePosition: row["lane_position"],
            version: row["version"],
            lastActivityAt: (row["last_done_at"] as Int64?).map(Timestamp.date(seconds:)),
            lastContactAt: (row["last_contact_at"] as Int64?).map(Timestamp.date(seconds:)),
            nextActivityDue: try knownIfAny("next_due", ActivityDue.init(stored:)),
            snoozedUntil: try knownIfAny("snoozed_until", day),
            snoozeReason: row["snooze_reason"],
            revisitOn: try knownIfAny("revisit_on", day))
    }

    /// Deals read by a query that selects `deal.*`, through a cached statement and a cursor: the
    /// statement is prepared once per connection, and its column indexes are found once per query.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Deal] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    /// Column names and values for an insert or a full update (all but id, lane position and version).
    var columnValues: [(String, (any DatabaseValueConvertible)?)] {
        [
            ("title", title),
            ("value", value.minorUnits),
            ("currency", value.currency.code),
            ("pipeline_id", pipelineID),
            ("stage_id", stageID),
            ("status", status.rawValue),
            ("lost_reason", lostReason),
            ("expected_close", expectedClose?.description),
            ("owner", owner),
            ("organization", organization),
            ("person", person.name),
            ("job_title", person.jobTitle),
            ("email", person.email),
            ("phone", person.phone),
            ("source", source?.name),
            ("temperature", temperature.rawValue),
            ("temperature_by_hand", temperatureSetByHand),
            ("budget", qualification.budget.rawValue),
            ("authority", qualification.authority.rawValue),
            ("need", qualification.need.rawValue),
            ("timing", qualification.timing.rawValue),
            ("priority", priority),
            ("probability_override", probabilityOverride),
            ("notes", notes),
            ("created_at", Timestamp.seconds(createdAt)),
            ("stage_entered_at", Timestamp.seconds(stageEnteredAt)),
            ("updated_at", Timestamp.seconds(updatedAt)),
            ("closed_at", closedAt.map(Timestamp.seconds)),
        ]
    }
}

extension StageChange {
    /// Reads a history entry from a `stage_change` row joined with current stage names; a kind the domain
    /// does not know is refused as damage (`StoreError.damagedDeal`), never read as a move.
    init(row: Row) throws {
        let text: String = row["kind"]
        guard let kind = StageChange.Kind(rawValue: text) else {
            throw StoreError.damagedDeal(id: row["deal_id"], column: "history entry kind", value: text)
        }
        self.init(
            id: row["id"], dealID: row["deal_id"],
            fromStageID: row["from_stage_id"], toStageID: row["to_stage_id"] ?? 0,
            fromStageName: row["from_name"] ?? row["from_stage"], toStageName: row["to_name"] ?? row["to_stage"],
            kind: kind,
            at: Timestamp.date(seconds: row["at"]), undone: row["undone"], by: row["author"])
    }
}
