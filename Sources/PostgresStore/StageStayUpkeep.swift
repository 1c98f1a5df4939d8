import FunnelStore
import Pipeline
import PostgresNIO

/// Keeps the report's stage stays (`stage_stay`, `stage_stay_seconds`, `stage_stay_days`) in step with the
/// writes of one transaction, by the Pipeline's rule (`StageStayRow`, `StageStayChange`), never by triggers.
///
/// Every write transaction has one (`PostgresPipelineStore.write` makes it, `ServerSession.stageStays` holds it).
/// A deal is noted the moment a write locks its row (`fetchDealIfAny(locking: true)`, which every write that
/// changes a deal does first) or creates it (`willCreate`): its rows as they are then are read. When the write
/// ends, before it commits, each noted deal's rows before are taken away and its rows after added, and only the
/// difference is written. A write that touches most of the history says so instead (`rebuildAtEnd`): the tables
/// are then rebuilt from every history entry in one pass.
///
/// Used by the thread that owns the store, inside one transaction, like the session itself.
final class StageStayUpkeep {
    /// The rows of each deal noted so far, as they were before the write changed it.
    private var before: [Int64: [StageStayRow]] = [:]
    /// True once a write asked for a rebuild: nothing is noted per deal after that.
    private(set) var rebuilds = false

    init() {}

    /// Notes a deal the write is about to change (its history or won status), unless already noted.
    func willChange(_ session: ServerSession, dealID: Int64) throws {
        guard !rebuilds, before[dealID] == nil else { return }
        before[dealID] = try Self.rows(session, dealIDs: [dealID])[dealID] ?? []
    }

    /// Notes deals the write is about to change, their histories read many to a statement.
    func willChange(_ session: ServerSession, dealIDs: [Int64]) throws {
        guard !rebuilds else { return }
        let new = Array(Set(dealIDs.filter { before[$0] == nil })).sorted()
        guard !new.isEmpty else { return }
        let rows = try Self.rows(session, dealIDs: new)
        for id in new { before[id] = rows[id] ?? [] }
    }

    /// Notes a deal the write is about to change from its history as already read (`StageHistoryWalk.query`),
    /// unless already noted: a move reads it with the deal, in one exchange.
    func willChange(dealID: Int64, history: [StageFlowTally.Event], won: Bool) {
        guard !rebuilds, before[dealID] == nil else { return }
        before[dealID] = StageStayRow.rows(of: history, dealWon: won)
    }

    /// Tells the deal's history as it is now, read or worked out by the write (a move adds one entry to the
    /// history it read): `settle` takes it instead of reading it again, unless the write sent anything that may
    /// write after this.
    func changed(_ session: ServerSession, dealID: Int64, history: [StageFlowTally.Event], won: Bool) {
        guard !rebuilds, before[dealID] != nil else { return }
        knownAfter[dealID] = (StageStayRow.rows(of: history, dealWon: won), session.writesSent)
    }

    /// Deals' rows as the write told them (`changed`), with the session's count of writing statements then.
    private var knownAfter: [Int64: (rows: [StageStayRow], writesSent: Int)] = [:]

    /// Notes deals the write created: they had no rows before it.
    func willCreate(dealIDs: some Sequence<Int64>) {
        guard !rebuilds else { return }
        for id in dealIDs where before[id] == nil { before[id] = [] }
    }

    /// Rebuilds the tables whole when the write ends instead of deal by deal.
    func rebuildAtEnd() {
        rebuilds = true
        before = [:]
    }

    /// The difference `finish` writes, read by `settle`.
    private var settled = StageStayChange()

    /// Reads the rows of every deal noted as they are now, and nets them against those before: what `finish`
    /// will write. Only reads, so the write does it before it takes the change counter.
    func settle(_ session: ServerSession) throws {
        guard !rebuilds, !before.isEmpty else { return }
        let known = knownAfter.filter { $0.value.writesSent == session.writesSent }.mapValues(\.rows)
        let unknown = before.keys.filter { known[$0] == nil }.sorted()
        let after = unknown.isEmpty ? [:] : try Self.rows(session, dealIDs: unknown)
        for (dealID, rows) in before {
            settled.remove(rows)
            settled.add(known[dealID] ?? after[dealID] ?? [])
        }
        before = [:]
        knownAfter = [:]
    }

    /// True when `finish` has something to write (after `settle`).
    var hasChanges: Bool { rebuilds || !settled.isEmpty }

    /// Puts the tables right for every deal noted (or rebuilds them), inside the write's transaction: settles
    /// first if the write did not, then writes the difference. The rows written are shared by every write, so the
    /// write holds the change counter by then (`PostgresPipelineStore.write`).
    func finish(_ session: ServerSession) throws {
        if rebuilds {
            try Self.rebuild(session)
            return
        }
        try settle(session)
        guard !settled.isEmpty else { return }
        try Self.write(settled, session)
        settled = StageStayChange()
    }

    /// Some deals' rows as stored now; a deal that is not there has none (and is left out).
    static func rows(_ session: ServerSession, dealIDs: [Int64]) throws -> [Int64: [StageStayRow]] {
        try StageHistoryWalk.events(session, dealIDs: dealIDs).mapValues { history in
            StageStayRow.rows(of: history.events, dealWon: history.won)
        }
    }

