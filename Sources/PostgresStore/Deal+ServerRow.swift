import Foundation
import FunnelStore
import Pipeline
import PostgresNIO

extension Deal {
    /// Reads a deal from a `deal` row (`SELECT deal.*`); a stored value the domain does not know is refused as
    /// damage (`StoreError.damagedDeal`), never replaced by a default.
    init(serverRow row: ServerRow) throws {
        let id: Int64 = try row["id"]
        func known<Value>(_ column: String, _ read: (String) -> Value?) throws -> Value {
            let text: String? = try row[column]
            guard let text, let value = read(text) else { throw StoreError.damagedDeal(id: id, column: column, value: text) }
            return value
        }
        func knownIfAny<Value>(_ column: String, _ read: (String) -> Value?) throws -> Value? {
            let text: String? = try row[column]
            guard let text else { return nil }
            guard let value = read(text) else { throw StoreError.damagedDeal(id: id, column: column, value: text) }
            return value
        }
        func moment(_ column: String) throws -> Date? {
            (try row[column, as: Int64?.self]).map(Timestamp.date(seconds:))
        }
        let day = { (text: String) in try? CalendarDay.parse(text) }
        let currency = try known("currency", Currency.init(code:))
        self.init(
            id: id,
            title: try row["title"],
            value: Money(minorUnits: try row["value"], currency: currency),
            pipelineID: try row["pipeline_id"],
            stageID: try row["stage_id"],
            status: try known("status", DealStatus.init(rawValue:)),
            lostReason: try row["lost_reason"],
            expectedClose: try knownIfAny("expected_close", day),
            owner: try row["owner"],
            organization: try row["organization"],
            person: ContactPerson(
                name: try row["person"], jobTitle: try row["job_title"], email: try row["email"], phone: try row["phone"]),
            source: (try row["source", as: String?.self]).map(LeadSource.init),
            temperature: try known("temperature", Temperature.init(rawValue:)),
            temperatureSetByHand: try row["temperature_by_hand"],
            qualification: Qualification(
                budget: try known("budget", Qualification.Answer.init(rawValue:)),
                authority: try known("authority", Qualification.Answer.init(rawValue:)),
                need: try known("need", Qualification.Answer.init(rawValue:)),
                timing: try known("timing", Qualification.Answer.init(rawValue:))),
            priority: try row["priority"],
            probabilityOverride: try row["probability_override"],
            notes: try row["notes"],
            createdAt: Timestamp.date(seconds: try row["created_at"]),
            stageEnteredAt: Timestamp.date(seconds: try row["stage_entered_at"]),
            updatedAt: Timestamp.date(seconds: try row["updated_at"]),
            closedAt: try moment("closed_at"),
            lanePosition: try row["lane_position"],
            version: try row["version"],
            lastActivityAt: try moment("last_done_at"),
            lastContactAt: try moment("last_contact_at"),
            nextActivityDue: try knownIfAny("next_due", ActivityDue.init(stored:)),
            snoozedUntil: try knownIfAny("snoozed_until", day),
            snoozeReason: try row["snooze_reason"],
            revisitOn: try knownIfAny("revisit_on", day))
    }

    /// The values of an insert or a full update, in the order of `Deal.serverColumns` (all but id, lane
    /// position, version and the activity-derived columns).
    func appendServerValues(to bindings: inout PostgresBindings) {
        bindings.append(title)
        bindings.append(value.minorUnits)
        bindings.append(value.currency.code)
        bindings.append(pipelineID)
        bindings.append(stageID)
        bindings.append(status.rawValue)
        bindings.append(lostReason)
        bindings.append(expectedClose?.description)
        bindings.append(owner)
        bindings.append(organization)
        bindings.append(person.name)
        bindings.append(person.jobTitle)
        bindings.append(person.email)
        bindings.append(person.phone)
        bindings.append(source?.name)
        bindings.append(temperature.rawValue)
        bindings.append(temperatureSetByHand)
        bindings.append(qualification.budget.rawValue)
        bindings.append(qualification.authority.rawValue)
        bindings.append(qualification.need.rawValue)
        bindings.append(qualification.timing.rawValue)
        bindings.append(priority)
        bindings.append(probabilityOverride)
        bindings.append(notes)
        bindings.append(Timestamp.seconds(createdAt))
        bindings.append(Timestamp.seconds(stageEnteredAt))
        bindings.append(Timestamp.seconds(updatedAt))
        bindings.append(closedAt.map(Timestamp.seconds))
    }

    /// The columns `appendServerValues` fills, in its order.
    static let serverColumns = [
        "title", "value", "currency", "pipeline_id", "stage_id", "status", "lost_reason", "expected_close", "owner",
        "organization", "person", "job_title", "email", "phone", "source", "temperature", "temperature_by_hand",
        "budget", "authority", "need", "timing", "priority", "probability_override", "notes", "created_at",
        "stage_entered_at", "updated_at", "closed_at",
    ]
}

extension StageChange {
    /// Reads a history entry from a `stage_change` row, with the current stage names as `from_name` and
    /// `to_name` when joined; a kind the domain does not know is refused as damage.
    init(serverRow row: ServerRow) throws {
        let text: String = try row["kind"]
        guard let kind = StageChange.Kind(rawValue: text) else {
            throw StoreError.damagedDeal(id: try row["deal_id"], column: "history entry kind", value: text)
        }
        let fromName: String? = (try? row["from_name", as: String?.self]) ?? nil
        let toName: String? = (try? row["to_name", as: String?.self]) ?? nil
        self.init(
            id: try row["id"], dealID: try row["deal_id"],
            fromStageID: try row["from_stage_id"], toStageID: try row["to_stage_id", as: Int64?.self] ?? 0,
            fromStageName: try fromName ?? row["from_stage"], toStageName: try toName ?? row["to_stage"],
            kind: kind,
            at: Timestamp.date(seconds: try row["at"]), undone: try row["undone"],
            by: (try? row["author", as: String?.self]) ?? nil)
    }
}

extension Activity {
    /// Reads an activity from an `activity` row.
    init(serverRow row: ServerRow) throws {
        self.init(
            id: try row["id"], dealID: try row["deal_id"],
            kind: Activity.Kind(rawValue: try row["kind"]) ?? .task,
            subject: try row["subject"],
            due: (try row["due", as: String?.self]).flatMap(ActivityDue.init(stored:)),
            doneAt: (try row["done_at", as: Int64?.self]).map(Timestamp.date(seconds:)),
            note: try row["note"], owner: try row["owner"],
            createdAt: Timestamp.date(seconds: try row["created_at"]),
            cancelledAt: (try row["cancelled_at", as: Int64?.self]).map(Timestamp.date(seconds:)),
            by: (try? row["author", as: String?.self]) ?? nil)
    }
}

extension Stage {
    /// Reads a stage from a `stage` row.
    init(serverRow row: ServerRow) throws {
        self.init(
            id: try row["id"], pipelineID: try row["pipeline_id"], name: try row["name"], position: try row["position"],
            probability: try row["probability"], stallDays: try row["stall_days"])
    }
}
