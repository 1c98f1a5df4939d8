import Wording

/// An amount of one currency, held as integer minor units (cents, fen, yen).
///
/// Money is never a `Double` and amounts of two currencies are never added:
/// totals across currencies live in `MoneyTotals`.
public struct Money: Hashable, Sendable {
    /// The amount in the currency's minor unit.
    public var minorUnits: Int64
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero of a currency.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// The most one amount may hold, in minor units: 10^13 ($100,000,000,000.00, JP¥10,000,000,000,000).
    ///
    /// Chosen so that every sum Funnel keeps fits in 64 bits for any pipeline a person can have:
    /// 922,337 deals at this value in one currency still add up, and a weighted value (value × a
    /// percentage) of 9,223 of them. Sums past that are refused with a sentence (`MoneyTotals`).
    public static let maximumMinorUnits: Int64 = 10_000_000_000_000

    /// The accepted forms, for error messages.
    public static let acceptedForms = "12000, 12000.50, 12,000.50, 12k, 1.5m, 12万 or 3亿"

    /// The accepted forms with a decimal comma (`decimal_separator = ","`), for error messages.
    public static let acceptedFormsWithDecimalComma = "12000, 12000,50, 12.000,50, 12k or 1,5m"

    /// Parses an amount typed by a person or read from a file.
    ///
    /// Accepts `12000`, `12000.50`, `12,000.50`, `12k`, `1.5m`, `12万` (ten thousands), `1.5万`, `3亿`
    /// (hundred millions), in any language (and a leading
    /// currency symbol or trailing code is not accepted: the currency is its own field).
    /// Rejects negatives, more minor digits than the currency has, amounts over `maximumMinorUnits`,
    /// and anything else.
    ///
    /// `decimalSeparator` is the config's `decimal_separator`, the other mark then groups thousands. Without
    /// one, two different marks (`1.200,50`, `1,200.50`) or one mark twice or more (`1,200,000`) read as people
    /// write them, and a single mark followed by exactly three digits (`1.200`, `80,000`) is refused as
    /// ambiguous: it is 1200 in one convention and 1.20 in the other.
    public static func parse(
        _ text: String, currency: Currency, decimalSeparator: DecimalSeparator? = nil
    ) throws(PipelineError) -> Money {
        if decimalSeparator != .comma, let plain = plainAmount(text, currency: currency, strict: decimalSeparator == nil) {
            return plain
        }
        return try parseByRules(text, currency: currency, decimalSeparator: decimalSeparator)
    }

    /// Checks an amount that did not come through `parse` (a JSON file, a database row): at least zero and at
    /// most `maximumMinorUnits`.
    public static func validAmount(_ amount: Money) throws(PipelineError) -> Money {
        guard amount.minorUnits >= 0 else {
            throw .invalidValue(ErrorText.amountNegative(amount: amount.decimalString, currency: amount.currency.code).string)
        }
        guard amount.minorUnits <= maximumMinorUnits else {
            throw .invalidValue(tooLarge("\(amount.decimalString) \(amount.currency.code)", currency: amount.currency))
        }
        return amount
    }

    /// The refusal of an amount over `maximumMinorUnits`, naming the largest one of its currency.
    static func tooLarge(_ text: String, currency: Currency) -> String {
        let largest = Money(minorUnits: maximumMinorUnits, currency: currency)
        return ErrorText.amountTooLarge(value: text, largest: largest.formatted, currency: currency.code).string
    }

