import Foundation
import Pipeline

/// One deal as a card: title, organization, value, days in stage, temperature, and the
/// slots for the next-activity state and the stalled flag.
///
/// Three rows. The selected card is drawn in reverse video with a `▶` marker, and a carried
/// card with `≡` in the lifted style, so both read without colour.
public struct CardView: ScreenView {
    public enum Look: Sendable { case normal, selected, lifted }

    public var deal: Deal
    public var look: Look
    public var now: Date
    public var badges: CardBadges

    public init(deal: Deal, look: Look, now: Date, badges: CardBadges = CardBadges()) {
        self.deal = deal
        self.look = look
        self.now = now
        self.badges = badges
    }

    public static let height = 3

    public func draw(on screen: inout Screen, in area: Rect) {
        guard area.width >= 4, area.height >= 1 else { return }
        let base: CellStyle = switch look {
        case .normal: .plain
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
        screen.put(deal.title, x: area.x + 2, y: area.y, style: look == .normal ? CellStyle(bold: true) : base, limit: textWidth)
        guard rows >= 2 else { return }
        let secondLine = deal.organization ?? deal.person.name ?? ""
        screen.put(secondLine, x: area.x + 2, y: area.y + 1, style: look == .normal ? CellStyle(.dim) : base, limit: textWidth)
        guard rows >= 3 else { return }
        // Right side: days in stage (or the stall flag with idle days), temperature, next activity slot, snooze slot.
        let days = badges.stalled ? "⚑ \(badges.idleDays)d " : "\(deal.daysInStage(now: now))d "
        let stalled = badges.snoozed ? "z" : " "
        let right = days + deal.temperature.symbol + badges.nextActivity.symbol + stalled
        let rightWidth = DisplayWidth.of(right)
        let rightX = area.maxX - rightWidth
        // The value in full when it fits, else abbreviated ($1.2m), never cut in the middle of a number.
        let valueRoom = max(0, rightX - area.x - 3)
        let value = DisplayWidth.of(deal.value.compact) <= valueRoom ? deal.value.compact : deal.value.abbreviated
        screen.put(value, x: area.x + 2, y: area.y + 2, style: base, limit: valueRoom)
        var x = rightX
        x += screen.put(days, x: x, y: area.y + 2, style: look != .normal ? base : badges.stalled ? CellStyle(.stalled, bold: true) : CellStyle(.dim))
        x += screen.put(deal.temperature.symbol, x: x, y: area.y + 2, style: look == .normal ? CellStyle(temperatureRole) : base)
        x += screen.put(badges.nextActivity.symbol, x: x, y: area.y + 2, style: base)
        screen.put(stalled, x: x, y: area.y + 2, style: look == .normal ? CellStyle(.dim) : base)
    }

    var temperatureRole: StyleRole {
        switch deal.temperature {
        case .hot: .hot
        case .warm: .warm
        case .cold: .cold
        }
    }
}
