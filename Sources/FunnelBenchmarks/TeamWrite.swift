import Foundation

/// One write a simulated salesperson tried: what, on which deal, how long the store call took, and whether it
/// was saved (with what it saved, for the lost-update check) or refused (and why).
struct TeamWrite: Codable {
    enum Kind: String, Codable, CaseIterable {
        case move, edit, log
    }

    var kind: Kind
    var dealID: Int64
    /// Milliseconds inside the store call, measured in the salesperson's own process or thread.
    var milliseconds: Double
    /// Nil when saved; else the kind of refusal (`TeamWrite.refusalKind`).
    var refusal: String?
    /// The deal's version after the saved write.
    var version: Int?
    /// What a saved move, edit or log left: the stage, the title and value, the logged activity's subject.
    var stageID: Int64?
    var title: String?
    var minorUnits: Int64?
    var subject: String?
    /// The refusal's sentence, for the report when it is not a stale version.
    var message: String?

    var accepted: Bool { refusal == nil }

    /// Refusals by kind: `stale version` is the one the benchmark provokes; `database busy` (a lock held past the
    /// busy timeout) must never reach a user of a file; `server lost` and `other` are failures too.
    static let staleVersion = "stale version"
    static let databaseBusy = "database busy"
    static let serverLost = "server lost"
    static let other = "other"
}

/// What one salesperson did: every write it tried, in order.
struct SalespersonReport: Codable {
    var index: Int
    var writes: [TeamWrite]
}
