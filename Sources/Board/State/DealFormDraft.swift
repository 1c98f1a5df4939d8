import Pipeline

/// A new or edited deal's fields, checked by the form and ready to save.
public struct DealFormDraft: Sendable, Hashable {
    public var title: String
    public var value: Money
    public var organization: String?
    public var person: String?
    public var email: String?
    public var phone: String?
    public var expectedClose: CalendarDay?
    /// The deal's own win probability in percent; nil follows its stage's.
    public var probability: Int?
    public var source: LeadSource?
    public var owner: String?
    public var notes: String?
    /// Nil leaves the temperature to follow the qualification.
    public var temperature: Temperature?

    public init(
        title: String, value: Money, organization: String? = nil, person: String? = nil, email: String? = nil, phone: String? = nil,
        expectedClose: CalendarDay? = nil, probability: Int? = nil, source: LeadSource? = nil, owner: String? = nil,
        notes: String? = nil, temperature: Temperature? = nil
    ) {
        self.title = title
        self.value = value
        self.organization = organization
        self.person = person
        self.email = email
        self.phone = phone
        self.expectedClose = expectedClose
        self.probability = probability
        self.source = source
        self.owner = owner
        self.notes = notes
        self.temperature = temperature
    }
}
