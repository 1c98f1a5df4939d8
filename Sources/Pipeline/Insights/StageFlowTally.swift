/// Counts entries into a pipeline's stages from deals' stage histories, one deal at a time,
/// and turns them into `StageConversion`s.
///
/// The rules, in one place for the store and the tests:
/// - An entry is a history entry that puts a deal into a stage: created, moved, reopened,
///   parked or unparked. It ends at the deal's next entry of any kind (won and lost included).
/// - Undone entries are dropped before pairing: an undone move neither ends nor starts a stay.
/// - An entry advanced when the next entry is a move to a later stage of the same pipeline,
///   or a win. A deal moved back and forward again enters (and may advance) once per entry.
/// - An import's "entered its stage later" entry (moved, from no stage, into the stage the
///   deal already is in) starts the stay instead of counting as a second entry.
/// - Days in stage are measured over entries that ended; a deal still in a stage counts in "now".
public struct StageFlowTally: Sendable {
    /// One history entry reduced to what the tally reads.
    public struct Event: Hashable, Sendable {
        public var kind: StageChange.Kind
        /// The stage the entry put the deal in (its stage, for won and lost); nil when removed.
        public var stageID: Int64?
        /// True when the entry names no stage it came from.
        public var fromNowhere: Bool
        /// Unix seconds.
        public var at: Int64

        public init(kind: StageChange.Kind, stageID: Int64?, fromNowhere: Bool, at: Int64) {
            self.kind = kind
            self.stageID = stageID
            self.fromNowhere = fromNowhere
            self.at = at
        }
    }

    private let pipeline: Pipeline
    /// Stage ids in pipeline order (a dozen at most: a linear search beats hashing).
    private let stageIDs: [Int64]
    private var entered: [Int]
    private var advanced: [Int]
    private var won: [Int]
    private var seconds: [[Int64]]

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
        stageIDs = pipeline.stages.map(\.id)
        entered = Array(repeating: 0, count: pipeline.stages.count)
        advanced = entered
        won = entered
        seconds = Array(repeating: [], count: pipeline.stages.count)
    }

    /// Adds one deal's history, oldest first, already without undone entries.
    public mutating func add(_ events: [Event], dealWon: Bool) {
        for (offset, event) in events.enumerated() {
            guard StageFlowTally.entersStage(event.kind), let stageID = event.stageID,
                  let here = stageIDs.firstIndex(of: stageID) else { continue }
            let next = offset + 1 < events.count ? events[offset + 1] : nil
            if let next, next.kind == .moved, next.fromNowhere, next.stageID == stageID { continue }
            entered[here] += 1
            if dealWon { won[here] += 1 }
            guard let next else { continue }
            seconds[here].append(max(0, next.at - event.at))
            if next.kind == .won {
                advanced[here] += 1
            } else if next.kind == .moved, let nextID = next.stageID, let there = stageIDs.firstIndex(of: nextID), there > here {
                advanced[here] += 1
            }
        }
    }

    /// Adds one deal's history as the store keeps it; undone entries are skipped here.
    public mutating func add(history: [StageChange], dealWon: Bool) {
        add(Self.events(of: history), dealWon: dealWon)
    }

    /// A deal's history entries as the tally reads them: undone ones left out, oldest first (by time, then
    /// id), a removed stage (`toStageID` 0) as none.
    public static func events(of history: [StageChange]) -> [Event] {
        history
            .filter { !$0.undone }
            .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
            .map {
                Event(kind: $0.kind, stageID: $0.toStageID == 0 ? nil : $0.toStageID, fromNowhere: $0.fromStageID == nil,
                      at: Timestamp.seconds($0.at))
            }
    }

    /// The conversions, in pipeline order, with nothing in "now" yet.
    public func conversions() -> [StageConversion] {
        pipeline.stages.enumerated().map { position, stage in
            let durations = seconds[position]
            let median = Median.of(durations)
            let mean = durations.isEmpty ? nil : Double(durations.reduce(0, +)) / Double(durations.count) / 86_400
            return StageConversion(
                stage: stage, entered: entered[position], advanced: advanced[position], won: won[position],
                completed: durations.count, medianDays: median.map { $0 / 86_400 }, meanDays: mean)
        }
    }

    /// True for the kinds of entry that put a deal into a stage.
    public static func entersStage(_ kind: StageChange.Kind) -> Bool {
        switch kind {
        case .created, .moved, .reopened, .parked, .unparked: true
        case .won, .lost: false
        }
    }

    /// The kind whose name starts with this letter (its Unicode code point); every kind's first letter differs.
    public static func kind(firstLetter: Int64) -> StageChange.Kind? {
        switch firstLetter {
        case 99: .created  // c
        case 109: .moved  // m
        case 119: .won  // w
        case 108: .lost  // l
        case 114: .reopened  // r
        case 112: .parked  // p
        case 117: .unparked  // u
        default: nil
        }
    }
}
