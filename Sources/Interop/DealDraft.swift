import Foundation
import Pipeline

/// One row of a deal file, read and checked, before it is placed in a pipeline and stage.
public struct DealDraft: Sendable, Equatable {
    /// The 1-based line of the file the row starts on.
    public var line: Int
    /// The deal's id in the file's system, if the file has one.
    public var externalID: String?
    /// The pipeline named by the row (only when the file has a pipeline column).
    public var pipelineName: String?
    /// The stage named by the row, as written; nil when empty.
    public var stageName: String?
    /// Every field read from the row; pipeline and stage ids are 0 until the deal is placed.
    public var deal: Deal
    /// Which times the row gave (the rest are filled in from now, or kept on re-import).
    public var createdAtGiven = false
    public var stageEnteredAtGiven = false
    public var updatedAtGiven = false
    public var closedAtGiven = false
}
