import Foundation
import Wording

/// One entry of a deal's stage history: created, moved, won, lost, reopened, parked or unparked.
///
/// The history is the source of time in stage, conversion rates and stall detection,
/// so every change of stage or status writes exactly one entry.
public struct StageChange: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var dealID: Int64
    /// The stage before the change; nil for the creation.
    public var fromStageID: Int64?
    public var toStageID: Int64
    /// Stage names at the time of the change, kept so history reads right after a stage is removed.
    public var fromStageName: String?
    public var toStageName: String
    public var kind: Kind
    public var at: Date
    /// True when a later undo cancelled this change; reports ignore it.
    public var undone: Bool
    /// Who made the change (the name the store was opened with); nil for entries saved before names were kept.
    public var by: String?

    /// What happened to the deal.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case created
        case moved
        case won
        case lost
        case reopened
        case parked
        case unparked
    }

    public init(
        id: Int64 = 0, dealID: Int64, fromStageID: Int64?, toStageID: Int64,
        fromStageName: String?, toStageName: String, kind: Kind, at: Date, undone: Bool = false, by: String? = nil
    ) {
        self.id = id
        self.dealID = dealID
        self.fromStageID = fromStageID
        self.toStageID = toStageID
        self.fromStageName = fromStageName
        self.toStageName = toStageName
        self.kind = kind
        self.at = at
        self.undone = undone
        self.by = by
    }

    /// A history as people read it (`show`, the board's detail): without the `moved` entry from no stage that
    /// imports before issue 15 wrote right after a deal's `created` entry into the same stage, a move that never
    /// happened. The deal's stage-entry time keeps when it entered its stage.
    public static func shown(_ history: [StageChange]) -> [StageChange] {
        var shown: [StageChange] = []
        shown.reserveCapacity(history.count)
        for change in history {
            if change.kind == .moved, change.fromStageID == nil, let previous = shown.last, previous.kind == .created,
               previous.dealID == change.dealID, previous.toStageID == change.toStageID {
                continue
            }
            shown.append(change)
        }
        return shown
    }
}

extension StageChange.Kind {
    /// The history entry's kind in the run's language: created, moved, won ….
    public var shownName: Text {
        switch self {
        case .created: .changeCreated
        case .moved: .changeMoved
        case .won: .changeWon
        case .lost: .changeLost
        case .reopened: .changeReopened
        case .parked: .changeParked
        case .unparked: .changeUnparked
        }
    }
}
