import Pipeline

/// `--stage-map FROM=TO`: the file's stage names (any case) to the pipeline's.
public struct StageMap: Sendable, Equatable {
    /// Lower-cased file stage name to Funnel stage name.
    public var targets: [String: String]

    public init(_ pairs: [String]) throws(ImportError) {
        var targets: [String: String] = [:]
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw .usage("invalid --stage-map '\(pair)': use FROM=TO, e.g. --stage-map \"Qualified To Buy=Qualifying\"")
            }
            let from = String(pair[..<equals]).trimmingWhitespace()
            let to = String(pair[pair.index(after: equals)...]).trimmingWhitespace()
            guard !from.isEmpty, !to.isEmpty else {
                throw .usage("invalid --stage-map '\(pair)': both sides need a stage name, e.g. \"Qualified To Buy=Qualifying\"")
            }
            targets[from.lowercased()] = to
        }
        self.targets = targets
    }

    public func target(of name: String) -> String? { targets[name.lowercased()] }
}
