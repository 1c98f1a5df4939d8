import Foundation
import FunnelFiles
import FunnelStore
import Interop
import Pipeline
import PostgresNIO
import Wording

// MARK: - Backups, export and restore

/// A server pipeline's backups are Funnel's lossless JSON archive (`funnel export --format json`), written on the
/// machine of the user who asks: the server's own backups (`pg_dump`, base backups) are its operator's business.
extension PostgresPipelineStore: PipelineStore {
    /// Writes the whole pipeline as a JSON archive to `destination`, replacing the file there whole (`AtomicFile`).
    public func backup(to destination: String) throws {
        let url = URL(fileURLWithPath: destination)
        _ = AtomicFile.removeLeftovers(inFolder: url.deletingLastPathComponent().path, forName: url.lastPathComponent)
        try AtomicFile(path: destination).write(try archiveData())
    }

    /// Writes a JSON archive as a new file in this server pipeline's backups folder (on this machine), named
    /// `<database>-<label>.json`, never over another file. Returns the file written.
    public func newBackup(label: String) throws -> String {
        try FileManager.default.createDirectory(atPath: backupFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        _ = AtomicFile.removeLeftovers(inFolder: backupFolder)
        let destination = "\(backupFolder)/\(Self.fileStem(session.address.database))-\(label).json"
        let data = try archiveData()
        guard let written = try AtomicFile(path: destination).writeAsNewFile(otherNames: 99, filling: { try $0.append(data) }) else {
            throw StoreError.failed(ErrorText.backupNamesTaken(path: destination, tried: 99).string)
        }
        return written
    }

    /// No file on this machine is the server's database.
    public func isOwnFile(_ path: String) -> Bool { false }

    /// None: a server's daily backups are its operator's (`pg_dump`), not each salesperson's machine's.
    public func dailyBackup(today: CalendarDay) throws -> String? { nil }

    /// Replaces the whole pipeline on the server with a JSON archive, in one transaction (the others' boards
    /// reload), logged as one `restored` entry by the store's author so they say who restored. The caller keeps a
    /// backup of the current pipeline first.
    public func replaceContent(withBackup source: String, now: Date) throws {
        try checkWritable()
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: source))
        } catch {
            throw PipelineError.notFound(ErrorText.noBackupFile(path: source).string)
        }
        let archive: PipelineArchive
        do {
            archive = try ArchiveReader.read(data)
        } catch {
            throw PipelineError.invalidValue(error.refusal(file: source).string)
        }
        defer { refreshStatistics() }
        try write { session in
            try session.execute("DELETE FROM deal")
            try session.execute("DELETE FROM import_run")
            try session.execute("DELETE FROM stage_stay")
            try session.execute("DELETE FROM stage_stay_seconds")
            try session.execute("DELETE FROM stage_stay_days")
            try Self.load(session, archive)
            try Self.appendToChangeLog(session, DealChange(
                dealID: 0, version: 0, by: WriteAuthor.name, at: now, kind: .restored, title: ""))
        }
    }

    /// Pipelines, deals matching the query, their history, activities, review progress and import links, and the
    /// settings, read in one snapshot.
    public func archive(_ query: DealQuery) throws -> PipelineArchive {
        try read { session in
            var pipelines = try Self.fetchPipelines(session)
            if let pipelineID = query.pipelineID { pipelines = pipelines.filter { $0.id == pipelineID } }
            var statement = ServerSQL()
            let condition = query.condition(binding: &statement)
            statement.append("SELECT * FROM deal WHERE \(condition) ORDER BY id")
            let deals = try session.namedRows(statement.query).map(Deal.init(serverRow:))
            let ids = deals.map(\.id)
            // The stage names as written in each entry (no joined current names).
            let history = try session.namedRows(
                "SELECT * FROM stage_change WHERE deal_id = ANY(\(ids)) ORDER BY deal_id, at, id").map(StageChange.init(serverRow:))
            let links = try session.namedRows("SELECT * FROM imported_deal WHERE deal_id = ANY(\(ids)) ORDER BY deal_id").map { row in
                PipelineArchive.ImportLink(dealID: try row["deal_id"], source: try row["source"], externalID: try row["external_id"])
            }
            let activities = try session.namedRows("SELECT * FROM activity WHERE deal_id = ANY(\(ids)) ORDER BY id").map(Activity.init(serverRow:))
            let progress = try session.namedRows(
                "SELECT * FROM review_progress WHERE deal_id = ANY(\(ids)) ORDER BY day, at, seq"
            ).compactMap { row -> PipelineArchive.ReviewEntry? in
                guard let day = try? CalendarDay.parse(try row["day"]),
                      let reason = ReviewReason(rawValue: try row["reason"]), let decision = ReviewDecision(rawValue: try row["decision"])
                else { return nil }
                return PipelineArchive.ReviewEntry(
                    day: day, dealID: try row["deal_id"], reason: reason, decision: decision, dealVersion: try row["deal_version"],
                    at: Timestamp.date(seconds: try row["at"]))
            }
            let settings = try session.namedRows("SELECT key, value FROM setting ORDER BY key COLLATE \"C\"").map { row in
                (key: try row["key"] as String, value: try row["value"] as String)
            }
            return PipelineArchive(
                pipelines: pipelines, deals: deals, history: history, importLinks: links,
                activities: activities, reviewProgress: progress, settings: settings)
        }
    }

    /// Replaces the pipelines and settings of a database that holds no deals with an archive, keeping every id, in
    /// one transaction. Refused when the database holds deals: restoring never merges.
    public func restore(_ archive: PipelineArchive) throws {
        defer { refreshStatistics() }
        try write { session in
            let count = try session.value("SELECT count(*) FROM deal", as: Int.self) ?? 0
            guard count == 0 else {
                throw PipelineError.refused(ErrorText.restoreIntoNonEmpty(location: location.description, count: count).string)
            }
            try Self.load(session, archive)
        }
    }

    // MARK: - Inside a transaction

    /// The whole pipeline as the JSON archive's bytes.
    func archiveData() throws -> Data {
        let archive = try archive(DealQuery(statuses: Set(DealStatus.allCases)))
        return Data(ArchiveJSON.encode(archive, exportedAt: Date()).serialized().utf8 + [0x0A])
    }

    /// Loads an archive into a database without deals, keeping every id; the ids' sequences move past them.
    static func load(_ session: ServerSession, _ archive: PipelineArchive) throws {
        try session.execute("DELETE FROM stage")
        try session.execute("DELETE FROM pipeline")
        try session.execute("DELETE FROM setting")
        for (position, pipeline) in archive.pipelines.enumerated() {
            try session.execute("""
                INSERT INTO pipeline (id, name, kind, position) VALUES (\(pipeline.id), \(pipeline.name), \(pipeline.kind.rawValue), \(position))
                """)
            for stage in pipeline.stages {
                try session.execute("""
                    INSERT INTO stage (id, pipeline_id, name, position, probability, stall_days)
                    VALUES (\(stage.id), \(pipeline.id), \(stage.name), \(stage.position), \(stage.probability), \(stage.stallDays))
                    """)
            }
        }
        try session.advanceIdentity(of: "pipeline")
        try session.advanceIdentity(of: "stage")
        if !archive.pipelines.contains(where: { $0.kind == .revisit }) {
            let taken = try session.value("SELECT count(*) FROM pipeline WHERE lower(name) = lower('Revisit')", as: Int.self) ?? 0
            let name = taken > 0 ? "Revisit later" : "Revisit"
            let position = try session.value("SELECT coalesce(max(position) + 1, 0)::bigint FROM pipeline", as: Int.self) ?? 1
            let id = try session.value("INSERT INTO pipeline (name, kind, position) VALUES (\(name), 'revisit', \(position)) RETURNING id", as: Int64.self)!
            try session.execute("INSERT INTO stage (pipeline_id, name, position, probability, stall_days) VALUES (\(id), 'Parked', 0, 0, 0)")
        }
        let dealColumns = ["id"] + Deal.serverColumns + ["lane_position", "version", "snoozed_until", "snooze_reason", "revisit_on"]
        try session.insertAll(into: "deal", columns: dealColumns, archive.deals) { deal, statement in
            var placeholders = [statement.bind(deal.id)]
            placeholders += deal.serverPlaceholders(binding: &statement, stageID: deal.stageID)
            placeholders += [
                statement.bind(deal.lanePosition), statement.bind(deal.version), statement.bind(deal.snoozedUntil?.description),
                statement.bind(deal.snoozeReason), statement.bind(deal.revisitOn?.description),
            ]
            return placeholders
        }
        try session.advanceIdentity(of: "deal")
        try session.insertAll(
            into: "stage_change", columns: ["id", "deal_id", "from_stage_id", "to_stage_id", "from_stage", "to_stage", "kind", "at", "undone", "author"],
            archive.history
        ) { change, statement in
            [
                statement.bind(change.id), statement.bind(change.dealID), statement.bind(change.fromStageID),
                statement.bind(change.toStageID == 0 ? nil : change.toStageID), statement.bind(change.fromStageName),
                statement.bind(change.toStageName), statement.bind(change.kind.rawValue), statement.bind(Timestamp.seconds(change.at)),
                statement.bind(change.undone), statement.bind(change.by),
            ]
        }
        try session.advanceIdentity(of: "stage_change")
        try session.insertAll(into: "imported_deal", columns: ["deal_id", "source", "external_id"], archive.importLinks) { link, statement in
            [statement.bind(link.dealID), statement.bind(link.source), statement.bind(link.externalID)]
        }
        try session.insertAll(
            into: "activity", columns: ["id", "deal_id", "kind", "subject", "due", "done_at", "note", "owner", "created_at", "cancelled_at", "author"],
            archive.activities
        ) { activity, statement in
            [
                statement.bind(activity.id), statement.bind(activity.dealID), statement.bind(activity.kind.rawValue),
                statement.bind(activity.subject), statement.bind(activity.due?.description),
                statement.bind(activity.doneAt.map(Timestamp.seconds)), statement.bind(activity.note), statement.bind(activity.owner),
                statement.bind(Timestamp.seconds(activity.createdAt)), statement.bind(activity.cancelledAt.map(Timestamp.seconds)),
                statement.bind(activity.by),
            ]
        }
        try session.advanceIdentity(of: "activity")
        if !archive.activities.isEmpty {
            // The file keeps when an activity was cancelled, not by which close: the deal's last won or lost that counts.
            try session.execute("""
                UPDATE activity SET cancelled_by = (SELECT max(id) FROM stage_change
                                                    WHERE stage_change.deal_id = activity.deal_id AND kind IN ('won', 'lost') AND NOT undone)
                WHERE cancelled_at IS NOT NULL
                """)
            try session.execute(PostgresQuery(unsafeSQL: "UPDATE deal SET \(followUpAssignments) WHERE id IN (SELECT deal_id FROM activity)"))
        }
        try session.insertAll(
            into: "review_progress", columns: ["day", "deal_id", "reason", "decision", "deal_version", "at"], archive.reviewProgress
        ) { entry, statement in
            [
                statement.bind(entry.day.description), statement.bind(entry.dealID), statement.bind(entry.reason.rawValue),
                statement.bind(entry.decision.rawValue), statement.bind(entry.dealVersion), statement.bind(Timestamp.seconds(entry.at)),
            ]
        }
        try session.insertAll(into: "setting", columns: ["key", "value"], archive.settings) { setting, statement in
            [statement.bind(setting.key), statement.bind(setting.value)]
        }
        // The report's stays of every restored deal, worked out once from its history before the commit.
        session.stageStays?.rebuildAtEnd()
    }

    /// A database name as a file name's start: characters that do not belong in a file name become `_`.
    static func fileStem(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }
}
