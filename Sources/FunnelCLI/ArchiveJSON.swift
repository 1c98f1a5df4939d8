import Foundation
import Pipeline
import PipelineStore

/// The JSON shape of `funnel export --format json`: one object with a format version and named
/// sections (`pipelines`, `deals`, `stage_history`), so later features add sections of their own.
/// `funnel import` restores it exactly; a section it does not know is refused, never dropped.
enum ArchiveJSON {
    /// The version of the format written; a file with a higher one is refused.
    static let formatVersion = 1
    static let sections: Set<String> = ["funnel_export", "exported_at", "pipelines", "deals", "stage_history"]

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
        var reader = Reader(name: name)
        let pipelines = try reader.array(top["pipelines"], "pipelines").enumerated().map { try reader.pipeline($1, "pipelines[\($0)]") }
        var deals: [Deal] = []
        var links: [PipelineArchive.ImportLink] = []
        for (index, item) in try reader.array(top["deals"], "deals").enumerated() {
            let (deal, link) = try reader.deal(item, "deals[\(index)]")
            deals.append(deal)
            if let link { links.append(link) }
        }
        let history = try reader.array(top["stage_history"] ?? [Any](), "stage_history").enumerated().map { try reader.change($1, "stage_history[\($0)]") }
        return PipelineArchive(pipelines: pipelines, deals: deals, history: history, importLinks: links)
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
            var link: PipelineArchive.ImportLink?
            if let imported = object["import"], !(imported is NSNull) {
                let linkObject = try self.object(imported, "\(path).import")
                link = PipelineArchive.ImportLink(
                    dealID: deal.id, source: try string(linkObject, "source", "\(path).import"),
                    externalID: try string(linkObject, "external_id", "\(path).import"))
            }
            return (deal, link)
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
