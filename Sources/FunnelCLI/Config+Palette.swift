import Board
import BoardTerminal
import FunnelConfig

extension Config {
    /// The config's colours by the board's style roles (the config's role names are the board's).
    var paletteColors: [StyleRole: PaletteColor] {
        var chosen: [StyleRole: PaletteColor] = [:]
        for (role, pair) in colors {
            guard let styleRole = StyleRole(rawValue: role.rawValue) else { continue }
            chosen[styleRole] = PaletteColor(foreground: pair.foreground?.index, background: pair.background?.index)
        }
        return chosen
    }
}
