extension CommandText {
    /// The text in a language.
    public func rendered(in language: Language) -> String {
        switch language {
        case .english: english
        case .simplifiedChinese: chinese
        }
    }

    /// The text in the language of this run (`Language.current`): for output and `--help`.
    public var string: String { rendered(in: Language.current) }
}
