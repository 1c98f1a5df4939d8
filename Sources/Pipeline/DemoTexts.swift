import Wording

/// Every text a demo deal can hold, made once: a `DemoDealChoices` picks from these by position.
///
/// Titles are made per company and topic, e-mail addresses per person, so no deal builds a string.
public struct DemoTexts: Sendable {
    /// `titles[company][topic]`: the company's name and one of its topics, in the language of its name.
    public let titles: [[String]]
    public let organizations: [String]
    /// People's names and their e-mail addresses, at the same positions.
    public let people: [String]
    public let emails: [String]
    public let jobTitles: [String]
    public let owners: [String]
    public let lostReasons: [String]
    /// The mix of currencies a demo of several currencies draws from when it is given none (USD most often).
    public let currencies: [Currency]
    /// Lead sources' stored names, at the positions of `LeadSource.known`.
    public let sources: [String]
    /// The kinds and subjects of demo activities (calls, e-mails, meetings), in the texts' language.
    public let activitySubjects: [(kind: Activity.Kind, subject: String)]

    /// The demo's texts.
    public static let standard = DemoTexts()

    /// The demo's texts in Chinese: Chinese companies, people, job titles, owners and lost reasons, in CNY.
    public static let chinese = DemoTexts(chinese: ())

    /// The demo's texts for a run in a language.
    public static func `for`(_ language: Language) -> DemoTexts {
        switch language {
        case .english: standard
        case .simplifiedChinese: chinese
        }
    }

    private init(chinese: Void) {
        titles = DemoNames.chineseCompanies.map { company in DemoNames.chineseDealTopics.map { "\(company)\($0)" } }
        organizations = DemoNames.chineseCompanies
        people = DemoNames.chinesePeople.map(\.name)
        emails = DemoNames.chinesePeople.map { "\($0.email)@example.cn" }
        jobTitles = DemoNames.chineseJobTitles
        owners = DemoNames.chineseOwners
        lostReasons = DemoNames.chineseLostReasons
        currencies = [.cny]
        sources = LeadSource.known.map(\.name)
        activitySubjects = DemoNames.chineseActivitySubjects
    }

    private init() {
        titles = DemoNames.companies.map { company in
            DemoNames.topics(in: company.language).map { "\(company.name) \($0)" }
        }
        organizations = DemoNames.companies.map(\.name)
        people = DemoNames.people.map(\.name)
        emails = DemoNames.people.map { "\($0.email)@example.com" }
        jobTitles = DemoNames.jobTitles
        owners = DemoNames.owners
        lostReasons = DemoNames.lostReasons
        currencies = DemoNames.currencies
        sources = LeadSource.known.map(\.name)
        activitySubjects = DemoNames.activitySubjects
    }
}
