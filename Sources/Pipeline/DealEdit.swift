import Foundation
import Wording

/// A change to a deal's fields, applied to the deal as it is now, with the rules every engine keeps for it.
///
/// An edit may change any field but the deal's identity, place, outcome and times, which change only through
/// moves, won, lost and reopen: those are put back as they are. The deal's temperature then follows its answers.
public struct DealEdit: Sendable {
    /// The deal as it is now.
    public let current: Deal
    /// The deal as the edit leaves it (its `updatedAt` still the current one's).
    public let edited: Deal
    /// The parts of the deal the edit sets (those where it differs from the deal as it is now, and the stage and
    /// place when it also moves the deal), which must be apart from every change since the version its user saw.
    public let parts: Set<DealPart>

    /// Applies `edit` to `current`; `moving` says the edit also names a stage to move the deal to.
    public init(of current: Deal, moving: Bool, _ edit: (inout Deal) throws -> Void) rethrows {
        var edited = current
        try edit(&edited)
        edited.id = current.id
        edited.pipelineID = current.pipelineID
        edited.stageID = current.stageID
        edited.status = current.status
        edited.createdAt = current.createdAt
        edited.stageEnteredAt = current.stageEnteredAt
        edited.closedAt = current.closedAt
        if edited.status != .lost { edited.lostReason = current.lostReason }
        edited.followQualification()
        var parts = DealPart.changed(from: current, to: edited)
        if moving { parts.formUnion(StaleWrite.moveSets) }
        self.current = current
        self.edited = edited
        self.parts = parts
    }

    /// The deal to save, changed `now`; nil when the edit changes nothing of it.
    ///
    /// Refuses a new value past the maximum: every way in keeps a value within it, so every sum of values fits.
    public func saved(now: Date) throws(PipelineError) -> Deal? {
        guard edited != current else { return nil }
        if edited.value != current.value { _ = try Money.validAmount(edited.value) }
        var saved = edited
        saved.updatedAt = now
        return saved
    }

    /// The stage of `pipeline` named by `stageReference` to move the deal to; nil when the deal is already there.
    ///
    /// Refuses an unknown stage, and a closed deal, which changes stage only by reopening.
    public func moveTarget(_ stageReference: String, in pipeline: Pipeline) throws(PipelineError) -> Stage? {
        let target = try pipeline.stage(named: stageReference)
        guard target.id != current.stageID else { return nil }
        guard current.status == .open else {
            throw PipelineError.refused(ErrorText.dealClosedCannotChangeStage(id: current.id, status: current.status.rawValue).string)
        }
        return target
    }
}
