import Foundation
import Pipeline
import PipelineStore

/// The JSON shape of `funnel export --format json`: one object with a format version and named
/// sections (`pipelines`, `deals`, `stage_history`, `activities`, `review_progress`, `settings`),
/// so later features add sections of their own. `funnel import` restores it exactly; a section it
/// does not know is refused, never dropped. Format 1 files (no follow-up data) still import.
enum ArchiveJSON {
    /// The version of the format written; a file with a higher one is refused.
    /// 2 added activities, review progress, settings and the deals' snooze, parking and revisit day.
    static let formatVersion = 2
    static let sections: Set<String> = [
        "funnel_export", "exported_at", "pipelines", "deals", "stage_history", "activities", "review_progress", "settings",
    ]
    /// The settings a file may carry, as `funnel settings` stores them.
    static let settingKeys = ["park_after_days"]

    // MARK: - Writing

    static func encode(_ archive: PipelineArchive, exportedAt: Date) -> JSONValue {
        let byID = Dictionary(uniqueKeysWithValues: archive.pipelines.map { ($0.id, $0) })
        let links = Dictionary(uniqueKeysWithValues: archive.importLinks.map { ($0.dealID, $0) })
        return .object([
            ("funnel_export", .int(formatVersion)),
            ("exported_at", .string(Timestamp.string(exportedAt))),
            ("pipelines", .array(archive.pipelines.map(pipeline))),
            ("deals", .array(archive.deals.map { deal in
                var object = DealJSON.deal(deal, pipeline: byID[deal.pipelineID] ?? Pipeline(id: deal.pipelineID, name: "", stages: []))
                object.append(("pipeline_id", .int(deal.pipelineID)))
                object.append(("stage_id", .int(deal.stageID)))
                object.append(("lane_position", .double(deal.lanePosition)))
                object.append(("snoozed_until", .string(deal.snoozedUntil?.description)))
                object.append(("snooze_reason", .string(deal.snoozeReason)))
                object.append(("parked", .bool(byID[deal.pipelineID]?.kind == .revisit)))
                object.append(("revisit_on", .string(deal.revisitOn?.description)))
                object.append(("import", links[deal.id].map { link in
                    .object([("source", .string(link.source)), ("external_id", .string(link.externalID))])
                } ?? .null))
                return .object(object)
            })),
            ("stage_history", .array(archive.history.map { change in
                .object([
                    ("id", .int(change.id)),
                    ("deal_id", .int(change.dealID)),
                    ("from_stage_id", change.fromStageID.map { .int($0) } ?? .null),
                    ("to_stage_id", change.toStageID == 0 ? .null : .int(change.toStageID)),
                    ("from", .string(change.fromStageName)),
                    ("to", .string(change.toStageName)),
                    ("kind", .string(change.kind.rawValue)),
                    ("at", .string(Timestamp.string(change.at))),
                    ("undone", .bool(change.undone)),
                ])
            })),
            ("activities", .array(archive.activities.map { activity in
                .object([
                    ("id", .int(activity.id)),
                    ("deal_id", .int(activity.dealID)),
                    ("kind", .string(activity.kind.rawValue)),
                    ("subject", .string(activity.subject)),
                    ("due", .string(activity.due?.description)),
                    ("done_at", .string(activity.doneAt.map(Timestamp.string))),
                    ("note", .string(activity.note)),
                    ("owner", .string(activity.owner)),
                    ("created_at", .string(Timestamp.string(activity.createdAt))),
                    ("cancelled_at", .string(activity.cancelledAt.map(Timestamp.string))),
                ])
            })),
            ("review_progress", .array(archive.reviewProgress.map { entry in
                .object([
                    ("day", .string(entry.day.description)),
                    ("deal_id", .int(entry.dealID)),
                    ("reason", .string(entry.reason.rawValue)),
                    ("decision", .string(entry.decision.rawValue)),
                    ("deal_version", .int(entry.dealVersion)),
                    ("at", .string(Timestamp.string(entry.at))),
                ])
            })),
            ("settings", .object(archive.settings.map { ($0.key, .string($0.value)) })),
        ])
    }

