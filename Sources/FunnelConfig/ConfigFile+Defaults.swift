import Board
import Pipeline
import Wording

extension ConfigFile {
    /// A complete config file with every default and a comment for each setting: `funnel config --print-defaults`.
    public static var defaultsText: String {
        let config = Config.defaults
        var out = """
            # Funnel configuration.
            # Read from --config, else $FUNNEL_CONFIG, else $XDG_CONFIG_HOME/funnel/config.toml,
            # else ~/.config/funnel/config.toml. Every setting below is at its default: keep what you change.
            # 'funnel config check' lists mistakes by line; a bad line is ignored and the rest applies.

            # The language Funnel speaks: \(Language.acceptedSettings). Without it, LC_ALL, LC_MESSAGES or LANG
            # starting with zh_CN, zh_SG or zh_Hans asks for Chinese; anything else is English.
            # language = "en"

            # Where the pipeline is kept when neither --db nor $FUNNEL_DB says: a database file's path (~/ is
            # your home folder; a relative path is read from this file's folder) or a PostgreSQL server,
            # postgresql://USER@HOST:PORT/DATABASE (PGHOST, PGUSER, ... and ~/.pgpass fill what it leaves out).
            # Without it: $XDG_DATA_HOME/funnel/funnel.sqlite, else ~/.local/share/funnel/funnel.sqlite.
            # database = "~/sales/funnel.sqlite"

            # Your name: the owner of the deals you add and the author of your changes ('funnel whoami').
            # Without it: $FUNNEL_USER, else your login's full name, else your login name.
            # user = "Li Wei"

            # Currency of new deals ('funnel add' without --currency) and of imported rows without one:
            # a three-letter ISO 4217 code. Without it: CNY when Funnel speaks Chinese, USD otherwise.
            # default_currency = "\(config.defaultCurrency.code)"

            # The mark before an amount's cents: "." (1,200.50) or "," (1.200,50); the other one groups thousands.
            # Unset, an amount like 1.200 or 80,000 (one mark, then three digits) is refused as ambiguous:
            # write 1200 or 1.20 instead, or set this.
            # decimal_separator = "."

            # How days are shown: \(DateFormat.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")).
            # Without it: YYYY年M月D日 when Funnel speaks Chinese, YYYY-MM-DD otherwise.
            # date_format = "\(config.dateFormat.rawValue)"

            # First day of the week in weekly views: monday to sunday.
            week_starts_on = "\(config.weekStartsOn.rawValue)"

            # Lines a card shows under its title, in order. Any of:
            # \(CardField.allCases.map(\.rawValue).joined(separator: ", ")).
            card_fields = [\(config.cardFields.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))]

            # Colours by role. A colour is a name (\(TerminalColor.names.joined(separator: ", ")))
            # or a number from 0 to 255; { fg = ..., bg = ... } sets text and background. The numbers below
            # are the board's 256-colour choices; a terminal with fewer colours keeps its own fallbacks.
            [colors]

            """
        for role in ColorRole.allCases {
            let pair = config.colors[role] ?? role.defaultColors
            out += "\(role.rawValue) = \(colorText(pair))\n"
        }
        out += """

            # Board keys: each action takes a list of keys. A key is \(KeyBinding.acceptedForms).
            # A key may do one action only; binding it here takes it from the action it had by default.
            # Keys inside a carry, a form, a chooser and the help overlay are fixed (arrows, h j k l, space, Enter, Esc).
            # quit needs at least one key; ctrl-c always quits, from anywhere, and cannot do another action.
            [keys]

            """
        for command in BoardCommand.allCases {
            let keys = (config.keys.bindings[command] ?? []).map { tomlString($0.description) }.joined(separator: ", ")
            out += "\(command.rawValue) = [\(keys)]  # \(command.summary)\n"
        }
        return out
    }

    static func colorText(_ pair: ColorPair) -> String {
        func one(_ color: TerminalColor) -> String { color.index < 16 ? "\"\(color)\"" : String(color.index) }
        if let background = pair.background {
            let foreground = pair.foreground.map { "fg = \(one($0)), " } ?? ""
            return "{ \(foreground)bg = \(one(background)) }"
        }
        return pair.foreground.map(one) ?? "\"white\""
    }

    /// A TOML basic string.
    static func tomlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
