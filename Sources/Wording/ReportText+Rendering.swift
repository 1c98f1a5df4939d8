extension ReportText {
    /// The text in a language.
    public func rendered(in language: Language) -> String {
        switch language {
        case .english: english
        case .simplifiedChinese: chinese
        }
    }

    /// The text in the language of this run (`Language.current`): for `funnel report` and `funnel plan`.
    public var string: String { rendered(in: Language.current) }
}