    static func pipeline(_ pipeline: Pipeline) -> JSONValue {
        .object([
            ("id", .int(pipeline.id)),
            ("name", .string(pipeline.name)),
            ("kind", .string(pipeline.kind.rawValue)),
            ("stages", .array(pipeline.stages.map { stage in
                .object([
                    ("id", .int(stage.id)),
                    ("name", .string(stage.name)),
                    ("position", .int(stage.position)),
                    ("probability", .int(stage.probability)),
                    ("stall_days", .int(stage.stallDays)),
                ])
            })),
        ])
    }

    // MARK: - Reading

    /// Where and why JSON failed to parse: `line 3: invalid value around character 41`.
    static func jsonProblem(_ error: any Error, in data: Data) -> String {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
        var why = detail.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        why = why.prefix(1).lowercased() + why.dropFirst()
        let digits = detail.split(whereSeparator: { !$0.isNumber }).last.flatMap { Int($0) }
        guard detail.contains("character"), let offset = digits, offset <= data.count else { return why }
        let line = 1 + data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return "line \(line): \(why)"
    }

    /// Reads an export, checking every value with the domain's rules.
    static func decode(_ data: Data, name: String) throws -> PipelineArchive {
        let top: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw CommandFailure.usage("'\(name)' is not a Funnel JSON export: it is not a JSON object")
            }
            top = object
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure.usage("'\(name)' is not valid JSON: \(jsonProblem(error, in: data))")
        }
        guard let version = (top["funnel_export"] as? NSNumber)?.intValue else {
            throw CommandFailure.usage("'\(name)' is not a Funnel JSON export (no \"funnel_export\" version): import CSV files with --format csv")
        }
        guard version <= formatVersion else {
            throw CommandFailure.usage("'\(name)' was exported by a newer Funnel (format \(version), this one reads \(formatVersion)): upgrade Funnel to import it")
        }
        if let unknown = top.keys.filter({ !sections.contains($0) }).sorted().first {
            throw CommandFailure.usage("'\(name)' has a section '\(unknown)' this Funnel does not know: upgrade Funnel to import it; nothing was written")
        }
        let reader = Reader(name: name)
        let pipelines = try reader.array(top["pipelines"], "pipelines").enumerated().map { try reader.pipeline($1, "pipelines[\($0)]") }
        var deals: [Deal] = []
        var links: [PipelineArchive.ImportLink] = []
        for (index, item) in try reader.array(top["deals"], "deals").enumerated() {
            let (deal, link) = try reader.deal(item, "deals[\(index)]")
            deals.append(deal)
            if let link { links.append(link) }
        }
        let history = try reader.array(top["stage_history"] ?? [Any](), "stage_history").enumerated().map { try reader.change($1, "stage_history[\($0)]") }
        let dealIDs = Set(deals.map(\.id))
        let pipelineKinds = Dictionary(pipelines.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        for (index, item) in try reader.array(top["deals"], "deals").enumerated() {
            guard let object = item as? [String: Any], let parked = object["parked"] as? Bool else { continue }
            let deal = deals[index]
            guard parked == (pipelineKinds[deal.pipelineID] == .revisit) else {
                throw reader.fail("deals[\(index)].parked", "is \(parked) but pipeline \(deal.pipelineID) is \(parked ? "not " : "")the Revisit pipeline")
            }
        }
        for (index, change) in history.enumerated() where !dealIDs.contains(change.dealID) {
            throw reader.fail("stage_history[\(index)].deal_id", "is \(change.dealID), a deal that is not in the file")
        }
        let activities = try reader.array(top["activities"] ?? [Any](), "activities").enumerated().map { index, item in
            try reader.activity(item, "activities[\(index)]", dealIDs: dealIDs)
        }
        let progress = try reader.array(top["review_progress"] ?? [Any](), "review_progress").enumerated().map { index, item in
            try reader.reviewEntry(item, "review_progress[\(index)]", dealIDs: dealIDs)
        }
        let settings = try reader.settings(top["settings"] ?? [String: Any]())
        return PipelineArchive(
            pipelines: pipelines, deals: deals, history: history, importLinks: links,
            activities: activities, reviewProgress: progress, settings: settings)
    }

    /// Reads typed values out of parsed JSON, naming the path of a bad one.
    struct Reader {
        var name: String

        func fail(_ path: String, _ why: String) -> CommandFailure {
            CommandFailure.usage("'\(name)': \(path) \(why); nothing was written")
        }
        func object(_ value: Any?, _ path: String) throws -> [String: Any] {
            guard let object = value as? [String: Any] else { throw fail(path, "must be an object") }
            return object
        }
        func array(_ value: Any?, _ path: String) throws -> [Any] {
            guard let array = value as? [Any] else { throw fail(path, "must be a list") }
            return array
        }
        func int(_ object: [String: Any], _ key: String, _ path: String) throws -> Int64 {
            guard let number = object[key] as? NSNumber, Double(number.int64Value) == number.doubleValue else {
                throw fail("\(path).\(key)", "must be a whole number")
            }
            return number.int64Value
        }
        func optionalInt(_ object: [String: Any], _ key: String, _ path: String) throws -> Int64? {
            if object[key] == nil || object[key] is NSNull { return nil }
            return try int(object, key, path)
        }
        func string(_ object: [String: Any], _ key: String, _ path: String) throws -> String {
            guard let text = object[key] as? String else { throw fail("\(path).\(key)", "must be a text") }
            return text
        }
        func optionalString(_ object: [String: Any], _ key: String, _ path: String) throws -> String? {
            if object[key] == nil || object[key] is NSNull { return nil }
            return try string(object, key, path)
        }
        func bool(_ object: [String: Any], _ key: String, _ path: String) throws -> Bool {
            guard let flag = object[key] as? Bool else { throw fail("\(path).\(key)", "must be true or false") }
            return flag
        }
        func moment(_ object: [String: Any], _ key: String, _ path: String) throws -> Date {
            try checked("\(path).\(key)") { () throws(PipelineError) in try Timestamp.parse(try self.stringTyped(object, key, path), field: key) }
        }
        func stringTyped(_ object: [String: Any], _ key: String, _ path: String) throws(PipelineError) -> String {
            guard let text = object[key] as? String else { throw .invalidValue("must be a text") }
            return text
        }
        func checked<T>(_ path: String, _ parse: () throws(PipelineError) -> T) throws -> T {
            do {
                return try parse()
            } catch {
                throw fail(path, "is wrong: \(error.description)")
            }
        }

        func pipeline(_ value: Any, _ path: String) throws -> Pipeline {
            let object = try self.object(value, path)
            let id = try int(object, "id", path)
            let kind = try string(object, "kind", path)
            guard let pipelineKind = Pipeline.Kind(rawValue: kind) else { throw fail("\(path).kind", "must be sales or revisit") }
            let stages = try array(object["stages"], "\(path).stages").enumerated().map { index, item in
                let stagePath = "\(path).stages[\(index)]"
                let stage = try self.object(item, stagePath)
                return Stage(
                    id: try int(stage, "id", stagePath), pipelineID: id, name: try string(stage, "name", stagePath),
                    position: Int(try int(stage, "position", stagePath)), probability: Int(try int(stage, "probability", stagePath)),
                    stallDays: Int(try int(stage, "stall_days", stagePath)))
            }
            return Pipeline(id: id, name: try string(object, "name", path), kind: pipelineKind, stages: stages)
        }

        func deal(_ value: Any, _ path: String) throws -> (Deal, PipelineArchive.ImportLink?) {
            let object = try self.object(value, path)
            let currency = try checked("\(path).currency") { () throws(PipelineError) in try Currency.parse(try stringTyped(object, "currency", path)) }
            let money = try checked("\(path).value") { () throws(PipelineError) in try Money.parse(try stringTyped(object, "value", path), currency: currency) }
            let status = try checked("\(path).status") { () throws(PipelineError) in try DealStatus.parse(try stringTyped(object, "status", path)) }
            let temperature = try checked("\(path).temperature") { () throws(PipelineError) in try Temperature.parse(try stringTyped(object, "temperature", path)) }
            let qualification = try self.object(object["qualification"], "\(path).qualification")
            func answer(_ key: String) throws -> Qualification.Answer {
                try checked("\(path).qualification.\(key)") { () throws(PipelineError) in
                    try Qualification.Answer.parse(try stringTyped(qualification, key, path), question: key)
                }
            }
            let expected = try optionalString(object, "expected_close", path)
            var deal = Deal(
                id: try int(object, "id", path), title: try string(object, "title", path), value: money,
                pipelineID: try int(object, "pipeline_id", path), stageID: try int(object, "stage_id", path),
                status: status, lostReason: try optionalString(object, "lost_reason", path),
                expectedClose: try expected.map { text in try checked("\(path).expected_close") { () throws(PipelineError) in try CalendarDay.parse(text) } },
                owner: try optionalString(object, "owner", path), organization: try optionalString(object, "organization", path),
                person: ContactPerson(
                    name: try optionalString(object, "person", path), jobTitle: try optionalString(object, "job_title", path),
                    email: try optionalString(object, "email", path), phone: try optionalString(object, "phone", path)),
                source: try optionalString(object, "source", path).map(LeadSource.init),
                temperature: temperature, temperatureSetByHand: try bool(object, "temperature_set_by_hand", path),
                qualification: Qualification(
                    budget: try answer("budget"), authority: try answer("authority"), need: try answer("need"), timing: try answer("timing")),
                priority: Int(try int(object, "priority", path)),
                probabilityOverride: try optionalInt(object, "probability", path).map { Int($0) },
                notes: try optionalString(object, "notes", path),
                createdAt: try moment(object, "created_at", path))
            deal.stageEnteredAt = try moment(object, "stage_entered_at", path)
            deal.updatedAt = try moment(object, "updated_at", path)
            if object["closed_at"] != nil && !(object["closed_at"] is NSNull) { deal.closedAt = try moment(object, "closed_at", path) }
            guard let lane = object["lane_position"] as? NSNumber else { throw fail("\(path).lane_position", "must be a number") }
            deal.lanePosition = lane.doubleValue
            deal.version = Int(try int(object, "version", path))
            deal.snoozedUntil = try day(object, "snoozed_until", path)
            deal.snoozeReason = try optionalString(object, "snooze_reason", path)
            deal.revisitOn = try day(object, "revisit_on", path)
            var link: PipelineArchive.ImportLink?
            if let imported = object["import"], !(imported is NSNull) {
                let linkObject = try self.object(imported, "\(path).import")
                link = PipelineArchive.ImportLink(
                    dealID: deal.id, source: try string(linkObject, "source", "\(path).import"),
                    externalID: try string(linkObject, "external_id", "\(path).import"))
            }
            return (deal, link)
        }

        /// An optional `YYYY-MM-DD` day.
        func day(_ object: [String: Any], _ key: String, _ path: String) throws -> CalendarDay? {
            guard let text = try optionalString(object, key, path) else { return nil }
            return try checked("\(path).\(key)") { () throws(PipelineError) in try CalendarDay.parse(text) }
        }

        func activity(_ value: Any, _ path: String, dealIDs: Set<Int64>) throws -> Activity {
            let object = try self.object(value, path)
            let dealID = try int(object, "deal_id", path)
            guard dealIDs.contains(dealID) else { throw fail("\(path).deal_id", "is \(dealID), a deal that is not in the file") }
            let kind = try checked("\(path).kind") { () throws(PipelineError) in try Activity.Kind.parse(try stringTyped(object, "kind", path)) }
            let subject = try checked("\(path).subject") { () throws(PipelineError) in
                try Activity.validSubject(try stringTyped(object, "subject", path), kind: kind)
            }
            var due: ActivityDue?
            if let text = try optionalString(object, "due", path) {
                guard let parsed = ActivityDue(stored: text) else { throw fail("\(path).due", "must be YYYY-MM-DD or YYYY-MM-DDTHH:MM") }
                due = parsed
            }
            var doneAt: Date?
            if try optionalString(object, "done_at", path) != nil { doneAt = try moment(object, "done_at", path) }
            guard due != nil || doneAt != nil else { throw fail(path, "has neither a due date nor a done_at time") }
            var cancelledAt: Date?
            if try optionalString(object, "cancelled_at", path) != nil { cancelledAt = try moment(object, "cancelled_at", path) }
            guard cancelledAt == nil || doneAt == nil else { throw fail(path, "is both done and cancelled") }
            return Activity(
                id: try int(object, "id", path), dealID: dealID, kind: kind, subject: subject, due: due, doneAt: doneAt,
                note: try optionalString(object, "note", path), owner: try optionalString(object, "owner", path),
                createdAt: try moment(object, "created_at", path), cancelledAt: cancelledAt)
        }

        func reviewEntry(_ value: Any, _ path: String, dealIDs: Set<Int64>) throws -> PipelineArchive.ReviewEntry {
            let object = try self.object(value, path)
            let dealID = try int(object, "deal_id", path)
            guard dealIDs.contains(dealID) else { throw fail("\(path).deal_id", "is \(dealID), a deal that is not in the file") }
            guard let reason = ReviewReason(rawValue: try string(object, "reason", path)) else {
                throw fail("\(path).reason", "must be one of \(ReviewReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let decision = ReviewDecision(rawValue: try string(object, "decision", path)) else {
                throw fail("\(path).decision", "must be one of \(ReviewDecision.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let day = try day(object, "day", path) else { throw fail("\(path).day", "must be a day YYYY-MM-DD") }
            return PipelineArchive.ReviewEntry(
                day: day, dealID: dealID, reason: reason, decision: decision,
                dealVersion: Int(try int(object, "deal_version", path)), at: try moment(object, "at", path))
        }

        /// The settings object; only the settings Funnel knows, each checked as `funnel settings` checks it.
        func settings(_ value: Any) throws -> [(key: String, value: String)] {
            let object = try self.object(value, "settings")
            var settings: [(key: String, value: String)] = []
            for key in object.keys.sorted() {
                guard ArchiveJSON.settingKeys.contains(key) else {
                    throw fail("settings.\(key)", "is a setting this Funnel does not know (it knows \(ArchiveJSON.settingKeys.joined(separator: ", ")))")
                }
                let text = try string(object, key, "settings")
                let days = try checked("settings.\(key)") { () throws(PipelineError) in try SalesCycle.validParkAfterDays(text) }
                settings.append((key: key, value: String(days)))
            }
            return settings
        }

        func change(_ value: Any, _ path: String) throws -> StageChange {
            let object = try self.object(value, path)
            guard let kind = StageChange.Kind(rawValue: try string(object, "kind", path)) else {
                throw fail("\(path).kind", "must be one of \(StageChange.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return StageChange(
                id: try int(object, "id", path), dealID: try int(object, "deal_id", path),
                fromStageID: try optionalInt(object, "from_stage_id", path), toStageID: try optionalInt(object, "to_stage_id", path) ?? 0,
                fromStageName: try optionalString(object, "from", path), toStageName: try string(object, "to", path),
                kind: kind, at: try moment(object, "at", path), undone: try bool(object, "undone", path))
        }
    }
}
