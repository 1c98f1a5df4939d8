import Board
import Pipeline
import Testing
@testable import FunnelConfig

@Suite("Reading the config file")
struct ConfigFileTests {
    @Test("The printed defaults file reads back as every default, with no problem")
    func defaultsRoundTrip() {
        let report = ConfigFile.parse(ConfigFile.defaultsText)
        #expect(report.problems == [])
        #expect(report.config == Config.defaults)
    }

    @Test("An empty file is every default")
    func empty() {
        #expect(ConfigFile.parse("") == ConfigFile.Report(config: .defaults, problems: []))
    }

    @Test("Good settings apply: currency, date format, week start, card fields, colours, keys")
    func goodSettings() {
        let report = ConfigFile.parse("""
            default_currency = "cny"
            date_format = "DD.MM.YYYY"
            week_starts_on = "Sunday"
            card_fields = ["value", "owner", "close_date"]

            [colors]
            hot = 196
            selected = { fg = "white", bg = "blue" }

            [keys]
            move_next = ["n", "C-f", "PageDown"]
            move_prev = ["b"]
            quit = "Q"
            """)
        #expect(report.problems == [])
        var expected = Config()
        expected.defaultCurrency = Currency(code: "CNY")!
        expected.dateFormat = .dotted
        expected.weekStartsOn = .sunday
        expected.cardFields = [.value, .owner, .closeDate]
        expected.colors[.hot] = ColorPair(foreground: TerminalColor(index: 196))
        expected.colors[.selected] = ColorPair(foreground: .named("white"), background: .named("blue"))
        expected.keys = expected.keys.binding(.moveNext, to: [.character("n"), .control("f"), .pageDown])
            .binding(.movePrevious, to: [.character("b")]).binding(.quit, to: [.character("Q")])
        #expect(report.config == expected)
        // Keys taken by move_next leave the commands they had ("n" was new deal, pgdn paged down);
        // L no longer moves (move_next was rebound), q no longer quits.
        #expect(report.config.keys.command(for: .pageDown) == .moveNext)
        #expect(report.config.keys.command(for: .character("n")) == .moveNext)
        #expect(report.config.keys.bindings[.newDeal] == [])
        #expect(report.config.keys.command(for: .character("L")) == nil)
        #expect(report.config.keys.command(for: .character("q")) == nil)
        #expect(report.config.keys.command(for: .character("b")) == .movePrevious)
        #expect(report.config.keys.command(for: .character("H")) == nil)
    }

    /// Issue 15 item 2: unset, `1.200` is refused as ambiguous; set, it decides which mark is the decimal one.
    @Test("decimal_separator is \".\" or \",\", unset by default; anything else is reported by line")
    func decimalSeparator() {
        #expect(Config.defaults.decimalSeparator == nil)
        #expect(ConfigFile.parse("decimal_separator = \",\"").config.decimalSeparator == .comma)
        #expect(ConfigFile.parse("decimal_separator = \".\"").config.decimalSeparator == .point)
        let bad = ConfigFile.parse("default_currency = \"EUR\"\ndecimal_separator = \"'\"\n")
        #expect(bad.config.decimalSeparator == nil)
        #expect(bad.problems.map(\.line) == [2])
        #expect(bad.problems.first?.message.contains("use \".\" (1,200.50) or \",\" (1.200,50)") == true)
    }

