import Board
import Pipeline
import Wording

/// The user's settings: defaults for new deals, how dates and cards look, colours and keys.
public struct Config: Sendable, Equatable {
    /// `language` as the file set it; nil leaves the choice to the locale (`Language.chosen`).
    public var language: Language?
    /// `default_currency` as the file set it; nil for the language's default (`defaultCurrency`).
    public var currencySetting: Currency?
    /// `date_format` as the file set it; nil for the language's default (`dateFormat`).
    public var dateFormatSetting: DateFormat?
    /// The mark before an amount's fraction (`decimal_separator`); nil refuses the ambiguous `1.200` (`Money.parse`).
    public var decimalSeparator: DecimalSeparator?
    public var weekStartsOn: Weekday = .monday
    /// The detail lines a card shows, in order.
    public var cardFields: [CardField] = CardField.defaults
    public var colors: [ColorRole: ColorPair] = Dictionary(uniqueKeysWithValues: ColorRole.allCases.map { ($0, $0.defaultColors) })
    /// The board's keys: its standard map with the config's `[keys]` applied.
    public var keys: KeyMap = .standard
    /// `database` as the file set it: a database file's path or a `postgresql://` address, used when
    /// neither `--db` nor `FUNNEL_DB` says one; nil for the default file.
    public var database: String?
    /// `user` as the file set it, cleaned (`Salesperson.cleaned`): the name the user's deals are owned under;
    /// nil leaves it to `FUNNEL_USER` and the login (`Salesperson.resolve`).
    public var user: String?
    /// `user` as the file set it when it holds a control character (`Salesperson.hasControlCharacters`), made
    /// visible: the run refuses it rather than own deals under a name with a line break in it.
    public var userWithControls: String?

    public init() {}

    /// Every setting at its default.
    public static let defaults = Config()

    /// The currency `funnel add` and imports use when none is given: the file's, else the run's
    /// language's (CNY under Chinese, USD under English).
    public var defaultCurrency: Currency {
        get { currencySetting ?? Currency.default(for: Language.current) }
        set { currencySetting = newValue }
    }

    /// How days are shown: the file's `date_format`, else the run's language's (`2026年12月6日` under Chinese).
    public var dateFormat: DateFormat {
        get { dateFormatSetting ?? DateFormat.default(for: Language.current) }
        set { dateFormatSetting = newValue }
    }
}
