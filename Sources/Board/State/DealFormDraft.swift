import Pipeline

/// A new or edited deal's fields, checked by the form and ready to save.
public struct DealFormDraft: Sendable, Hashable {
    public var title: String
    public var value: Money
    public var organization: String?
    public var person: String?
    public var expectedClose: CalendarDay?
    /// Nil leaves the temperature to follow the qualification.
    public var temperature: Temperature?

    public init(
        title: String, value: Money, organization: String? = nil, person: String? = nil,
        expectedClose: CalendarDay? = nil, temperature: Temperature? = nil
    ) {
        self.title = title
        self.value = value
        self.organization = organization
        self.person = person
        self.expectedClose = expectedClose
        self.temperature = temperature
    }
}
