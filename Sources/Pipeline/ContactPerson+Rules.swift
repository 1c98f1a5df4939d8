import Wording
extension ContactPerson {
    /// Checks a phone number: digits, spaces and + - ( ) . / x only, at most 40 characters.
    public static func validPhone(_ raw: String?) throws(PipelineError) -> String? {
        guard let phone = try Deal.validText(raw, field: "phone", maxLength: 40) else { return nil }
        guard phone.utf8.allSatisfy(isPhoneByte), phone.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
            throw .invalidValue(ErrorText.phoneInvalid(value: TerminalText.visible(phone)).string)
        }
        return phone
    }

    /// Whether a byte is one a phone number may hold: every allowed character is one ASCII byte,
    /// and any other character has a byte outside them.
    static func isPhoneByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: "x"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
