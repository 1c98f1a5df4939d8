import Foundation
import Pipeline
import Wording

/// One stage as a lane: a header with the count and totals per currency, then the cards that fit,
/// with `+N more` above or below when the lane holds more.
public struct LaneView: ScreenView {
    public var lane: Lane
    public var isFocused: Bool
    /// The card being carried and where it would land, when it concerns this lane.
    public var carry: Carry?
    public var laneIndex: Int
    public var now: Date
    public var badges: [Int64: CardBadges]
    public var stalledCount: Int?
    public var filter: String
    public var moreLeft: Int
    public var moreRight: Int
    public var drawsRightBorder: Bool
    public var cardCapacity: Int
    /// What the cards show: `card_fields` and `date_format` from the config.
    public var cardFields: [CardField]
    public var dateFormat: DateFormat
    /// The language of the header's short amounts and the lane's notes.
    public var language: Language
    /// Cards show their owner's initials (the pipeline's deals have more than one owner).
    public var ownerInitials: Bool

    public init(
        lane: Lane, laneIndex: Int, isFocused: Bool, carry: Carry?, now: Date, badges: [Int64: CardBadges],
        stalledCount: Int?, filter: String, moreLeft: Int, moreRight: Int, drawsRightBorder: Bool, cardCapacity: Int,
        cardFields: [CardField] = CardField.defaults, dateFormat: DateFormat = .iso, language: Language = .english,
        ownerInitials: Bool = false
    ) {
        self.language = language
        self.ownerInitials = ownerInitials
        self.cardFields = cardFields
        self.dateFormat = dateFormat
        self.lane = lane
        self.laneIndex = laneIndex
        self.isFocused = isFocused
        self.carry = carry
        self.now = now
        self.badges = badges
        self.stalledCount = stalledCount
        self.filter = filter
        self.moreLeft = moreLeft
        self.moreRight = moreRight
        self.drawsRightBorder = drawsRightBorder
        self.cardCapacity = cardCapacity
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let content = Rect(x: area.x + 1, y: area.y, width: area.width - (drawsRightBorder ? 2 : 1), height: area.height)
        if drawsRightBorder {
            for row in area.y..<area.maxY { screen.put("│", x: area.maxX - 1, y: row, style: CellStyle(.border)) }
        }
        drawHeader(on: &screen, in: content)
        drawCards(on: &screen, in: content)
        if moreLeft > 0 { screen.put("◀", x: area.x, y: area.y, style: CellStyle(.header, bold: true)) }
        if moreRight > 0 {
            screen.put("▶", x: area.maxX - 1, y: area.y, style: CellStyle(.header, bold: true))
        }
    }

    func drawHeader(on screen: inout Screen, in area: Rect) {
        let headerStyle = CellStyle(.header, bold: true)
        // The stalled count sits by the deal count, where it survives a narrow lane: `⚑2 · 14`.
        let count = (stalledCount ?? 0) > 0 ? "⚑\(stalledCount!) · \(lane.count)" : String(lane.count)
        let countWidth = DisplayWidth.of(count)
        screen.put(lane.stage.name, x: area.x, y: area.y, style: headerStyle, limit: area.width - countWidth - 2)
        screen.put(count, x: area.maxX - countWidth - 1, y: area.y, style: headerStyle)
        let (total, weighted) = Self.headerFigures(lane.summary, probability: lane.stage.probability, width: area.width - 1, language: language)
        screen.put(total, x: area.x, y: area.y + 1, limit: area.width - 1)
        screen.put(weighted, x: area.x, y: area.y + 2, style: CellStyle(.dim), limit: area.width - 1)
        let rule = String(repeating: isFocused ? "━" : "─", count: max(0, area.width - 1))
        screen.put(rule, x: area.x, y: area.y + 3, style: isFocused ? CellStyle(.header, bold: true) : CellStyle(.border))
    }

