import Foundation
import Pipeline
import Wording

/// `--stage-map FROM=TO`: the file's stage names (any case) to the pipeline's.
public struct StageMap: Sendable, Equatable {
    /// Lower-cased file stage name to Funnel stage name.
    public var targets: [String: String]

    public init(_ pairs: [String]) throws(ImportError) {
        var targets: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw .usage(ErrorText.stageMapWithoutEquals(value: pair).string)
            }
            let from = String(pair[..<equals]).trimmingWhitespace()
            let to = String(pair[pair.index(after: equals)...]).trimmingWhitespace()
            guard !from.isEmpty, !to.isEmpty else {
                throw .usage(ErrorText.stageMapOneSided(value: pair).string)
            }
            targets[from.lowercased()] = to
        }
        self.targets = targets
    }

    public func target(of name: String) -> String? { targets[name.lowercased()] }

    /// HubSpot's standard deal stages, by their internal names (`qualifiedtobuy`) and labels
    /// ("Qualified To Buy"), onto the default pipeline's stages in order: Prospecting, Qualifying,
    /// Contact, Relationship, Closing. "Closed Won" and "Closed Lost" are outcomes, not stages.
    static let hubSpotStandard: [String: Int] = [
        "appointmentscheduled": 0, "qualifiedtobuy": 1, "presentationscheduled": 2,
        "decisionmakerboughtin": 3, "contractsent": 4,
    ]

    /// The outcome a stage name means: HubSpot's `closedwon` / "Closed Won" and `closedlost` / "Closed Lost".
    static func outcome(of name: String) -> DealStatus? {
        switch key(name) {
        case "closedwon": .won
        case "closedlost": .lost
        default: nil
        }
    }

    /// The stage of `pipeline` a HubSpot standard stage goes to when no `--stage-map` names it and the
    /// pipeline has no stage of that name: the default stage in its place, if the pipeline has it.
    static func standardTarget(of name: String, in pipeline: Pipeline) -> String? {
        guard let index = hubSpotStandard[key(name)], Stage.defaults.indices.contains(index) else { return nil }
        let name = Stage.defaults[index].name
        return pipeline.stages.first { $0.name.matchesIgnoringCase(name) }?.name
    }

    /// A stage name reduced to its letters and digits, lower case: "Decision Maker Bought-In" and
    /// `decisionmakerboughtin` are one name.
    static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
