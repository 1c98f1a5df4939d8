import Pipeline
import Wording

/// The new/edit deal form: one text field per deal field, Tab between them.
public struct DealForm: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        case create(stageID: Int64)
        case edit(Deal)
    }

    /// The fields in the order Tab visits them.
    public enum Field: Int, Sendable, Hashable, CaseIterable {
        case title, value, currency, organization, person, email, phone, expectedClose, probability, source, owner, notes, temperature

        /// The field's name in English, as the form names a change made meanwhile (`changedMeanwhile`).
        public var label: String { name.rendered(in: .english) }

        /// The field's name as the form shows it.
        public var name: Text {
            switch self {
            case .title: .formTitle
            case .value: .formValue
            case .currency: .formCurrency
            case .organization: .formOrganization
            case .person: .formPerson
            case .email: .formEmail
            case .phone: .formPhone
            case .expectedClose: .formExpectedClose
            case .probability: .formProbability
            case .source: .formSource
            case .owner: .formOwner
            case .notes: .formNotes
            case .temperature: .formTemperature
            }
        }

        /// What the field accepts, shown beside it while it is empty; nil for free text.
        public var hint: Text? {
            switch self {
            case .title: .formHintRequired
            case .value: .formHintValue
            case .currency: .formHintCurrency
            case .organization, .person, .notes: nil
            case .email: .formHintEmail
            case .phone: .formHintPhone
            case .expectedClose: .formHintCloseDate
            case .probability: .formHintProbability
            case .source: .formHintSource
            case .owner: .formHintOwner
            case .temperature: .formHintTemperature
            }
        }
    }

    public var purpose: Purpose
    public var fields: [Field: TextField]
    public var focus: Field
    /// Why the last Enter was refused.
    public var error: String?
    /// The fields another terminal changed while this form was open, named once a save was refused for it;
    /// the next Enter saves the form over that change. Nil when nothing was refused.
    public var changedMeanwhile: [String]?
    /// The config's `decimal_separator`, for reading the value (nil refuses the ambiguous `1.200`).
    public var decimalSeparator: DecimalSeparator?
    /// The language known lead sources are written in (`转介绍`); either language is understood when saved.
    public var language: Language = .english

    public init(
        purpose: Purpose, values: [Field: String] = [:], focus: Field = .title, error: String? = nil, changedMeanwhile: [String]? = nil,
        decimalSeparator: DecimalSeparator? = nil
    ) {
        self.purpose = purpose
        fields = values.mapValues { TextField($0) }
        self.focus = focus
        self.error = error
        self.changedMeanwhile = changedMeanwhile
        self.decimalSeparator = decimalSeparator
    }

    /// An empty form for a new deal in a stage, owned by `owner` (the person using the board) unless changed.
    public static func new(stageID: Int64, currency: Currency, decimalSeparator: DecimalSeparator? = nil, owner: String? = nil) -> DealForm {
        var values: [Field: String] = [.currency: currency.code]
        if let owner { values[.owner] = owner }
        return DealForm(purpose: .create(stageID: stageID), values: values, decimalSeparator: decimalSeparator)
    }

    /// A form filled with a deal's fields, the value written with the config's decimal mark.
    public static func editing(_ deal: Deal, decimalSeparator: DecimalSeparator? = nil, language: Language = .english) -> DealForm {
        var form = DealForm(
            purpose: .edit(deal), values: values(of: deal, decimalSeparator: decimalSeparator, language: language),
            decimalSeparator: decimalSeparator)
        form.language = language
        return form
    }

    /// A deal's fields as the form shows them.
    static func values(of deal: Deal, decimalSeparator: DecimalSeparator? = nil, language: Language = .english) -> [Field: String] {
        [
            .title: deal.title,
            .value: deal.value.minorUnits == 0 ? "" : deal.value.typed(with: decimalSeparator),
            .currency: deal.value.currency.code,
            .organization: deal.organization ?? "",
            .person: deal.person.name ?? "",
            .email: deal.person.email ?? "",
            .phone: deal.person.phone ?? "",
            .expectedClose: deal.expectedClose?.description ?? "",
            .probability: deal.probabilityOverride.map(String.init) ?? "",
            .source: deal.source?.shown(in: language) ?? "",
            .owner: deal.owner ?? "",
            .notes: deal.notes ?? "",
            .temperature: deal.temperatureSetByHand ? deal.temperature.rawValue : "",
        ]
    }

    public func text(_ field: Field) -> String { fields[field]?.text ?? "" }

    /// The field being typed into.
    public var focusedField: TextField {
        get { fields[focus] ?? TextField() }
        set { fields[focus] = newValue }
    }

    /// The line under the fields after a save was refused because the deal changed meanwhile.
    public var changedMeanwhileLine: String? { changedMeanwhileLine(in: .english) }

    /// The line under the fields after a save was refused because the deal changed meanwhile, in a language:
    /// `changedMeanwhile` holds the English names, each shown in the language's words with the other person's
    /// value as the deal holds it now ("value now 99000"), so Enter never saves over a value the user has not seen.
    public func changedMeanwhileLine(in language: Language) -> String? {
        guard let changed = changedMeanwhile else { return nil }
        let theirs: [Field: String]
        if case .edit(let current) = purpose {
            theirs = Self.values(of: current, decimalSeparator: decimalSeparator, language: language)
        } else {
            theirs = [:]
        }
        func shown(_ english: String) -> String {
            guard let field = Field.allCases.first(where: { $0.label.lowercased() == english }) else {
                if language == .english { return english }
                if english == "stage" { return Text.detailStage.rendered(in: language) }
                if english == "status" { return Text.showStatus.rendered(in: language) }
                return english
            }
            let name = language == .english ? english : field.name.rendered(in: language)
            guard let value = theirs[field] else { return name }
            if value.isEmpty { return Text.formChangedFieldNowEmpty(field: name).rendered(in: language) }
            return Text.formChangedFieldNow(field: name, value: Self.shortened(TerminalText.visible(value))).rendered(in: language)
        }
        let separator = language == .english ? ", " : "、"
        let names = changed.isEmpty ? Text.formChangedOtherDetails.rendered(in: language) : changed.map(shown).joined(separator: separator)
        return Text.formChangedMeanwhile(fields: names).rendered(in: language)
    }

    /// A value as the changed-meanwhile line quotes it: at most `quotedLength` characters, then an ellipsis.
    static func shortened(_ value: String) -> String {
        value.count <= quotedLength ? value : String(value.prefix(quotedLength - 1)) + "…"
    }

    /// The most characters of another person's value the changed-meanwhile line quotes (long notes are cut).
    static let quotedLength = 40

    /// After a save was refused because the deal became `current` elsewhere: the fields the user did not
    /// touch take the new values, the typed ones stay, the changes are named, and the next Enter saves
    /// against the new version.
    public mutating func rebase(onto current: Deal) {
        guard case .edit(let shown) = purpose else { return }
        let before = Self.values(of: shown, decimalSeparator: decimalSeparator, language: language)
        let after = Self.values(of: current, decimalSeparator: decimalSeparator, language: language)
        var changed = Field.allCases.filter { before[$0] != after[$0] }.map { $0.label.lowercased() }
        if shown.stageID != current.stageID { changed.append("stage") }
        if shown.status != current.status { changed.append("status") }
        for field in Field.allCases where text(field) == before[field] && before[field] != after[field] {
            fields[field] = TextField(after[field] ?? "")
        }
        purpose = .edit(current)
        changedMeanwhile = changed
        error = nil
    }

    /// Checks every field with the same rules as the command line; the draft to save, or the first problem in words.
    public func draft() throws(PipelineError) -> DealFormDraft {
        let title = try Deal.validTitle(text(.title))
        let currencyText = text(.currency).trimmingWhitespace()
        let currency = currencyText.isEmpty ? Currency.usd : try Currency.parse(currencyText)
        let valueText = text(.value).trimmingWhitespace()
        let value: Money
        if case .edit(let deal) = purpose, deal.value.currency == currency, valueText == deal.value.typed(with: decimalSeparator) {
            // The value as it was filled in, untouched: kept, even where its text alone is ambiguous (KWD 1.234
            // without `decimal_separator`), so editing another field never trips over it.
            value = deal.value
        } else {
            value = valueText.isEmpty ? Money.zero(currency) : try Money.parse(valueText, currency: currency, decimalSeparator: decimalSeparator)
        }
        let organization = try DealTextField.organization.valid(text(.organization))
        let person = try DealTextField.person.valid(text(.person))
        let email = try Deal.validEmail(text(.email))
        let phone = try ContactPerson.validPhone(text(.phone))
        let closeText = text(.expectedClose).trimmingWhitespace()
        let close = closeText.isEmpty ? nil : try CalendarDay.parse(closeText, field: "expected close date")
        let probability = try Deal.validProbabilityOverride(text(.probability))
        let source = try DealTextField.source.valid(text(.source)).map(LeadSource.init)
        let owner = try DealTextField.owner.valid(text(.owner))
        let notes = try DealTextField.notes.valid(text(.notes))
        let temperatureText = text(.temperature).trimmingWhitespace()
        let temperature = temperatureText.isEmpty ? nil : try Temperature.parse(temperatureText)
        return DealFormDraft(
            title: title, value: value, organization: organization, person: person, email: email, phone: phone,
            expectedClose: close, probability: probability, source: source, owner: owner, notes: notes, temperature: temperature)
    }
}
