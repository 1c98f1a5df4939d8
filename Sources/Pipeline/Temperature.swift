import Wording

/// How likely a lead is to buy soon: hot, warm or cold.
public enum Temperature: String, Sendable, Hashable, CaseIterable {
    case hot
    case warm
    case cold

    public static func parse(_ text: String) throws(PipelineError) -> Temperature {
        try parseChoice(text, what: "temperature")
    }

    /// A symbol that reads without colour.
    public var symbol: String {
        switch self {
        case .hot: "▲"
        case .warm: "◆"
        case .cold: "▽"
        }
    }
}

extension Temperature {
    /// hot, warm or cold as a person reads it, in the table's languages.
    public var shownName: Text {
        switch self {
        case .hot: .temperatureHot
        case .warm: .temperatureWarm
        case .cold: .temperatureCold
        }
    }
}
