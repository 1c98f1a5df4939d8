/// One column of the screen: a grapheme and its style.
///
/// A wide grapheme (CJK, emoji) sits in its first cell; the cell to its right is a
/// continuation that holds nothing and is never drawn on its own.
public struct Cell: Sendable, Hashable {
    public var grapheme: Character
    public var style: CellStyle
    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