    /// The header's two money lines (issue 15 item 17): the main currency's total and weighted total whole
    /// (`$165,000`, `≈ $132,000 @80%`), then `+N currencies` for the others (their breakdown is in insights),
    /// abbreviated (`$165k`) only when whole does not fit, never cut inside a number. The stage's `@80%` only when
    /// every deal follows it.
    static func headerFigures(
        _ summary: StageSummary, probability: Int, width: Int, language: Language = .english
    ) -> (total: String, weighted: String) {
        guard let main = summary.mainCurrency else { return ("—", "≈ — @\(probability)%") }
        let others = summary.total.byCurrency.count - 1
        let more = others > 0 ? " " + Text.laneOtherCurrencies(count: others).rendered(in: language) : ""
        let shortMore = others > 0 ? " +\(others)" : ""
        let rate = summary.hasOwnProbabilities ? "" : " @\(probability)%"
        let value = Money(minorUnits: summary.total.byCurrency[main] ?? 0, currency: main)
        let weightedValue = Money(minorUnits: summary.weighted.byCurrency[main] ?? 0, currency: main)
        func fit(_ prefix: String, _ money: Money, _ suffix: String, _ long: String, _ short: String) -> String {
            for (amount, tail) in [(money.compact, suffix + long), (money.compact, suffix + short), (money.abbreviated(in: language), suffix + short)]
            where DisplayWidth.of(prefix + amount + tail) <= width {
                return prefix + amount + tail
            }
            return prefix + money.abbreviated(in: language) + suffix
        }
        return (fit("", value, "", more, shortMore), fit("≈ ", weightedValue, rate, "", ""))
    }

    /// The cards as shown: the lane's loaded cards, without a card carried away, with a carried card inserted.
    func items() -> (first: Int, deals: [(deal: Deal, look: CardView.Look)], count: Int, focus: Int?) {
        var deals: [(deal: Deal, look: CardView.Look)] = lane.deals.map { ($0, .normal) }
        var count = lane.count
        var focus: Int? = isFocused && lane.count > 0 ? lane.selected : nil
        if let carry {
            if carry.fromLane == laneIndex {
                deals.removeAll { $0.deal.id == carry.deal.id }
                count -= 1
                focus = nil
            }
            if carry.toLane == laneIndex {
                let local = max(0, min(deals.count, carry.toIndex - lane.firstIndex))
                deals.insert((carry.deal, .lifted), at: local)
                count += 1
                focus = carry.toIndex
            }
        } else if let focus, focus - lane.firstIndex >= 0, focus - lane.firstIndex < deals.count {
            deals[focus - lane.firstIndex].look = .selected
        }
        return (lane.firstIndex, deals, count, focus)
    }

    func drawCards(on screen: inout Screen, in area: Rect) {
        let (first, deals, count, focus) = items()
        let top0 = area.y + BoardLayout.headerHeight + 1
        if count <= 0 {
            screen.put((filter.isEmpty ? Text.laneNoDeals : .laneNoMatch).rendered(in: language), x: area.x + 2, y: top0, style: CellStyle(.dim), limit: area.width - 2)
            return
        }
        var top = lane.top
        if let focus {
            if focus < top { top = focus }
            if focus >= top + cardCapacity { top = focus - cardCapacity + 1 }
        }
        top = max(0, min(top, count - cardCapacity))
        if top > 0 {
            screen.put(Text.moreAbove(count: top).rendered(in: language), x: area.x + 2, y: top0 - 1, style: CellStyle(.dim), limit: area.width - 2)
        }
        var shown = 0
        for index in top..<min(count, top + cardCapacity) {
            let local = index - first
            let y = top0 + shown * BoardLayout.cardHeight
            shown += 1
            // A card not loaded yet (its page is on the way) leaves its rows blank.
            guard deals.indices.contains(local) else { continue }
            let item = deals[local]
            CardView(
                deal: item.deal, look: item.look, now: now, badges: badges[item.deal.id] ?? CardBadges(), fields: cardFields,
                dateFormat: dateFormat, stageProbability: lane.stage.probability, language: language, ownerInitials: ownerInitials)
                .draw(on: &screen, in: Rect(x: area.x, y: y, width: area.width - 1, height: CardView.height))
        }
        let below = count - top - shown
        if below > 0 {
            let y = top0 + shown * BoardLayout.cardHeight - 1
            screen.put(Text.moreBelow(count: below).rendered(in: language), x: area.x + 2, y: y, style: CellStyle(.dim), limit: area.width - 2)
        }
    }
}

extension MoneyTotals {
    /// The compact totals, or an em dash for none.
    var compactOrNone: String { isEmpty ? "—" : compact }

    /// The compact totals when they fit in `width` columns, else abbreviated as the language reads them
    /// ($84k · ¥1.2m; ¥12.5万 in Chinese).
    func fitting(_ width: Int, in language: Language = .english) -> String {
        isEmpty || DisplayWidth.of(compact) <= width ? compactOrNone : abbreviated(in: language)
    }
}
