import Board
import CNcursesw
import Foundation

/// Colours and attributes for each style role, chosen for what the terminal can show.
///
/// 256 colours, 16, 8, or none (monochrome, or `NO_COLOR` set to anything): the roles
/// that must stay readable without colour also carry bold, dim or reverse.
struct Palette {
    /// How a cell is drawn: curses attributes and a colour pair.
    struct Look: Equatable {
        var attributes: attr_t
        var pair: Int16

        static let plain = Look(attributes: funnel_a_normal(), pair: 0)
    }

    private var pairs: [StyleRole: Int16] = [:]
    private var attributes: [StyleRole: attr_t] = [:]
    /// Pairs drawn on the terminal's own background (pair 0 always is).
    private var plainBackgroundPairs: Set<Int16> = [0]

    /// `chosen`: the config file's colours by role, applied where the terminal can show them.
    init(useColor: Bool, chosen: [StyleRole: PaletteColor] = [:]) {
        let bold = funnel_a_bold()
        let dim = funnel_a_dim()
        attributes = [.header: bold, .dim: dim, .error: bold, .hot: bold, .stalled: bold, .border: dim, .won: bold]
        guard useColor, has_colors() else { return }
        start_color()
        let background: Int16 = use_default_colors() == funnel_ok() ? -1 : Int16(COLOR_BLACK)
        let colors = funnel_colors()
        let combinations = Self.colors(terminalColors: Int(colors), background: background, chosen: chosen)
        // One pair per colour combination: roles that share colours (borders and dim text) share
        // a pair, so the terminal is not told the same colour again between them.
        var next: Int16 = 1
        var made: [[Int16]: Int16] = [:]
        for role in StyleRole.allCases {
            guard let colors = combinations[role] else { continue }
            if let pair = made[colors] {
                pairs[role] = pair
                continue
            }
            guard Int32(next) < funnel_color_pairs() else { continue }
            init_pair(next, colors[0], colors[1])
            made[colors] = next
            pairs[role] = next
            if colors[1] == -1 { plainBackgroundPairs.insert(next) }
            next += 1
        }
        // With real grey available, dim text needs no A_DIM (which some terminals ignore or blur).
        if colors >= 16 { attributes[.dim] = nil; attributes[.border] = nil }
    }

    /// The foreground and background of each role that has colours, for a terminal of `terminalColors` colours
    /// whose own background is `background` (-1 when it keeps its default): Funnel's choices, then the
    /// config's where the terminal can show them.
    static func colors(terminalColors colors: Int, background: Int16, chosen: [StyleRole: PaletteColor]) -> [StyleRole: [Int16]] {
        let grey: Int16 = colors >= 256 ? 244 : (colors >= 16 ? 8 : Int16(COLOR_WHITE))
        func pick(_ c256: Int16, _ c8: Int32) -> Int16 { colors >= 256 ? c256 : Int16(c8) }
        // The text on a tinted card: the terminal's own where it can keep it.
        let tintedText: Int16 = background == -1 ? -1 : Int16(COLOR_WHITE)
        var foregrounds: [StyleRole: Int16] = [
            .header: pick(75, COLOR_CYAN),
            .border: grey,
            .selected: pick(33, COLOR_BLUE),
            .lifted: pick(170, COLOR_MAGENTA),
            .stalled: pick(203, COLOR_RED),
            .hot: pick(196, COLOR_RED),
            .warm: pick(214, COLOR_YELLOW),
            .cold: pick(45, COLOR_CYAN),
            .won: pick(40, COLOR_GREEN),
            .lost: pick(160, COLOR_RED),
            .dim: grey,
            .message: pick(40, COLOR_GREEN),
            .error: pick(196, COLOR_RED),
            .focusedField: pick(75, COLOR_CYAN),
            // A rotting card on 8 or 16 colours: red text, then red behind the text, then bright red behind it.
            .rotting1: colors >= 256 ? tintedText : Int16(COLOR_RED),
            .rotting2: tintedText,
            .rotting3: colors >= 256 ? tintedText : Int16(COLOR_WHITE),
        ]
        var backgrounds: [StyleRole: Int16] = [
            .rotting1: colors >= 256 ? 52 : background,
            .rotting2: colors >= 256 ? 88 : Int16(COLOR_RED),
            .rotting3: colors >= 256 ? 124 : (colors >= 16 ? 9 : Int16(COLOR_RED)),
        ]
        if background == -1 {
            // Roles without a colour of their own get the terminal's own colours as a pair too: going
            // from grey text back to them is then one "default colour" instead of a reset of everything.
            for role in StyleRole.allCases where foregrounds[role] == nil { foregrounds[role] = -1 }
        }
        for (role, color) in chosen {
            if let foreground = color.foreground, foreground < colors { foregrounds[role] = Int16(foreground) }
            if let chosenBackground = color.background, chosenBackground < colors { backgrounds[role] = Int16(chosenBackground) }
        }
        var result: [StyleRole: [Int16]] = [:]
        for role in StyleRole.allCases {
            guard let foreground = foregrounds[role] else { continue }
            result[role] = [foreground, backgrounds[role] ?? background]
        }
        return result
    }

    /// Whether colour should be used: not when NO_COLOR is set to anything.
    static func wantsColor(environment: [String: String]) -> Bool { environment["NO_COLOR"] == nil }

    func look(_ style: CellStyle) -> Look {
        var attrs = attributes[style.role] ?? funnel_a_normal()
        if style.reverse { attrs |= funnel_a_reverse() }
        if style.bold { attrs |= funnel_a_bold() }
        return Look(attributes: attrs, pair: pairs[style.role] ?? 0)
    }

    /// True when a blank drawn with this look cannot be told from a plain blank: bold, dim and a
    /// letter colour do not show on a space; reverse, underline and a background do.
    func blankLooksPlain(_ look: Look) -> Bool {
        look.attributes & (funnel_a_reverse() | funnel_a_underline()) == 0 && plainBackgroundPairs.contains(look.pair)
    }
}
