import Board
import Pipeline
import TOMLKit
import Wording

/// Reads the config file's TOML into a `Config`, reporting each bad line with its number and
/// ignoring only that line: a mistake never stops Funnel and never discards the rest.
public enum ConfigFile {
    /// The config and every problem found, sorted by line.
    public struct Report: Sendable, Equatable {
        public var config: Config
        public var problems: [ConfigProblem]

        public init(config: Config, problems: [ConfigProblem]) {
            self.config = config
            self.problems = problems
        }
    }

    /// The file to read: `--config`, else `FUNNEL_CONFIG`, else `$XDG_CONFIG_HOME/funnel/config.toml`,
    /// else `~/.config/funnel/config.toml`.
    public static func path(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["FUNNEL_CONFIG"], !path.isEmpty { return path }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/funnel/config.toml" }
        return (environment["HOME"] ?? "~") + "/.config/funnel/config.toml"
    }

    static let rootSettings = ["default_currency", "decimal_separator", "date_format", "week_starts_on", "card_fields", "colors", "keys", "language", "database", "user"]

    /// Parses the text of a config file.
    public static func parse(_ text: String) -> Report {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var problems: [ConfigProblem] = []
        // The TOML library reads a C string: a NUL byte would silently end the file there.
        for index in lines.indices where lines[index].contains("\u{0}") {
            problems.append(ConfigProblem(line: index + 1, message: ErrorText.configNULByte.string))
            lines[index] = ""
        }
        var table: TOMLTable?
        // A syntax error names its line: report it, blank that line, and read the rest again.
        for _ in 0..<100 {
            do {
                table = try TOMLTable(string: lines.joined(separator: "\n"))
                break
            } catch let error as TOMLParseError {
                let line = max(1, min(error.source.begin.line, lines.count))
                problems.append(ConfigProblem(line: line, message: ErrorText.configNotTOML(detail: error.description).string))
                if lines[line - 1].isEmpty { break }
                lines[line - 1] = ""
            } catch {
                problems.append(ConfigProblem(line: 1, message: ErrorText.configCannotRead(detail: "\(error)").string))
                break
            }
        }
        var config = Config()
        guard let table else { return Report(config: config, problems: problems) }
        let index = LineIndex(lines: lines)
        var reader = SettingsReader(index: index, problems: problems)
        reader.read(table, into: &config)
        return Report(config: config, problems: reader.problems.sorted { $0.line < $1.line })
    }
}

/// Where each `key =` and `[table]` is in the file, since the TOML library does not say.
struct LineIndex {
    /// "table\u{0}key" (root table "") to its 1-based line.
    var lines: [String: Int] = [:]
    var tables: [String: Int] = [:]

    init(lines text: [String]) {
        var current = ""
        for (offset, raw) in text.enumerated() {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                current = LineIndex.unquote(String(line[line.index(after: line.startIndex)..<close]))
                if tables[current] == nil { tables[current] = offset + 1 }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = LineIndex.unquote(String(line[..<equals]))
            let slot = "\(current)\u{0}\(key)"
            if lines[slot] == nil { lines[slot] = offset + 1 }
        }
    }

    func line(table: String, key: String) -> Int { lines["\(table)\u{0}\(key)"] ?? tables[table] ?? 1 }

    static func unquote(_ text: String) -> String {
        var key = text.trimmingWhitespace()
        if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
            key = String(key.dropFirst().dropLast())
        }
        return key
    }
}

/// Applies a parsed table to a `Config`, one setting at a time, collecting problems.
struct SettingsReader {
    var index: LineIndex
    var problems: [ConfigProblem]

    mutating func complain(_ table: String, _ key: String, _ message: String) {
        problems.append(ConfigProblem(line: index.line(table: table, key: key), message: message))
    }

