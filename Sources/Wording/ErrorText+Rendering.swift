extension ErrorText {
    /// The text in a language.
    public func rendered(in language: Language) -> String {
        switch language {
        case .english: english
        case .simplifiedChinese: chinese
        }
    }

    /// The text in the language of this run (`Language.current`), as a refusal is thrown.
    public var string: String { rendered(in: Language.current) }
}