    /// `parse` for every form, by its rules one after the other.
    static func parseByRules(
        _ text: String, currency: Currency, decimalSeparator: DecimalSeparator? = nil
    ) throws(PipelineError) -> Money {
        let trimmed = text.trimmingWhitespace()
        func bad(_ why: (_ value: String) -> ErrorText) -> PipelineError {
            .invalidValue(why(text).string)
        }
        guard !trimmed.isEmpty else { throw bad(ErrorText.amountEmpty) }
        if trimmed.hasPrefix("-") { throw bad(ErrorText.amountNegativeTyped) }

        var body = Substring(trimmed)
        var multiplierDigits = 0
        if let last = body.last, let digits = Money.multiplierDigits[last] {
            multiplierDigits = digits
            body = body.dropLast()
        }
        // Read every convention as a decimal point and grouping commas.
        let separator: DecimalSeparator
        if let decimalSeparator {
            separator = decimalSeparator
        } else if let inferred = DecimalSeparator.inferred(from: body) {
            separator = inferred
        } else {
            throw ambiguous(text, body: body, currency: currency)
        }
        if separator == .comma {
            body = Substring(String(body.map { $0 == "," ? "." : $0 == "." ? "," : $0 }))
        }
        let parts = body.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw bad(ErrorText.amountTwoDecimalPoints) }
        let wholeText = parts[0]
        let fractionText = parts.count == 2 ? parts[1] : ""
        guard !wholeText.isEmpty else { throw bad(ErrorText.amountNoWholeDigits) }
        if parts.count == 2 && fractionText.isEmpty { throw bad(ErrorText.amountNoFractionDigits) }

