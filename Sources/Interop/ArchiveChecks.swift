import Foundation
import Pipeline
import Wording

/// Turns a decoded archive into domain values, value by value, with the domain's rules (the ones the
/// CLI and deal files use) and the database's needs: ids from 1, each once, referring to what the
/// file holds. The first broken rule stops the reading, named by its JSON path.
struct ArchiveChecks {
    // MARK: - Sections

    func archive(_ document: ArchiveDocument) throws(ArchiveProblem) -> PipelineArchive {
        let pipelines = try self.pipelines(document.pipelines)
        var deals: [Deal] = []
        var links: [PipelineArchive.ImportLink] = []
        var dealIDs = Set<Int64>()
        var externalIDs = Set<[String]>()
        deals.reserveCapacity(document.deals.count)
        for (index, item) in document.deals.enumerated() {
            let path = "deals[\(index)]"
            let (deal, link) = try self.deal(item, path, pipelines: pipelines)
            guard dealIDs.insert(deal.id).inserted else { throw fail("\(path).id", .archiveIDOfAnotherDeal(id: deal.id)) }
            if let link {
                guard externalIDs.insert([link.source, link.externalID]).inserted else {
                    throw fail("\(path).import", .archiveRepeatsImportLink)
                }
                links.append(link)
            }
            deals.append(deal)
        }
        let stageIDs = Set(pipelines.flatMap { $0.stages.map(\.id) })
        var history: [StageChange] = []
        var historyIDs = Set<Int64>()
        history.reserveCapacity(document.stageHistory.count)
        for (index, item) in document.stageHistory.enumerated() {
            let path = "stage_history[\(index)]"
            let change = try self.change(item, path, dealIDs: dealIDs, stageIDs: stageIDs)
            guard historyIDs.insert(change.id).inserted else { throw fail("\(path).id", .archiveIDOfAnotherHistoryEntry(id: change.id)) }
            history.append(change)
        }
        var activities: [Activity] = []
        var activityIDs = Set<Int64>()
        for (index, item) in document.activities.enumerated() {
            let path = "activities[\(index)]"
            let activity = try self.activity(item, path, dealIDs: dealIDs)
            guard activityIDs.insert(activity.id).inserted else { throw fail("\(path).id", .archiveIDOfAnotherActivity(id: activity.id)) }
            activities.append(activity)
        }
        var progress: [PipelineArchive.ReviewEntry] = []
        var reviewed = Set<[Int64]>()
        for (index, item) in document.reviewProgress.enumerated() {
            let path = "review_progress[\(index)]"
            let entry = try reviewEntry(item, path, dealIDs: dealIDs)
            guard reviewed.insert([Int64(entry.day.daysSinceEpoch), entry.dealID]).inserted else {
                throw fail(path, .archiveRepeatsDecision(deal: entry.dealID, day: "\(entry.day)"))
            }
            progress.append(entry)
        }
        return PipelineArchive(
            pipelines: pipelines, deals: deals, history: history, importLinks: links,
            activities: activities, reviewProgress: progress, settings: try settings(document.settings))
    }

