import Foundation

/// What the team benchmark's salespeople are given: the database, the deals each works on, the stages a deal
/// may be moved between, and when to start and stop. Written to a file for the salespeople that run as their
/// own processes (`--salesperson PLAN INDEX`).
struct TeamPlan: Codable {
    /// The database file or server URL every salesperson opens.
    var database: String
    /// Each salesperson's own deals, by salesperson.
    var ownDeals: [[Int64]]
    /// The deals every salesperson works on.
    var sharedDeals: [Int64]
    /// The stages a move may send a deal to (never the first stage: the board probe's deal is alone there).
    var stageIDs: [Int64]
    /// When every salesperson starts, in seconds since 1970, so processes started one after another begin together.
    var startAt: Double
    /// How long each works, in seconds.
    var seconds: Double
    /// Seconds between one write and the next of one salesperson.
    var interval: Double
    /// True when every salesperson acts at the same instants (`--lockstep`); else their ticks are spread over the
    /// interval (`Salesperson`).
    var lockstep = false

    var salespeople: Int { ownDeals.count }

    func write(to path: String) throws {
        let data = try JSONEncoder().encode(self)
        guard FileManager.default.createFile(atPath: path, contents: data) else { throw BenchError("cannot write \(path)") }
    }

    static func read(from path: String) throws -> TeamPlan {
        try JSONDecoder().decode(TeamPlan.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