    @Test("Every kind of mistake is reported with its line; the line is ignored and the rest applies")
    func everyErrorKind() {
        let report = ConfigFile.parse("""
            default_currency = "USS"
            date_format = "YY/MM"
            week_starts_on = "someday"
            card_fields = ["value", "mood"]
            colour_scheme = "dark"

            [colors]
            hot = "reddish"
            cold = 300
            sparkle = "red"
            won = "green"

            [keys]
            move_next = ["n"]
            teleport = ["t"]
            pick_up = ["n"]
            move_previous = ["hyper-x"]
            help = ["F1", "ctrl-h"]
            this line is not toml
            """)
        #expect(report.problems.map(\.line) == [1, 2, 3, 4, 5, 8, 9, 10, 15, 16, 17, 18, 19])
        let messages = report.problems.map(\.message)
        #expect(messages[0] == "unknown currency 'USS': use a three-letter ISO 4217 code such as USD, EUR, CNY or JPY")
        #expect(messages[1].hasPrefix("bad date_format 'YY/MM': use one of \"YYYY-MM-DD\""))
        #expect(messages[2].hasPrefix("bad week_starts_on 'someday'"))
        #expect(messages[3].hasPrefix("unknown card field 'mood'"))
        #expect(messages[4].hasPrefix("unknown setting 'colour_scheme'"))
        #expect(messages[5].hasPrefix("bad colour 'reddish' for hot: use one of black, red"))
        #expect(messages[6].hasPrefix("bad colour '300' for cold"))
        #expect(messages[7].hasPrefix("unknown colour role 'sparkle'"))
        #expect(messages[8].hasPrefix("unknown action 'teleport' in [keys]: use one of select_left"))
        #expect(messages[9] == "two actions on one key: 'n' is bound to move_next (line 14) and to pick_up; keep one")
        #expect(messages[10].hasPrefix("unknown key name 'hyper-x' for move_previous"))
        #expect(messages[11] == "unknown key name 'F1' for help: use \(KeyBinding.acceptedForms)")
        #expect(messages[12].hasPrefix("not valid TOML"))
        // Everything else applied.
        var expected = Config()
        expected.colors[.won] = ColorPair(foreground: .named("green"))
        expected.keys = expected.keys.binding(.moveNext, to: [.character("n")])
        #expect(report.config == expected)
    }

    @Test("A TOML syntax error in the middle keeps the lines after it")
    func syntaxErrorKeepsTheRest() {
        let report = ConfigFile.parse("default_currency = \"EUR\"\ndate_format = \nweek_starts_on = \"friday\"\n")
        #expect(report.problems.map(\.line) == [2])
        #expect(report.config.defaultCurrency.code == "EUR")
        #expect(report.config.weekStartsOn == .friday)
    }

    @Test("A NUL byte is reported on its line and does not hide the lines after it")
    func nulByteIsReported() {
        let report = ConfigFile.parse("default_currency = \"EUR\"\u{0}\u{1}\nweek_starts_on = \"friday\"\ncolour_scheme = 1\n")
        #expect(report.problems.map(\.line) == [1, 3])
        #expect(report.problems.first?.message.contains("NUL byte") == true)
        #expect(report.config.weekStartsOn == .friday)
        #expect(report.config.defaultCurrency.code == "USD")
    }

    @Test("Mistakes of kind, not of value: a string for a list, a list for a table, a duplicate key, escapes in a key")
    func mistakesOfKind() {
        let report = ConfigFile.parse("""
            card_fields = "value"
            default_currency = "EUR"
            default_currency = "USD"
            colors = ["red"]
            \u{1B}]52;c;aGk=\u{7} = 1
            week_starts_on = "sunday"
            """)
        #expect(report.problems.map(\.line) == [1, 3, 4, 5])
        #expect(report.problems[0].message.hasPrefix("card_fields must be a list"))
        #expect(report.problems[1].message.contains("redefine"))
        #expect(report.config.weekStartsOn == .sunday)
        #expect(report.config.defaultCurrency.code == "EUR")
        // A problem quoting the file's text never carries a raw control character.
        #expect(!report.problems.contains { $0.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
    }