    func pipelines(_ items: [ArchivePipeline]) throws(ArchiveProblem) -> [Pipeline] {
        var pipelines: [Pipeline] = []
        var stageIDs = Set<Int64>()
        for (index, item) in items.enumerated() {
            let path = "pipelines[\(index)]"
            let id = try self.id(item.id, "\(path).id")
            guard !pipelines.contains(where: { $0.id == id }) else { throw fail("\(path).id", .archiveIDOfAnotherPipeline(id: id)) }
            let name = try rule("\(path).name", item.name) { text throws(PipelineError) in try Stage.validName(text, what: "pipeline") }
            if let other = pipelines.first(where: { $0.name.matchesIgnoringCase(name) }) {
                throw fail("\(path).name", .archivePipelineNameTaken(name: name, other: other.id))
            }
            guard let kind = Pipeline.Kind(rawValue: try text(item.kind, "\(path).kind")) else {
                throw fail("\(path).kind", .archivePipelineKindInvalid)
            }
            if kind == .revisit, let other = pipelines.first(where: { $0.kind == .revisit }) {
                throw fail("\(path).kind", .archiveSecondRevisit(other: other.id))
            }
            for (stageIndex, stage) in item.stages.enumerated() {
                _ = try rule("\(path).stages[\(stageIndex)].name", stage.name) { text throws(PipelineError) in try Stage.validName(text) }
            }
            do {
                _ = try Pipeline.checkStageNames(item.stages.map(\.name))
            } catch {
                throw fail("\(path).stages", .archiveIsWrong(reason: error.description))
            }
            var stages: [Stage] = []
            for (stageIndex, stage) in item.stages.enumerated() {
                let stagePath = "\(path).stages[\(stageIndex)]"
                let stageID = try self.id(stage.id, "\(stagePath).id")
                guard stageIDs.insert(stageID).inserted else { throw fail("\(stagePath).id", .archiveIDOfAnotherStage(id: stageID)) }
                guard stage.position.value == Int64(stageIndex) else {
                    throw fail("\(stagePath).position", .archiveStagePosition(position: stage.position.value, index: stageIndex))
                }
                stages.append(Stage(
                    id: stageID, pipelineID: id,
                    name: try rule("\(stagePath).name", stage.name) { text throws(PipelineError) in try Stage.validName(text) },
                    position: stageIndex,
                    probability: try rule("\(stagePath).probability", stage.probability) { number throws(PipelineError) in
                        try Stage.validProbability(try small(number, "probability"))
                    },
                    stallDays: try rule("\(stagePath).stall_days", stage.stallDays) { number throws(PipelineError) in
                        try Stage.validStallDays(try small(number, "stall days"))
                    }))
            }
            pipelines.append(Pipeline(id: id, name: name, kind: kind, stages: stages))
        }
        return pipelines
    }