    /// The statements that write what `settle` netted, for the write to send with its commit (after `settle`,
    /// never for a rebuild); none when nothing changed.
    func finishing() -> [PostgresQuery] {
        guard !rebuilds, !settled.isEmpty else { return [] }
        defer { settled = StageStayChange() }
        return Self.statements(settled)
    }

    /// Adds `change` to the tables, deleting the rows it leaves without stays.
    static func write(_ change: StageStayChange, _ session: ServerSession) throws {
        for statement in statements(change) { try session.execute(statement) }
    }

    /// The statement that hands `change` to the server for the write's commit: rows of the write's own
    /// (`funnel_commit_stay`), which the commit adds to the kept tables, deleting the rows it leaves without
    /// stays (`ServerSchema.counterAtCommit`). None when nothing changed.
    static func statements(_ change: StageStayChange) -> [PostgresQuery] {
        let groups = change.groups
        let lengths = change.lengths
        let days = change.days
        guard !groups.isEmpty || !lengths.isEmpty || !days.isEmpty else { return [] }
        let keys = groups.map(StageStayKey.init)
        return ["""
            INSERT INTO funnel_commit_stay (pid, figure, stage_id, end_kind, end_stage_id, length, stays, won_stays, seconds)
            SELECT pg_backend_pid(), 'group', stage_id, end_kind, end_stage_id, 0, stays, won_stays, seconds
            FROM unnest(\(keys.map(\.stageID))::bigint[], \(keys.map(\.endKind))::text[], \(keys.map(\.endStageID))::bigint[],
                \(groups.map { Int64($0.stays) })::bigint[], \(groups.map { Int64($0.wonStays) })::bigint[], \(groups.map(\.seconds))::bigint[])
                AS g(stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
            UNION ALL
            SELECT pg_backend_pid(), 'seconds', stage_id, '', 0, length, stays, 0, 0
            FROM unnest(\(lengths.map(\.stageID))::bigint[], \(lengths.map(\.length))::bigint[], \(lengths.map { Int64($0.stays) })::bigint[])
                AS l(stage_id, length, stays)
            UNION ALL
            SELECT pg_backend_pid(), 'day', stage_id, '', 0, length, stays, 0, 0
            FROM unnest(\(days.map(\.stageID))::bigint[], \(days.map(\.length))::bigint[], \(days.map { Int64($0.stays) })::bigint[])
                AS d(stage_id, length, stays)
            """]
    }

    /// Rows written per statement by a rebuild.
    static let rowsPerStatement = 50_000

    /// Fills the three tables again from every history entry: one pass over the history in deal order,
    /// summed by the Pipeline's rule (`StageStayTotals`), written many rows to a statement.
    static func rebuild(_ session: ServerSession) throws {
        try session.execute("DELETE FROM stage_stay")
        try session.execute("DELETE FROM stage_stay_seconds")
        try session.execute("DELETE FROM stage_stay_days")
        var totals = StageStayTotals()
        try StageHistoryWalk.forEachDeal(session) { _, events, won in totals.add(events, dealWon: won) }
        let groups = totals.groups.values.map { (key: StageStayKey($0), group: $0) }
        for start in stride(from: 0, to: groups.count, by: rowsPerStatement) {
            let slice = groups[start..<min(start + rowsPerStatement, groups.count)]
            try session.execute("""
                INSERT INTO stage_stay (stage_id, end_kind, end_stage_id, stays, won_stays, seconds)
                SELECT * FROM unnest(\(slice.map(\.key.stageID))::bigint[], \(slice.map(\.key.endKind))::text[],
                    \(slice.map(\.key.endStageID))::bigint[], \(slice.map { Int64($0.group.stays) })::bigint[],
                    \(slice.map { Int64($0.group.wonStays) })::bigint[], \(slice.map(\.group.seconds))::bigint[])
                """)
        }
        for stageID in totals.stagesWithLengths {
            let sorted = totals.takeSortedLengths(stageID: stageID)
            try insertCounts(session, table: "stage_stay_seconds", column: "seconds", stageID: stageID, sorted: sorted)
            try insertCounts(session, table: "stage_stay_days", column: "day", stageID: stageID,
                             sorted: sorted.map { $0 / StageStayChange.secondsPerDay })
        }
    }

    /// Writes one stage's ended stays counted per length, from the lengths in ascending order.
    private static func insertCounts(_ session: ServerSession, table: String, column: String, stageID: Int64, sorted: [Int64]) throws {
        var lengths: [Int64] = []
        var counts: [Int64] = []
        func flush() throws {
            guard !lengths.isEmpty else { return }
            var statement = ServerSQL()
            let stage = statement.bind(stageID)
            let lengthList = statement.bind(lengths)
            let countList = statement.bind(counts)
            statement.append("""
                INSERT INTO \(table) (stage_id, \(column), stays)
                SELECT \(stage)::bigint, length, stays FROM unnest(\(lengthList)::bigint[], \(countList)::bigint[]) AS c(length, stays)
                """)
            try session.execute(statement.query)
            lengths.removeAll(keepingCapacity: true)
            counts.removeAll(keepingCapacity: true)
        }
        for length in sorted {
            if lengths.last == length {
                counts[counts.count - 1] += 1
                continue
            }
            if lengths.count == rowsPerStatement { try flush() }
            lengths.append(length)
            counts.append(1)
        }
        try flush()
    }
}
