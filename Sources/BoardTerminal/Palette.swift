import Board
import CNcursesw
import Foundation

/// Colours and attributes for each style role, chosen for what the terminal can show.
///
/// 256 colours, 16, 8, or none (monochrome, or `NO_COLOR` set to anything): the roles
/// that must stay readable without colour also carry bold, dim or reverse.
struct Palette {
    private var pairs: [StyleRole: Int16] = [:]
    private var attributes: [StyleRole: attr_t] = [:]

    /// `chosen`: the config file's colours by role, applied where the terminal can show them.
    init(useColor: Bool, chosen: [StyleRole: PaletteColor] = [:]) {
        let bold = funnel_a_bold()
        let dim = funnel_a_dim()
        attributes = [.header: bold, .dim: dim, .error: bold, .hot: bold, .stalled: bold, .border: dim, .won: bold]
        guard useColor, has_colors() else { return }
        start_color()
        let background: Int16 = use_default_colors() == funnel_ok() ? -1 : Int16(COLOR_BLACK)
        let colors = funnel_colors()
        let grey: Int16 = colors >= 256 ? 244 : (colors >= 16 ? 8 : Int16(COLOR_WHITE))
        func pick(_ c256: Int16, _ c8: Int32) -> Int16 { colors >= 256 ? c256 : Int16(c8) }
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
        ]
        var backgrounds: [StyleRole: Int16] = [:]
        for (role, color) in chosen {
            if let foreground = color.foreground, foreground < Int(colors) { foregrounds[role] = Int16(foreground) }
            if let chosenBackground = color.background, chosenBackground < Int(colors) { backgrounds[role] = Int16(chosenBackground) }
        }
        var next: Int16 = 1
        for role in StyleRole.allCases {
            guard let foreground = foregrounds[role], Int32(next) < funnel_color_pairs() else { continue }
            init_pair(next, foreground, backgrounds[role] ?? background)
            pairs[role] = next
            next += 1
        }
        // With real grey available, dim text needs no A_DIM (which some terminals ignore or blur).
        if colors >= 16 { attributes[.dim] = nil; attributes[.border] = nil }
    }

    /// Whether colour should be used: not when NO_COLOR is set to anything.
    static func wantsColor(environment: [String: String]) -> Bool { environment["NO_COLOR"] == nil }

    func look(_ style: CellStyle) -> (attributes: attr_t, pair: Int16) {
        var attrs = attributes[style.role] ?? funnel_a_normal()
        if style.reverse { attrs |= funnel_a_reverse() }
        if style.bold { attrs |= funnel_a_bold() }
        return (attrs, pairs[style.role] ?? 0)
    }
}
