/// One of the 256 terminal colours: the 16 named ones (0-15) or an xterm palette number.
public struct TerminalColor: Hashable, Sendable, CustomStringConvertible {
    /// 0-255; 0-15 are the named colours.
    public var index: Int

    public init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self.index = index
    }

    /// The 16 named colours in palette order.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright_black", "bright_red", "bright_green", "bright_yellow", "bright_blue", "bright_magenta", "bright_cyan", "bright_white",
    ]

    /// Parses a name (`red`, `bright-blue`, `grey`) or a number text (`"208"`).
    public init?(name: String) {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let index = TerminalColor.names.firstIndex(of: key) {
            self.index = index
        } else if key == "gray" || key == "grey" {
            self.index = 8
        } else if let number = Int(key), (0...255).contains(number) {
            self.index = number
        } else {
            return nil
        }
    }

    public static func named(_ name: String) -> TerminalColor { TerminalColor(name: name)! }

    public var description: String { index < 16 ? TerminalColor.names[index] : String(index) }

    /// What the config accepts, for error messages.
    public static let acceptedForms = "one of \(names.joined(separator: ", ")) or a number from 0 to 255"

}

import Foundation
