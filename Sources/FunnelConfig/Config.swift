import Board
import Pipeline

/// The user's settings: defaults for new deals, how dates and cards look, colours and keys.
public struct Config: Sendable, Equatable {
    /// The currency `funnel add` and imports use when none is given.
    public var defaultCurrency: Currency = .usd
    /// How people read days and moments (`date_format`): `6 Dec 2026` and `6 Dec 2026 14:00` unless configured.
    public var dateFormat: DateFormat = .dayMonthName
    /// The mark before an amount's fraction (`decimal_separator`); nil refuses the ambiguous `1.200` (`Money.parse`).
    public var decimalSeparator: DecimalSeparator?
    public var weekStartsOn: Weekday = .monday
    /// The detail lines a card shows, in order.
    public var cardFields: [CardField] = CardField.defaults
    public var colors: [ColorRole: ColorPair] = Dictionary(uniqueKeysWithValues: ColorRole.allCases.map { ($0, $0.defaultColors) })
    /// The board's keys: its standard map with the config's `[keys]` applied.
    public var keys: KeyMap = .standard

    public init() {}

    /// Every setting at its default.
    public static let defaults = Config()
}
