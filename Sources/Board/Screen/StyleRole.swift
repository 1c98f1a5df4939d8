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
}
