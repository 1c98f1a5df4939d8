import Pipeline

/// What a change to a deal returned, with the record of what it did (`DealRevision`, the undo record),
/// both from the change's one transaction.
///
/// Reads as its value (`store.markWon(...).toStageName`), so a caller that has no use for undo
/// (the command line) ignores the revision.
@dynamicMemberLookup
public struct Revised<Value: Sendable>: Sendable {
    /// What the change returned: the saved deal, activity or history entry.
    public var value: Value
    /// The deal before and after, the history entries appended, the activities and review decisions changed.
    public var revision: DealRevision

    public init(value: Value, revision: DealRevision) {
        self.value = value
        self.revision = revision
    }

    public subscript<Member>(dynamicMember member: KeyPath<Value, Member>) -> Member {
        value[keyPath: member]
    }
}

extension Revised: Equatable where Value: Equatable {}
