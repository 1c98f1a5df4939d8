import Foundation
import Pipeline
import Wording

/// One deal as a card: title, the chosen fields (by default organization, value and days in
/// stage), the temperature, and the slots for the next-activity state and the stalled flag.
///
/// Three rows (see `CardField` for which field goes where). The stalled flag with its idle days
/// shows whether or not days in stage are chosen. The selected card is drawn in reverse video with a `▶` marker, and a carried
/// card with `≡` in the lifted style, so both read without colour.
public struct CardView: ScreenView {
    public enum Look: Sendable { case normal, selected, lifted }

    public var deal: Deal
    public var look: Look
    public var now: Date
    public var badges: CardBadges
    public var fields: [CardField]
    public var dateFormat: DateFormat
    /// The probability of the deal's stage, for the `probability` field of a deal without its own.
    public var stageProbability: Int
    /// The language of the days, the close date and the short value.
    public var language: Language
    /// Shows the owner's initials at the end of the title line (the pipeline's deals have more than one owner),
    /// unless the card shows the owner in full (`card_fields`).
    public var ownerInitials: Bool

    public init(
        deal: Deal, look: Look, now: Date, badges: CardBadges = CardBadges(), fields: [CardField] = CardField.defaults,
        dateFormat: DateFormat = .iso, stageProbability: Int = 0, language: Language = .english, ownerInitials: Bool = false
    ) {
        self.language = language
        self.ownerInitials = ownerInitials
        self.deal = deal
        self.look = look
        self.now = now
        self.badges = badges
        self.fields = fields
        self.dateFormat = dateFormat
        self.stageProbability = stageProbability
    }

    /// The text of the chosen fields of a row, in the config's order.
    func text(of row: CardField.Row, abbreviatingValue: Bool = false) -> String {
        let showsPerson = fields.contains(.person)
        return fields.filter { $0.row == row }
            .compactMap { field in
                field == .value && abbreviatingValue
                    ? deal.value.abbreviated(in: language)
                    : field.text(for: deal, stageProbability: stageProbability, dateFormat: dateFormat, showsPerson: showsPerson, language: language)
            }
            .joined(separator: " · ")
    }

    public static let height = 3

    public func draw(on screen: inout Screen, in area: Rect) {
        guard area.width >= 4, area.height >= 1 else { return }
        // A stalled card is tinted as it rots (the ⚑ flag says it without colour).
        let tint = look == .normal ? StyleRole.rotting(badges.rot) : nil
        let base: CellStyle = switch look {
        case .normal: tint.map { CellStyle($0) } ?? .plain
        case .selected: CellStyle(.selected, reverse: true, bold: true)
        case .lifted: CellStyle(.lifted, reverse: true, bold: true)
        }
        let rows = min(area.height, Self.height)
        screen.fill(Rect(x: area.x, y: area.y, width: area.width, height: rows), style: base)
        let marker = switch look {
        case .normal: "  "
        case .selected: "▶ "
        case .lifted: "≡ "
        }
        let textWidth = area.width - 2
        screen.put(marker, x: area.x, y: area.y, style: base)
        // The owner's initials at the right of the title line, one column apart, when there is room for a title.
        var titleWidth = textWidth
        if ownerInitials, !fields.contains(.owner), let initials = deal.ownerInitials {
            let width = DisplayWidth.of(TerminalText.visible(initials))
            if width <= 4, textWidth - width - 1 >= 6 {
                titleWidth = textWidth - width - 1
                screen.put(initials, x: area.maxX - width, y: area.y, style: look == .normal ? CellStyle(.dim) : base)
            }
        }
        screen.put(deal.title, x: area.x + 2, y: area.y, style: look == .normal ? CellStyle(tint ?? .plain, bold: true) : base, limit: titleWidth)
        guard rows >= 2 else { return }
        let secondLine = text(of: .who)
        screen.put(secondLine, x: area.x + 2, y: area.y + 1, style: look == .normal ? CellStyle(tint ?? .dim) : base, limit: textWidth)
        guard rows >= 3 else { return }
        // Right side: days in stage (or the stall flag with idle days), temperature, next activity slot, snooze slot.
        let days = badges.stalled
            ? Text.cardStalledDays(count: badges.idleDays).rendered(in: language) + " "
            : fields.contains(.daysInStage) ? Text.cardDays(count: deal.daysInStage(now: now)).rendered(in: language) + " " : ""
        let stalled = badges.snoozed ? "z" : " "
        let right = days + deal.temperature.symbol + badges.nextActivity.symbol + stalled
        let rightWidth = DisplayWidth.of(right)
        let rightX = area.maxX - rightWidth
        // The figures in full when they fit, else with the value abbreviated ($1.2m), never cut inside a number.
        let figuresRoom = max(0, rightX - area.x - 3)
        var figures = text(of: .figures)
        if DisplayWidth.of(figures) > figuresRoom { figures = text(of: .figures, abbreviatingValue: true) }
        screen.put(figures, x: area.x + 2, y: area.y + 2, style: base, limit: figuresRoom)
        var x = rightX
        // On a tinted card every cell keeps the tint: a role carries one colour pair.
        let daysStyle = look != .normal ? base : badges.stalled ? CellStyle(tint ?? .stalled, bold: true) : CellStyle(.dim)
        x += screen.put(days, x: x, y: area.y + 2, style: daysStyle)
        x += screen.put(deal.temperature.symbol, x: x, y: area.y + 2, style: look == .normal ? CellStyle(tint ?? temperatureRole) : base)
        x += screen.put(badges.nextActivity.symbol, x: x, y: area.y + 2, style: base)
        screen.put(stalled, x: x, y: area.y + 2, style: look == .normal ? CellStyle(tint ?? .dim) : base)
    }

    var temperatureRole: StyleRole {
        switch deal.temperature {
        case .hot: .hot
        case .warm: .warm
        case .cold: .cold
        }
    }
}
