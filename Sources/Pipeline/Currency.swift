import Wording

/// An ISO 4217 currency: its three-letter code and how many minor digits it has.
///
/// Only codes from the ISO 4217 list are accepted, so a typo such as `USS`
/// is refused instead of silently becoming a new currency with its own totals.
public struct Currency: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The upper-case three-letter code, e.g. `USD`.
    public let code: String
    /// Digits after the decimal point in the currency's minor unit (JPY 0, USD 2, KWD 3).
    public let minorDigits: Int

    /// Looks up an ISO 4217 code, case-insensitively; nil when it is not one.
    public init?(code: String) {
        let upper = code.uppercased()
        guard let digits = Currency.minorDigitsByCode[upper] else { return nil }
        self.code = upper
        self.minorDigits = digits
    }

    /// Parses a code or throws an error that names the bad value and the accepted form.
    public static func parse(_ text: String) throws(PipelineError) -> Currency {
        guard let currency = Currency(code: text.trimmingWhitespace()) else {
            throw .invalidValue(ErrorText.currencyUnknown(value: text).string)
        }
        return currency
    }

    public static let usd = Currency(code: "USD")!
    public static let cny = Currency(code: "CNY")!

    /// The currency of new deals when the config names none: CNY for a run in Chinese, USD otherwise.
    public static func `default`(for language: Language) -> Currency {
        switch language {
        case .english: .usd
        case .simplifiedChinese: .cny
        }
    }

    public var description: String { code }

    /// How many minor units make one major unit: 100 for USD, 1 for JPY.
    public var minorUnitsPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorDigits { factor *= 10 }
        return factor
    }

    /// The symbol shown in compact totals (`$84,000`), or the code followed by a space.
    ///
    /// `¥` is the yuan (many of our users write Chinese); the yen shows as `JP¥` so the two never look alike.
    public var symbol: String {
        switch code {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "CNY": return "¥"
        case "JPY": return "JP¥"
        case "KRW": return "₩"
        case "INR": return "₹"
        default: return code + " "
        }
    }

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    /// ISO 4217 active codes and their minor digits.
    static let minorDigitsByCode: [String: Int] = {
        var table: [String: Int] = [:]
        let two = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD \
            CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD \
            GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD \
            MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP \
            PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS \
            TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWL
            """
        for code in two.split(separator: " ") { table[String(code)] = 2 }
        for code in ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"] {
            table[code] = 0
        }
        for code in ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"] { table[code] = 3 }
        return table
    }()
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String {
        // Fast path for imports' hundreds of thousands of cells: printable ASCII at both ends
        // cannot be whitespace, and a Character check costs a Unicode property lookup.
        if let first = utf8.first, let last = utf8.last, first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F {
            return self
        }
        // The same for text that starts or ends in a letter no whitespace can join (CJK titles and names).
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           (first.value > 0x20 && first.value < 0x7F) || Self.isJoinlessLetter(first),
           (last.value > 0x20 && last.value < 0x7F) || Self.isJoinlessLetter(last) {
            return self
        }
        if isEmpty { return self }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// CJK ideographs, kana and Hangul syllables: not whitespace, and never the continuation of a
    /// character that starts with whitespace (only a prepended mark or a Hangul jamo can come
    /// before one in the same character), so a `Character` check at either end says "keep".
    static func isJoinlessLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: true
        default: false
        }
    }
}