        // Thousands separators: groups of three digits after the first group.
        let groups = wholeText.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { throw bad(ErrorText.amountMisplacedSeparators) }
        }
        let wholeDigits = groups.joined()
        guard wholeDigits.allSatisfy(\.isASCIIDigit), fractionText.allSatisfy(\.isASCIIDigit) else {
            throw bad(ErrorText.amountNotANumber)
        }

        // Scale by the k/m multiplier, then check the remaining fraction against the currency.
        var digits = wholeDigits + fractionText
        var fractionCount = fractionText.count - multiplierDigits
        if fractionCount < 0 {
            digits += String(repeating: "0", count: -fractionCount)
            fractionCount = 0
        }
        // Strip trailing zeros that only pad the fraction (12.50 for JPY is still refused: 12.5 is not whole yen).
        while fractionCount > currency.minorDigits, digits.last == "0" {
            digits.removeLast()
            fractionCount -= 1
        }
        if fractionCount > currency.minorDigits {
            throw .invalidValue(currency.minorDigits == 0
                ? ErrorText.amountNoMinorUnit(value: text, currency: currency.code).string
                : ErrorText.amountTooManyDecimals(value: text, currency: currency.code, digits: currency.minorDigits).string)
        }
        digits += String(repeating: "0", count: currency.minorDigits - fractionCount)
        let significant = digits.drop(while: { $0 == "0" })
        guard significant.count <= 17, let units = Int64(significant.isEmpty ? "0" : String(significant)),
              units <= maximumMinorUnits
        else {
            throw .invalidValue(tooLarge(text, currency: currency))
        }
        return Money(minorUnits: units, currency: currency)
    }

    /// The zeros each multiplier an amount may end with stands for: thousand, million, 万 (10^4), 亿 (10^8).
    static let multiplierDigits: [Character: Int] = ["k": 3, "K": 3, "m": 6, "M": 6, "万": 4, "亿": 8]
    /// The refusal of an amount whose single mark is followed by exactly three digits (`1.200`, `80,000`),
    /// naming both readings: "write 1200 or 1.20".
    static func ambiguous(_ text: String, body: Substring, currency: Currency) -> PipelineError {
        let mark = body.last(where: { $0 == "." || $0 == "," }) ?? "."
        let whole = body.prefix(while: { $0 != mark })
        let fraction = body.drop(while: { $0 != mark }).dropFirst()
        let multiplier = text.trimmingWhitespace().last.map { "kKmM万亿".contains($0) ? String($0) : "" } ?? ""
        var decimal = String(fraction)
        while decimal.count > max(currency.minorDigits, 1), decimal.last == "0" { decimal.removeLast() }
        let grouped = "\(whole)\(fraction)\(multiplier)"
        let pointed = "\(whole).\(decimal)\(multiplier)"
        return .invalidValue(ErrorText.amountAmbiguous(value: text, mark: String(mark), grouped: grouped, pointed: pointed).string)
    }

    /// `parse` of the common form, digits with an optional fraction no longer than the currency's
    /// (`88500.00`), by arithmetic: imports read hundreds of thousands. Nil sends the text to `parse`'s
    /// full rules; the limit of 17 digits and `maximumMinorUnits` keep every amount this accepts one that `parse` accepts.
    /// `strict` (no `decimal_separator`) sends a fraction of exactly three digits to the rules, which refuse it as ambiguous.
    static func plainAmount(_ text: String, currency: Currency, strict: Bool = true) -> Money? {
        var whole: Int64 = 0, fraction: Int64 = 0
        var wholeDigits = 0, fractionDigits = 0
        var sawPoint = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if sawPoint {
                    fraction = fraction * 10 + Int64(byte - 0x30)
                    fractionDigits += 1
                } else {
                    whole = whole * 10 + Int64(byte - 0x30)
                    wholeDigits += 1
                }
                if wholeDigits + currency.minorDigits > 17 || fractionDigits > currency.minorDigits { return nil }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard wholeDigits > 0, !sawPoint || fractionDigits > 0, !(strict && fractionDigits == 3) else { return nil }
        var units = whole
        for _ in 0..<currency.minorDigits { units *= 10 }
        for _ in fractionDigits..<currency.minorDigits { fraction *= 10 }
        // Over the maximum: the full rules refuse it with the reason.
        guard units + fraction <= maximumMinorUnits else { return nil }
        return Money(minorUnits: units + fraction, currency: currency)
    }

    /// The amount as a plain decimal string with the currency's minor digits: `12000.50`, `500` for JPY.
    public var decimalString: String {
        let factor = currency.minorUnitsPerMajor
        let whole = minorUnits / factor
        guard currency.minorDigits > 0 else { return String(whole) }
        let fraction = String(minorUnits % factor)
        return "\(whole).\(String(repeating: "0", count: currency.minorDigits - fraction.count))\(fraction)"
    }

    /// The amount as a person would type it back with a decimal mark (`decimal_separator`): `12000.50`,
    /// `12000,50` with a comma. Without one, a fraction's padding zeros are dropped where the text would otherwise
    /// be refused as ambiguous (KWD `1.200` is written `1.2`).
    public func typed(with separator: DecimalSeparator?) -> String {
        var text = decimalString
        if separator == nil, (try? Money.parse(text, currency: currency)) == nil {
            while text.last == "0", text.contains(".") { text.removeLast() }
            if text.last == "." { text.removeLast() }
        }
        return separator == .comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// The amount with thousands separators and its symbol: `$12,000.50`, `¥500`.
    public var formatted: String {
        let factor = currency.minorUnitsPerMajor
        var text = currency.symbol + Money.grouped(minorUnits / factor)
        if currency.minorDigits > 0 {
            let fraction = String(minorUnits % factor)
            text += "." + String(repeating: "0", count: currency.minorDigits - fraction.count) + fraction
        }
        return text
    }

    /// The amount rounded to whole major units with a symbol, for tight spaces: `$84,000`.
    public var compact: String {
        let factor = currency.minorUnitsPerMajor
        // Whole part and remainder apart, so a total near the 64-bit limit rounds without overflowing.
        let rounded = minorUnits / factor + (minorUnits % factor + factor / 2) / factor
        return currency.symbol + Money.grouped(rounded)
    }

    /// The amount shortened with k, m or b for very tight spaces: `$84k`, `¥1.2m`, `¥1.2b`.
    public var abbreviated: String {
        let major = minorUnits / currency.minorUnitsPerMajor
        // Tenths of a million or of a billion, rounded half up; 999.95m and more reads as 1b.
        let millionTenths = Self.roundedDivision(major, by: 100_000)
        if millionTenths >= 10_000 {
            return currency.symbol + Self.tenths(Self.roundedDivision(major, by: 100_000_000)) + "b"
        }
        if major >= 1_000_000 { return currency.symbol + Self.tenths(millionTenths) + "m" }
        if major >= 10_000 { return currency.symbol + "\(Self.roundedDivision(major, by: 1000))k" }
        return compact
    }

    /// The amount shortened the way a language reads it: `abbreviated` in English; in Chinese
    /// 万 (ten thousand) and 亿 (hundred million), `¥12.5万`, `¥3.2亿`, with one decimal below 1000万.
    public func abbreviated(in language: Language) -> String {
        guard language == .simplifiedChinese else { return abbreviated }
        let major = minorUnits / currency.minorUnitsPerMajor
        if major < 10_000 { return compact }
        if major < 10_000_000 { return currency.symbol + Self.tenths(Self.roundedDivision(major, by: 1_000)) + "万" }
        // Whole 万 from 1000万; what rounds to 10000万 reads as 1亿.
        let tenThousands = Self.roundedDivision(major, by: 10_000)
        if tenThousands < 10_000 { return currency.symbol + "\(tenThousands)万" }
        let hundredMillionTenths = Self.roundedDivision(major, by: 10_000_000)
        return currency.symbol
            + (hundredMillionTenths >= 10_000 ? "\(Self.roundedDivision(major, by: 100_000_000))" : Self.tenths(hundredMillionTenths)) + "亿"
    }

    /// `value / divisor` rounded half up, without the `value + divisor / 2` that overflows near the limit.
    static func roundedDivision(_ value: Int64, by divisor: Int64) -> Int64 {
        value / divisor + (value % divisor + divisor / 2) / divisor
    }

    /// `12` tenths as `1.2`, `10` as `1`.
    static func tenths(_ value: Int64) -> String {
        value % 10 == 0 ? "\(value / 10)" : "\(value / 10).\(value % 10)"
    }

    /// The value weighted by a win probability in percent, rounded to the nearest minor unit.
    ///
    /// Worked out per hundred and remainder (`q × p + (r × p + 50) / 100` for `100q + r`), the same as
    /// `(value × p + 50) / 100` without the product: no value of a row edited by hand can overflow it.
    public func weighted(byPercent percent: Int) -> Money {
        let percent = Int64(min(max(percent, 0), 100))
        return Money(minorUnits: minorUnits / 100 * percent + (minorUnits % 100 * percent + 50) / 100, currency: currency)
    }

    /// A weighted total from hundredths of a minor unit (sums of value × percent), rounded half up once.
    ///
    /// `stageWeighted` is the value of deals that follow their stage's probability, `ownHundredths` the sum of
    /// value × own probability of the others. Refuses (`MoneyTotals.tooLarge`) when the total does not fit.
    public static func weightedTotal(
        stageWeighted: Int64, stageProbability: Int, ownHundredths: Int64, currency: Currency
    ) throws(PipelineError) -> Money {
        let (byStage, overflow) = stageWeighted.multipliedReportingOverflow(by: Int64(stageProbability))
        let (hundredths, overflowSum) = byStage.addingReportingOverflow(ownHundredths)
        guard !overflow, !overflowSum else { throw MoneyTotals.tooLarge(currency) }
        return Money(minorUnits: hundredths / 100 + (hundredths % 100 + 50) / 100, currency: currency)
    }

    static func grouped(_ value: Int64) -> String {
        // Written from the last digit back into the string's own buffer: lane headers group every
        // total on every frame.
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let sign = value < 0 ? 1 : 0
        let length = sign + digits + (digits - 1) / 3
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = length - 1
            var remaining = value.magnitude
            for written in 0..<digits {
                if written > 0 && written % 3 == 0 {
                    buffer[index] = UInt8(ascii: ",")
                    index -= 1
                }
                buffer[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
                index -= 1
            }
            if sign == 1 { buffer[0] = UInt8(ascii: "-") }
            return length
        }
    }
}

extension Character {
    /// True for the ASCII digits 0-9 only (not other scripts' digits).
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