    mutating func read(_ root: TOMLTable, into config: inout Config) {
        for key in root.keys {
            guard let value = root[key] else { continue }
            switch key {
            case "language":
                if let text = value.string, let language = Language(setting: text) {
                    config.language = language
                } else {
                    complain("", key, Text.unknownLanguage(value: value.string ?? "\(value)").string)
                }
            case "database":
                if let text = value.string, !text.trimmingWhitespace().isEmpty {
                    config.database = text
                } else {
                    complain("", key, ErrorText.configDatabaseInvalid(value: value.string.map { "'\($0)'" } ?? "\(value)").string)
                }
            case "user":
                // A name cut to fit would be someone else's: too long, empty or not text is a problem on its line.
                if let text = value.string, Salesperson.hasControlCharacters(text) {
                    // Not a warning: the run stops on it (FunnelMain), as for FUNNEL_USER.
                    config.userWithControls = TerminalText.visible(text.trimmingWhitespace())
                } else if let text = value.string, let name = Salesperson.cleaned(text),
                   name.count <= DealTextField.owner.maxLength, TerminalText.visible(text.trimmingWhitespace()).count <= DealTextField.owner.maxLength {
                    config.user = name
                } else {
                    complain("", key, ErrorText.configUserInvalid(value: value.string.map { "'\(TerminalText.visible($0))'" } ?? "\(value)").string)
                }
            case "default_currency":
                guard let text = value.string else { complain("", key, ErrorText.configCurrencyNotText.string); continue }
                if let currency = Currency(code: text.trimmingWhitespace()) {
                    config.defaultCurrency = currency
                } else {
                    complain("", key, ErrorText.currencyUnknown(value: text).string)
                }
            case "decimal_separator":
                if let text = value.string, let separator = DecimalSeparator(rawValue: text.trimmingWhitespace()) {
                    config.decimalSeparator = separator
                } else {
                    complain("", key, ErrorText.configDecimalSeparatorInvalid(value: value.string ?? "\(value)").string)
                }
            case "date_format":
                let accepted = Language.current.listed(DateFormat.allCases.map { "\"\($0.rawValue)\"" })
                if let text = value.string, let format = DateFormat.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) {
                    config.dateFormat = format
                } else {
                    complain("", key, ErrorText.configDateFormatInvalid(value: value.string ?? "\(value)", accepted: accepted).string)
                }
            case "week_starts_on":
                if let text = value.string, let day = Weekday(rawValue: text.lowercased().trimmingWhitespace()) {
                    config.weekStartsOn = day
                } else {
                    complain("", key, ErrorText.configWeekStartInvalid(value: value.string ?? "\(value)").string)
                }
            case "card_fields":
                readCardFields(value, into: &config)
            case "colors", "colours":
                guard let table = value.table else { complain("", key, ErrorText.configColorsNotTable(key: key).string); continue }
                readColors(table, name: key, into: &config)
            case "keys":
                guard let table = value.table else { complain("", key, ErrorText.configKeysNotTable.string); continue }
                readKeys(table, into: &config)
            default:
                complain("", key, ErrorText.configUnknownSetting(key: key, settings: Language.current.listed(ConfigFile.rootSettings)).string)
            }
        }
    }

    mutating func readCardFields(_ value: TOMLValueConvertible, into config: inout Config) {
        let accepted = Language.current.listed(CardField.allCases.map(\.rawValue))
        guard let array = value.array else {
            complain("", "card_fields", ErrorText.configCardFieldsNotList(accepted: accepted).string)
            return
        }
        var fields: [CardField] = []
        for item in array {
            guard let text = item.string, let field = CardField(rawValue: text.lowercased()) else {
                complain("", "card_fields", ErrorText.configCardFieldUnknown(value: item.string ?? "\(item)", accepted: accepted).string)
                return
            }
            if !fields.contains(field) { fields.append(field) }
        }
        config.cardFields = fields
    }

    mutating func readColors(_ table: TOMLTable, name: String, into config: inout Config) {
        for role in table.keys {
            guard let value = table[role] else { continue }
            guard let colorRole = ColorRole(rawValue: role) else {
                complain(name, role, ErrorText.configColorRoleUnknown(role: role, roles: Language.current.listed(ColorRole.allCases.map(\.rawValue))).string)
                continue
            }
            if let pair = value.table {
                var colors = ColorPair()
                var bad = false
                for part in pair.keys {
                    guard let partValue = pair[part] else { continue }
                    guard let color = Self.color(partValue) else {
                        complain(name, role, ErrorText.configColorInvalid(value: Self.text(partValue), role: role, names: Language.current.listed(TerminalColor.names)).string)
                        bad = true
                        break
                    }
                    switch part {
                    case "fg", "foreground": colors.foreground = color
                    case "bg", "background": colors.background = color
                    default:
                        complain(name, role, ErrorText.configColorPartUnknown(part: part, role: role).string)
                        bad = true
                    }
                    if bad { break }
                }
                if !bad { config.colors[colorRole] = colors }
            } else if let color = Self.color(value) {
                config.colors[colorRole] = ColorPair(foreground: color, background: colorRole.defaultColors.background)
            } else {
                complain(name, role, ErrorText.configColorInvalid(value: Self.text(value), role: role, names: Language.current.listed(TerminalColor.names)).string)
            }
        }
    }

    mutating func readKeys(_ table: TOMLTable, into config: inout Config) {
        var boundAt: [Key: (command: BoardCommand, line: Int)] = [:]
        let entries = table.keys.map { ($0, index.line(table: "keys", key: $0)) }.sorted { $0.1 < $1.1 }
        for (action, line) in entries {
            guard let value = table[action] else { continue }
            guard let command = KeyBinding.command(action) else {
                complain("keys", action, ErrorText.configKeyActionUnknown(action: action, actions: Language.current.listed(BoardCommand.allCases.map(\.rawValue))).string)
                continue
            }
            let items: [TOMLValueConvertible]
            if let array = value.array {
                items = Array(array)
            } else if value.string != nil {
                items = [value]
            } else {
                complain("keys", action, ErrorText.configKeysNotList(action: action).string)
                continue
            }
            var keys: [Key] = []
            var bad = false
            for item in items {
                guard let text = item.string, let key = KeyBinding.key(text) else {
                    complain("keys", action, ErrorText.configKeyNameUnknown(value: Self.text(item), action: action).string)
                    bad = true
                    break
                }
                if key == KeyMap.alwaysQuits && command != .quit {
                    complain("keys", action, ErrorText.configKeyAlwaysQuits(key: "\(key)", action: action).string)
                    bad = true
                    break
                }
                if let earlier = boundAt[key], earlier.command != command {
                    complain("keys", action, ErrorText.configKeyTwice(key: "\(key)", earlier: earlier.command.rawValue, line: earlier.line, action: command.rawValue).string)
                    bad = true
                    break
                }
                if !keys.contains(key) { keys.append(key) }
            }
            if bad { continue }
            if keys.isEmpty && KeyMap.requiredCommands.contains(command) {
                complain("keys", action, ErrorText.configQuitKeysEmpty(action: action, keys: config.keys.keyNames(command)).string)
                continue
            }
            for key in keys { boundAt[key] = (command, line) }
            config.keys = config.keys.binding(command, to: keys)
        }
    }

    static func color(_ value: TOMLValueConvertible) -> TerminalColor? {
        if let number = value.int { return TerminalColor(index: number) }
        if let text = value.string { return TerminalColor(name: text) }
        return nil
    }

    static func text(_ value: TOMLValueConvertible) -> String {
        if let text = value.string { return text }
        if let number = value.int { return String(number) }
        return "\(value)"
    }
}
