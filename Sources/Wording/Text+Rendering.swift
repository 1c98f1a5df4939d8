extension Text {
    /// The text in a language.
    public func rendered(in language: Language) -> String {
        switch language {
        case .english: english
        case .simplifiedChinese: chinese
        }
    }

    /// The text in the language of this run (`Language.current`): for the command line's output.
    public var string: String { rendered(in: Language.current) }
}
