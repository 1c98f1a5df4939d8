/// Where things go for a window size: how many lanes fit, how wide, how many cards a lane shows.
public struct BoardLayout: Sendable, Hashable {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// Lanes never get narrower than this; extra lanes scroll sideways.
    public static let minimumLaneWidth = 24
    /// Rows of the lane header: name and count, total, weighted, rule.
    public static let headerHeight = 4
    /// Rows per card: title, organization, value line, gap.
    public static let cardHeight = 4

    public let width: Int
    public let height: Int
    public let laneCount: Int

    public init(width: Int, height: Int, laneCount: Int) {
        self.width = width
        self.height = height
        self.laneCount = laneCount
    }

    /// True when the window is below 40x12 and the board shows "enlarge the window" instead.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The rows the lanes use: everything above the status bar and message line.
    public var lanesArea: Rect { Rect(x: 0, y: 0, width: width, height: height - 2) }
    public var statusRow: Int { height - 2 }
    public var messageRow: Int { height - 1 }

    /// Lanes side by side on screen.
    public var visibleLaneCount: Int { max(1, min(laneCount, width / Self.minimumLaneWidth)) }

    /// Columns of the n-th lane on screen; the last one takes the remainder.
    public func laneRect(slot: Int) -> Rect {
        let count = visibleLaneCount
        let base = width / count
        let x = slot * base
        let w = slot == count - 1 ? width - x : base
        return Rect(x: x, y: 0, width: w, height: lanesArea.height)
    }

    /// Where the detail pane goes: the right three fifths of the lanes from 100 columns, else all of them.
    public var detailPane: Rect {
        let area = lanesArea
        let paneWidth = area.width >= 100 ? area.width * 3 / 5 : area.width
        return Rect(x: area.maxX - paneWidth, y: area.y, width: paneWidth, height: area.height)
    }

    /// The first row of cards (a "+N more" line sits just above it).
    public var cardsTop: Int { Self.headerHeight + 1 }

    /// Cards one lane shows at once: the rows under the header and the "↑ +N more" row, four per
    /// card, the last card's gap row holding "↓ +N more".
    public var cardCapacity: Int { max(1, (lanesArea.height - Self.headerHeight - 1) / Self.cardHeight) }

    /// Cards to load per lane: what fits plus a margin on each side.
    public var pageLimit: Int { cardCapacity * 3 }
}
