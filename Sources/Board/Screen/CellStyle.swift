/// How one cell is drawn: its role plus the attributes that must survive without colour.
public struct CellStyle: Sendable, Hashable {
    public var role: StyleRole
    /// Reverse video: the selected card uses it so it stays visible in monochrome.
    public var reverse: Bool
    public var bold: Bool

    public init(_ role: StyleRole = .plain, reverse: Bool = false, bold: Bool = false) {
        self.role = role
        self.reverse = reverse
        self.bold = bold
    }

    public static let plain = CellStyle()
}