    func deal(_ item: ArchiveDeal, _ path: String, pipelines: [Pipeline]) throws(ArchiveProblem) -> (Deal, PipelineArchive.ImportLink?) {
        let id = try self.id(item.id, "\(path).id")
        let title = try rule("\(path).title", item.title) { text throws(PipelineError) in try Deal.validTitle(text) }
        let status = try rule("\(path).status", item.status) { text throws(PipelineError) in try DealStatus.parse(text) }
        let currency = try rule("\(path).currency", item.currency) { text throws(PipelineError) in try Currency.parse(text) }
        let value = try rule("\(path).value", item.value) { text throws(PipelineError) in try Money.parse(text, currency: currency, decimalSeparator: .point) }
        var deal = Deal(title: title, value: value, pipelineID: 0, stageID: 0, status: status, createdAt: RecordedMoment.earliest)
        deal.id = id
        deal.organization = try field(.organization, item.organization, "\(path).organization")
        deal.person.name = try field(.person, item.person, "\(path).person")
        deal.person.jobTitle = try field(.jobTitle, item.jobTitle, "\(path).job_title")
        deal.person.email = try item.email.map { email throws(ArchiveProblem) in
            try rule("\(path).email", email) { text throws(PipelineError) in try Deal.validEmail(text) }
        } ?? nil
        deal.person.phone = try item.phone.map { phone throws(ArchiveProblem) in
            try rule("\(path).phone", phone) { text throws(PipelineError) in try ContactPerson.validPhone(text) }
        } ?? nil
        deal.source = try field(.source, item.source, "\(path).source").map(LeadSource.init)
        deal.owner = try field(.owner, item.owner, "\(path).owner")
        deal.temperature = try rule("\(path).temperature", item.temperature) { text throws(PipelineError) in try Temperature.parse(text) }
        deal.temperatureSetByHand = item.temperatureSetByHand
        let answers = item.qualification
        func answer(_ text: String, _ question: String) throws(ArchiveProblem) -> Qualification.Answer {
            try rule("\(path).qualification.\(question)", text) { text throws(PipelineError) in try Qualification.Answer.parse(text, question: question) }
        }
        deal.qualification = Qualification(
            budget: try answer(answers.budget, "budget"), authority: try answer(answers.authority, "authority"),
            need: try answer(answers.need, "need"), timing: try answer(answers.timing, "timing"))
        deal.priority = try rule("\(path).priority", item.priority) { number throws(PipelineError) in
            try Deal.validPriority(try small(number, "priority"))
        }
        if let probability = item.probability {
            deal.probabilityOverride = try rule("\(path).probability", probability) { number throws(PipelineError) in
                try Stage.validProbability(try small(number, "probability"))
            }
        }
        deal.expectedClose = try day(item.expectedClose, "\(path).expected_close", field: "expected close date")
        deal.notes = try field(.notes, item.notes, "\(path).notes")
        deal.createdAt = try moment(item.createdAt, "\(path).created_at", field: "created date")
        deal.stageEnteredAt = try moment(item.stageEnteredAt, "\(path).stage_entered_at", field: "stage change date")
        deal.updatedAt = try moment(item.updatedAt, "\(path).updated_at", field: "updated date")
        deal.closedAt = try item.closedAt.map { text throws(ArchiveProblem) in try moment(text, "\(path).closed_at", field: "closed date") }
        guard (deal.closedAt == nil) == (status == .open) else {
            throw fail("\(path).closed_at", status == .open ? .archiveClosedAtOnOpen : .archiveClosedAtMissing(status: status.rawValue))
        }
        deal.lostReason = try field(.lostReason, item.lostReason, "\(path).lost_reason")
        guard deal.lostReason == nil || status == .lost else { throw fail("\(path).lost_reason", .archiveLostReasonNotLost(status: status.rawValue)) }
        deal.version = try rule("\(path).version", item.version) { number throws(PipelineError) in
            let version = try small(number, "version")
            guard version >= 1 else { throw .invalidValue(ErrorText.archiveVersionInvalid(value: version).string) }
            return version
        }
        let pipelineID = item.pipelineID.value
        guard let pipeline = pipelines.first(where: { $0.id == pipelineID }) else {
            throw fail("\(path).pipeline_id", .archiveUnknownPipelineID(id: pipelineID))
        }
        guard pipeline.stage(id: item.stageID.value) != nil else {
            throw fail("\(path).stage_id", .archiveStageNotInPipeline(stage: item.stageID.value, pipeline: pipelineID, name: pipeline.name))
        }
        deal.pipelineID = pipelineID
        deal.stageID = item.stageID.value
        deal.lanePosition = item.lanePosition
        deal.snoozedUntil = try day(item.snoozedUntil, "\(path).snoozed_until", field: "snooze day")
        deal.snoozeReason = try field(.snoozeReason, item.snoozeReason, "\(path).snooze_reason")
        deal.revisitOn = try day(item.revisitOn, "\(path).revisit_on", field: "revisit day")
        if let parked = item.parked, parked != (pipeline.kind == .revisit) {
            throw fail("\(path).parked", parked ? .archiveParkedOutsideRevisit(pipeline: pipelineID) : .archiveNotParkedInRevisit(pipeline: pipelineID))
        }
        guard let origin = item.origin else { return (deal, nil) }
        let source = try text(origin.source, "\(path).import.source")
        let externalID = try text(origin.externalID, "\(path).import.external_id")
        guard !source.isEmpty else { throw fail("\(path).import.source", .archiveImportSourceEmpty) }
        guard !externalID.isEmpty else { throw fail("\(path).import.external_id", .archiveExternalIDEmpty) }
        return (deal, PipelineArchive.ImportLink(dealID: id, source: source, externalID: externalID))
    }

