import PostgresNIO

/// What a write transaction on the server may touch, and so which other writes it may run beside.
///
/// Every write first takes one advisory lock (`PostgresPipelineStore.write`): shared for a write confined to the
/// deals it locks, exclusive for any other. Writes to deals run side by side, each deal's writes taking turns on
/// its row (`FOR UPDATE`); a write that changes pipelines, stages, settings, imports or many deals at once waits
/// for them and runs alone, as every write did before, so what it reads and checks cannot change under it. The
/// lock is taken before any row lock, so it adds no cycle.
enum WriteScope {
    /// Changes deals it locks first, their history, activities, review decisions and change log, and nothing
    /// shared but the kept figures (which every write writes last, holding the change counter).
    case deals
    /// May change anything: runs alone among Funnel's writes.
    case everything

    /// The statements that open a write of this scope, sent together: the transaction, then its advisory lock
    /// and, once the lock is held, the mark that makes the server raise the change counter when the write commits
    /// (`ServerSchema.counterAtCommit`), in one statement.
    var begin: [PostgresQuery] {
        switch self {
        case .deals:
            ["BEGIN", "INSERT INTO funnel_commit (pid) SELECT pg_backend_pid() FROM (SELECT pg_advisory_xact_lock_shared(\(Self.lockKey))) AS locked"]
        case .everything:
            ["BEGIN", "INSERT INTO funnel_commit (pid) SELECT pg_backend_pid() FROM (SELECT pg_advisory_xact_lock(\(Self.lockKey))) AS locked"]
        }
    }

    /// The advisory lock's key (`begin`): the bytes of "FUNL" and a 2 (the migrations' lock ends in a 1).
    static let lockKey: Int64 = 0x4655_4E4C_0000_0002
}
