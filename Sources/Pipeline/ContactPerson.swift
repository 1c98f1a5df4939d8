/// The person at the customer a deal is worked with.
public struct ContactPerson: Hashable, Sendable {
    public var name: String?
    public var jobTitle: String?
    public var email: String?
    public var phone: String?

    public init(name: String? = nil, jobTitle: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.jobTitle = jobTitle
        self.email = email
        self.phone = phone
    }
}
