/// The owner as a card shows it when a pipeline's deals have more than one owner (issue 15 item 10).
extension Deal {
    /// The owner's initials, upper case: the first letter of the first and of the last word (`Sam Patel` → `SP`),
    /// the first character of a name in one word (`王芳` → `王`, `Cher` → `C`); nil without an owner.
    public var ownerInitials: String? {
        guard let owner else { return nil }
        let words = owner.split(whereSeparator: { $0.isWhitespace })
        guard let first = words.first?.first else { return nil }
        var initials = String(first).uppercased()
        if words.count > 1, let last = words.last?.first { initials += String(last).uppercased() }
        return initials
    }
}