    @Test("A key map without a way out is refused: quit = [] and ctrl-c taken for another action are reported by line")
    func aKeyMapMustKeepAWayOut() {
        let report = ConfigFile.parse("""
            [keys]
            move_next = ["n"]
            quit = []
            undo = ["ctrl-c", "u"]
            redo = ["C-c"]
            """)
        #expect(report.problems.map(\.line) == [3, 4, 5])
        #expect(report.problems.first?.message
            == "quit = [] would leave the board with no key of its own to quit: list at least one, such as [\"q\"]; quit keeps q, ctrl-c")
        #expect(report.problems.dropFirst().first?.message
            == "'ctrl-c' always quits the board and cannot be bound to undo; choose another key for undo")
        #expect(report.problems.last?.message.hasPrefix("'ctrl-c' always quits the board and cannot be bound to redo") == true)
        // The refused lines are ignored: quit and undo keep their keys, the rest applies.
        #expect(report.config.keys.bindings[.quit] == [.character("q"), .control("c")])
        #expect(report.config.keys.command(for: .control("c")) == .quit)
        #expect(report.config.keys.command(for: .character("u")) == .undo)
        #expect(report.config.keys.command(for: .character("n")) == .moveNext)
        // A quit of other keys, ctrl-c among them or not, is a way out.
        #expect(ConfigFile.parse("[keys]\nquit = [\"Q\"]\n").problems == [])
        #expect(ConfigFile.parse("[keys]\nquit = [\"ctrl-c\"]\n").problems == [])
    }

    @Test("Key names: the board's names, ctrl chords in several spellings; others are refused")
    func keyNames() {
        #expect(KeyBinding.key("L") == .character("L"))
        #expect(KeyBinding.key("ж") == .character("ж"))
        #expect(KeyBinding.key("Space") == .character(" "))
        #expect(KeyBinding.key(" ") == .character(" "))
        #expect(KeyBinding.key("Return") == .enter)
        #expect(KeyBinding.key("pgdn") == .pageDown)
        #expect(KeyBinding.key("C-r") == .control("r"))
        #expect(KeyBinding.key("^r") == .control("r"))
        #expect(KeyBinding.key("Ctrl-R") == .control("r"))
        #expect(KeyBinding.key("ctrl-1") == nil)
        #expect(KeyBinding.key("") == nil)
        #expect(KeyBinding.key("\u{7}") == nil)
        #expect(KeyBinding.key("banana") == nil)
        #expect(KeyBinding.command("move_prev") == .movePrevious)
        #expect(KeyBinding.command("move_previous") == .movePrevious)
    }

    @Test("The rotting tints are colour roles with deepening red backgrounds, and the file can change one")
    func rottingColours() {
        #expect(ColorRole.rotting1.defaultColors == ColorPair(background: TerminalColor(index: 52)))
        #expect(ColorRole.rotting3.defaultColors == ColorPair(background: TerminalColor(index: 124)))
        #expect(ConfigFile.defaultsText.contains("rotting_2 = { bg = 88 }"))
        let report = ConfigFile.parse("""
            [colors]
            rotting_2 = { fg = "white", bg = 94 }
            """)
        #expect(report.problems == [])
        #expect(report.config.colors[.rotting2] == ColorPair(foreground: .named("white"), background: TerminalColor(index: 94)))
    }

    @Test("Colours: the 16 names, grey, and 0 to 255")
    func colours() {
        #expect(TerminalColor(name: "bright-blue")?.index == 12)
        #expect(TerminalColor(name: "Grey")?.index == 8)
        #expect(TerminalColor(name: "255")?.index == 255)
        #expect(TerminalColor(name: "256") == nil)
        #expect(TerminalColor(name: "purple") == nil)
    }

    @Test("The file is --config, else FUNNEL_CONFIG, else XDG_CONFIG_HOME, else ~/.config")
    func location() {
        #expect(ConfigFile.path(explicit: "/a.toml", environment: ["FUNNEL_CONFIG": "/b.toml"]) == "/a.toml")
        #expect(ConfigFile.path(explicit: nil, environment: ["FUNNEL_CONFIG": "/b.toml", "XDG_CONFIG_HOME": "/x"]) == "/b.toml")
        #expect(ConfigFile.path(explicit: nil, environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/funnel/config.toml")
        #expect(ConfigFile.path(explicit: nil, environment: ["HOME": "/h"]) == "/h/.config/funnel/config.toml")
    }

    @Test("Date formats")
    func dateFormats() {
        let day = CalendarDay(year: 2026, month: 3, day: 7)!
        #expect(DateFormat.allCases.map { $0.format(day) } == ["2026-03-07", "07/03/2026", "03/07/2026", "07.03.2026", "7 Mar 2026", "2026年3月7日"])
    }
}
