import Pipeline

/// The new/edit deal form: one text field per deal field, Tab between them.
public struct DealForm: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        case create(stageID: Int64)
        case edit(Deal)
    }

    /// The fields in the order Tab visits them.
    public enum Field: Int, Sendable, Hashable, CaseIterable {
        case title, value, currency, organization, person, expectedClose, temperature

        public var label: String {
            switch self {
            case .title: "Title"
            case .value: "Value"
            case .currency: "Currency"
            case .organization: "Organization"
            case .person: "Person"
            case .expectedClose: "Expected close"
            case .temperature: "Temperature"
            }
        }

        /// What the field accepts, shown beside it.
        public var hint: String {
            switch self {
            case .title: "required"
            case .value: "12000, 12k, 1.5m"
            case .currency: "USD, EUR, CNY..."
            case .organization, .person: ""
            case .expectedClose: "YYYY-MM-DD"
            case .temperature: "hot, warm or cold"
            }
        }
    }

    public var purpose: Purpose
    public var fields: [Field: TextField]
    public var focus: Field
    /// Why the last Enter was refused.
    public var error: String?
    /// The config's `decimal_separator`, for reading the value (nil refuses the ambiguous `1.200`).
    public var decimalSeparator: DecimalSeparator?

    public init(
        purpose: Purpose, values: [Field: String] = [:], focus: Field = .title, error: String? = nil,
        decimalSeparator: DecimalSeparator? = nil
    ) {
        self.purpose = purpose
        fields = values.mapValues { TextField($0) }
        self.focus = focus
        self.error = error
        self.decimalSeparator = decimalSeparator
    }

    /// An empty form for a new deal in a stage.
    public static func new(stageID: Int64, currency: Currency, decimalSeparator: DecimalSeparator? = nil) -> DealForm {
        DealForm(purpose: .create(stageID: stageID), values: [.currency: currency.code], decimalSeparator: decimalSeparator)
    }

    /// A form filled with a deal's fields, the value written with the config's decimal mark.
    public static func editing(_ deal: Deal, decimalSeparator: DecimalSeparator? = nil) -> DealForm {
        DealForm(purpose: .edit(deal), values: [
            .title: deal.title,
            .value: deal.value.minorUnits == 0 ? "" : deal.value.typed(with: decimalSeparator),
            .currency: deal.value.currency.code,
            .organization: deal.organization ?? "",
            .person: deal.person.name ?? "",
            .expectedClose: deal.expectedClose?.description ?? "",
            .temperature: deal.temperatureSetByHand ? deal.temperature.rawValue : "",
        ], decimalSeparator: decimalSeparator)
    }

    public func text(_ field: Field) -> String { fields[field]?.text ?? "" }

    /// The field being typed into.
    public var focusedField: TextField {
        get { fields[focus] ?? TextField() }
        set { fields[focus] = newValue }
    }

    /// Checks every field; the draft to save, or the first problem in words.
    public func draft() throws(PipelineError) -> DealDraft {
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
        let closeText = text(.expectedClose).trimmingWhitespace()
        let close = closeText.isEmpty ? nil : try CalendarDay.parse(closeText, field: "expected close date")
        let temperatureText = text(.temperature).trimmingWhitespace()
        let temperature = temperatureText.isEmpty ? nil : try Temperature.parse(temperatureText)
        return DealDraft(
            title: title, value: value, organization: organization, person: person,
            expectedClose: close, temperature: temperature)
    }
}
