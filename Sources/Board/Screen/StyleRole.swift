/// What a cell shows, named by meaning; the terminal picks colours and attributes for each role.
///
/// Views never choose colours: they say "this is the selected card" or "this deal is hot", so the
/// same frame reads right on 256, 16, 8 colours and in monochrome.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    case plain
    case header
    case border
    case selected
    case lifted
    case stalled
    /// A stalled card's tint, deeper the longer it sits past its stage's threshold (`CardBadges.rot`).
    case rotting1 = "rotting_1"
    case rotting2 = "rotting_2"
    case rotting3 = "rotting_3"
    case hot
    case warm
    case cold
    case won
    case lost
    case dim
    case status
    case message
    case error
    case overlay
    case field
    case focusedField

    /// The tint of a card `rot` steps past its stage's threshold; nil for a card that is not stalled.
    public static func rotting(_ rot: Int) -> StyleRole? {
        switch rot {
        case ...0: nil
        case 1: .rotting1
        case 2: .rotting2
        default: .rotting3
        }
    }
}
