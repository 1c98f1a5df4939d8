import Pipeline

/// `Q` on a card: the four qualifying answers, each cycled with one key, and the temperature.
public struct QualifyForm: Sendable, Hashable {
    public var deal: Deal
    public var qualification: Qualification
    /// Set by hand, or nil to follow the answers.
    public var temperatureByHand: Temperature?

    public init(deal: Deal) {
        self.deal = deal
        qualification = deal.qualification
        temperatureByHand = deal.temperatureSetByHand ? deal.temperature : nil
    }

    /// The temperature the deal will have when saved.
    public var temperature: Temperature { temperatureByHand ?? qualification.impliedTemperature }

    /// unknown → yes → no → unknown.
    static func next(_ answer: Qualification.Answer) -> Qualification.Answer {
        switch answer {
        case .unknown: .yes
        case .yes: .no
        case .no: .unknown
        }
    }

    /// auto → hot → warm → cold → auto.
    static func next(_ temperature: Temperature?) -> Temperature? {
        switch temperature {
        case nil: .hot
        case .hot: .warm
        case .warm: .cold
        case .cold: nil
        }
    }
}
