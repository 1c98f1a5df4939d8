extension ContactPerson {
    /// Checks a phone number: digits, spaces and + - ( ) . / x only, at most 40 characters.
    public static func validPhone(_ raw: String?) throws(PipelineError) -> String? {
        guard let phone = try Deal.validText(raw, field: "phone", maxLength: 40) else { return nil }
        let allowed = Set("0123456789 +-().x/")
        guard phone.allSatisfy({ allowed.contains($0) }), phone.contains(where: \.isASCIIDigit) else {
            throw .invalidValue("invalid phone '\(TerminalText.visible(phone))': use digits with + - ( ) spaces, e.g. +1-555-0101")
        }
        return phone
    }
}
