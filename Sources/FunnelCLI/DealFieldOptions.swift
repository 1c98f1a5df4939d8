import ArgumentParser
import Foundation
import Pipeline
import Wording

/// The deal fields `add` and `edit` accept, parsed with the domain's rules.
struct DealFieldOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.fieldValue.string, valueName: "amount"))
    var value: String?
    @Option(help: ArgumentHelp(CommandText.fieldCurrency.string, valueName: "code"))
    var currency: String?
    @Option(help: ArgumentHelp(CommandText.fieldPipeline.string, valueName: "name"))
    var pipeline: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.fieldStage.string, valueName: "stage"))
    var stage: String?
    @Option(help: ArgumentHelp(CommandText.fieldOrganization.string, valueName: "name"))
    var org: String?
    @Option(help: ArgumentHelp(CommandText.fieldPerson.string, valueName: "name"))
    var person: String?
    @Option(name: .customLong("job-title"), help: ArgumentHelp(CommandText.fieldJobTitle.string, valueName: "text"))
    var jobTitle: String?
    @Option(help: ArgumentHelp(CommandText.fieldEmail.string, valueName: "addr"))
    var email: String?
    @Option(help: ArgumentHelp(CommandText.fieldPhone.string, valueName: "number"))
    var phone: String?
    @Option(help: ArgumentHelp(CommandText.fieldSource.string, valueName: "text"))
    var source: String?
    @Option(help: ArgumentHelp(CommandText.fieldOwner.string, valueName: "name"))
    var owner: String?
    @Option(name: .customLong("close-date"), parsing: .unconditional, help: ArgumentHelp(CommandText.fieldCloseDate.string, valueName: "YYYY-MM-DD"))
    var closeDate: String?
    @Option(help: ArgumentHelp(CommandText.fieldTemperature.string, valueName: "temperature"))
    var temperature: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.fieldPriority.string, valueName: "0-3"))
    var priority: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(CommandText.fieldProbability.string, valueName: "percent"))
    var probability: String?
    @Option(help: ArgumentHelp(CommandText.fieldNotes.string, valueName: "text"))
    var notes: String?

    /// The fields parsed and checked, before the database is touched.
    struct Parsed {
        var value: String?
        var currency: Currency?
        var organization: String??
        var person: String??
        var jobTitle: String??
        var email: String??
        var phone: String??
        var source: LeadSource??
        var owner: String??
        var expectedClose: CalendarDay??
        var temperature: Temperature?
        var priority: Int?
        var probability: Int??
        var notes: String??
        /// The config's `decimal_separator`, for reading the value.
        var decimalSeparator: DecimalSeparator?
    }

    /// Checks every given field; an empty string clears an optional field on edit.
    func parsed(decimalSeparator: DecimalSeparator?) throws -> Parsed {
        var parsed = Parsed()
        parsed.decimalSeparator = decimalSeparator
        parsed.currency = try currency.map { text throws(PipelineError) in try Currency.parse(text) }
        if let value {
            // Checked now against the given currency (or USD); re-read against the deal's currency on edit.
            _ = try Money.parse(value, currency: parsed.currency ?? .usd, decimalSeparator: decimalSeparator)
            parsed.value = value
        }
        parsed.organization = try org.map { try DealTextField.organization.valid($0) }
        parsed.person = try person.map { try DealTextField.person.valid($0) }
        parsed.jobTitle = try jobTitle.map { try DealTextField.jobTitle.valid($0) }
        parsed.email = try email.map { try Deal.validEmail($0) }
        parsed.phone = try phone.map { try DealFieldOptions.validPhone($0) }
        parsed.source = try source.map { try DealTextField.source.valid($0).map(LeadSource.init) }
        // `me` (or `我`) is the person running Funnel.
        parsed.owner = try owner.map { try DealTextField.owner.valid(Salesperson.owner(given: $0)) }
        parsed.expectedClose = try closeDate.map { text throws(PipelineError) -> CalendarDay? in
            text.trimmingWhitespace().isEmpty ? nil : try CalendarDay.parse(text, field: "close date")
        }
        parsed.temperature = try temperature.map { text throws(PipelineError) in try Temperature.parse(text) }
        if let priority {
            guard let number = Int(priority.trimmingWhitespace()) else {
                throw PipelineError.invalidValue(ErrorText.priorityTextInvalid(value: priority).string)
            }
            parsed.priority = try Deal.validPriority(number)
        }
        if let probability { parsed.probability = .some(try Deal.validProbabilityOverride(probability)) }
        parsed.notes = try notes.map { try DealTextField.notes.valid($0) }
        return parsed
    }

    /// A phone number: the domain's rule, shared with import.
    static func validPhone(_ raw: String) throws(PipelineError) -> String? {
        try ContactPerson.validPhone(raw)
    }
}

extension DealFieldOptions.Parsed {
    /// Applies the given fields to a deal (new or existing).
    func apply(to deal: inout Deal) throws {
        if let currency { deal.value.currency = currency }
        if let value { deal.value = try Money.parse(value, currency: deal.value.currency, decimalSeparator: decimalSeparator) }
        if let organization { deal.organization = organization }
        if let person { deal.person.name = person }
        if let jobTitle { deal.person.jobTitle = jobTitle }
        if let email { deal.person.email = email }
        if let phone { deal.person.phone = phone }
        if let source { deal.source = source }
        if let owner { deal.owner = owner }
        if let expectedClose { deal.expectedClose = expectedClose }
        if let temperature {
            deal.temperature = temperature
            deal.temperatureSetByHand = true
        }
        if let priority { deal.priority = priority }
        if let probability { deal.probabilityOverride = probability }
        if let notes { deal.notes = notes }
    }
}