    func change(_ item: ArchiveStageChange, _ path: String, dealIDs: Set<Int64>, stageIDs: Set<Int64>) throws(ArchiveProblem) -> StageChange {
        let id = try self.id(item.id, "\(path).id")
        let dealID = try known(item.dealID, "\(path).deal_id", dealIDs: dealIDs)
        for (stage, key) in [(item.fromStageID, "from_stage_id"), (item.toStageID, "to_stage_id")] {
            if let stage, !stageIDs.contains(stage.value) { throw fail("\(path).\(key)", .archiveUnknownStageID(id: stage.value)) }
        }
        let from = try item.from.map { text throws(ArchiveProblem) in
            try rule("\(path).from", text) { text throws(PipelineError) in try Stage.validName(text) }
        }
        let to = try rule("\(path).to", item.to) { text throws(PipelineError) in try Stage.validName(text) }
        guard let kind = StageChange.Kind(rawValue: try text(item.kind, "\(path).kind")) else {
            throw fail("\(path).kind", .archiveMustBeOneOf(values: StageChange.Kind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return StageChange(
            id: id, dealID: dealID, fromStageID: item.fromStageID?.value, toStageID: item.toStageID?.value ?? 0,
            fromStageName: from, toStageName: to, kind: kind, at: try moment(item.at, "\(path).at", field: "time"), undone: item.undone,
            by: try field(.owner, item.by, "\(path).by"))
    }

    func activity(_ item: ArchiveActivity, _ path: String, dealIDs: Set<Int64>) throws(ArchiveProblem) -> Activity {
        let id = try self.id(item.id, "\(path).id")
        let dealID = try known(item.dealID, "\(path).deal_id", dealIDs: dealIDs)
        let kind = try rule("\(path).kind", item.kind) { text throws(PipelineError) in try Activity.Kind.parse(text) }
        let subject = try rule("\(path).subject", item.subject) { text throws(PipelineError) in try Activity.validSubject(text, kind: kind) }
        var due: ActivityDue?
        if let text = item.due {
            guard let parsed = ActivityDue(stored: try self.text(text, "\(path).due")) else {
                throw fail("\(path).due", .archiveDueInvalid)
            }
            due = parsed
        }
        let doneAt = try item.doneAt.map { text throws(ArchiveProblem) in try moment(text, "\(path).done_at", field: "done time") }
        guard due != nil || doneAt != nil else { throw fail(path, .archiveNoDueNorDone) }
        let cancelledAt = try item.cancelledAt.map { text throws(ArchiveProblem) in
            try moment(text, "\(path).cancelled_at", field: "cancelled time")
        }
        guard cancelledAt == nil || doneAt == nil else {
            throw fail("\(path).cancelled_at", .archiveDoneAndCancelled)
        }
        return Activity(
            id: id, dealID: dealID, kind: kind, subject: subject, due: due, doneAt: doneAt,
            note: try field(.activityNote, item.note, "\(path).note"), owner: try field(.owner, item.owner, "\(path).owner"),
            createdAt: try moment(item.createdAt, "\(path).created_at", field: "created date"), cancelledAt: cancelledAt,
            by: try field(.owner, item.by, "\(path).by"))
    }

    func reviewEntry(_ item: ArchiveReviewEntry, _ path: String, dealIDs: Set<Int64>) throws(ArchiveProblem) -> PipelineArchive.ReviewEntry {
        guard let day = try day(item.day, "\(path).day", field: "day") else { throw fail("\(path).day", .archiveDayRequired) }
        let dealID = try known(item.dealID, "\(path).deal_id", dealIDs: dealIDs)
        guard let reason = ReviewReason(rawValue: try text(item.reason, "\(path).reason")) else {
            throw fail("\(path).reason", .archiveMustBeOneOf(values: ReviewReason.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        guard let decision = ReviewDecision(rawValue: try text(item.decision, "\(path).decision")) else {
            throw fail("\(path).decision", .archiveMustBeOneOf(values: ReviewDecision.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let version = try rule("\(path).deal_version", item.dealVersion) { number throws(PipelineError) in
            let version = try small(number, "deal version")
            guard version >= 1 else { throw .invalidValue(ErrorText.archiveDealVersionInvalid(value: version).string) }
            return version
        }
        return PipelineArchive.ReviewEntry(
            day: day, dealID: dealID, reason: reason, decision: decision, dealVersion: version,
            at: try moment(item.at, "\(path).at", field: "time"))
    }

    /// The settings Funnel knows, each checked as `funnel settings` checks it, by key.
    func settings(_ object: [String: String]) throws(ArchiveProblem) -> [(key: String, value: String)] {
        var settings: [(key: String, value: String)] = []
        for key in object.keys.sorted() {
            guard ArchiveReader.settingKeys.contains(key) else {
                throw fail("settings.\(key)", .archiveUnknownSetting(known: ArchiveReader.settingKeys.joined(separator: ", ")))
            }
            let days = try rule("settings.\(key)", object[key] ?? "") { text throws(PipelineError) in try SalesCycle.validParkAfterDays(text) }
            settings.append((key: key, value: String(days)))
        }
        return settings
    }

    // MARK: - Values

    /// A broken rule at `path`, said in the run's language.
    func fail(_ path: String, _ reason: ErrorText) -> ArchiveProblem { .badValue(path: path, reason: reason.string) }

    /// A text checked by a domain rule, after refusing a NUL in it.
    func rule<Value>(_ path: String, _ raw: String, _ check: (String) throws(PipelineError) -> Value) throws(ArchiveProblem) -> Value {
        _ = try text(raw, path)
        do {
            return try check(raw)
        } catch {
            throw fail(path, .archiveIsWrong(reason: error.description))
        }
    }

    /// A whole number checked by a domain rule.
    func rule<Value>(_ path: String, _ number: ArchiveInteger, _ check: (ArchiveInteger) throws(PipelineError) -> Value) throws(ArchiveProblem) -> Value {
        do {
            return try check(number)
        } catch {
            throw fail(path, .archiveIsWrong(reason: error.description))
        }
    }

    /// A text as the file has it; a NUL is refused, since the database would keep only what is before it.
    func text(_ raw: String, _ path: String) throws(ArchiveProblem) -> String {
        guard !raw.utf8.contains(0) else { throw fail(path, .archiveHoldsNUL) }
        return raw
    }

    /// An optional free text checked by its field's rule.
    func field(_ field: DealTextField, _ raw: String?, _ path: String) throws(ArchiveProblem) -> String? {
        guard let raw else { return nil }
        return try rule(path, raw) { text throws(PipelineError) in try field.valid(text) }
    }

    /// An id: a whole number from 1.
    func id(_ number: ArchiveInteger, _ path: String) throws(ArchiveProblem) -> Int64 {
        guard number.value >= 1 else { throw fail(path, .archiveIDInvalid(value: number.value)) }
        return number.value
    }

    /// The id of a deal the file holds.
    func known(_ number: ArchiveInteger, _ path: String, dealIDs: Set<Int64>) throws(ArchiveProblem) -> Int64 {
        guard dealIDs.contains(number.value) else { throw fail(path, .archiveUnknownDealID(id: number.value)) }
        return number.value
    }

    /// A whole number that fits an `Int`, for the domain's range rules.
    func small(_ number: ArchiveInteger, _ field: String) throws(PipelineError) -> Int {
        guard let value = Int(exactly: number.value), abs(value) <= Int(Int32.max) else {
            throw .invalidValue(ErrorText.archiveNumberTooLarge(field: field, value: number.value).string)
        }
        return value
    }

    /// An optional day, `YYYY-MM-DD`, a real one.
    func day(_ raw: String?, _ path: String, field: String) throws(ArchiveProblem) -> CalendarDay? {
        guard let raw else { return nil }
        return try rule(path, raw) { text throws(PipelineError) in try CalendarDay.parse(text, field: field) }
    }

    /// A moment: ISO 8601 on a real calendar day (ISO 8601 readers roll 2026-02-30 over into
    /// March), within the moments Funnel records.
    func moment(_ raw: String, _ path: String, field: String) throws(ArchiveProblem) -> Date {
        try rule(path, raw) { text throws(PipelineError) in
            let trimmed = text.trimmingWhitespace()
            if trimmed.utf8.count >= 10 { _ = try CalendarDay.parse(String(trimmed.prefix(10)), field: field) }
            return try RecordedMoment.valid(try Timestamp.parse(text, field: field), field: field)
        }
    }
}
