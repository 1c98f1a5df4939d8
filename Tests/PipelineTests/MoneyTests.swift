import Testing
@testable import Pipeline

@Suite("Money parsing and formatting")
struct MoneyTests {
    let usd = Currency(code: "USD")!
    let jpy = Currency(code: "JPY")!
    let kwd = Currency(code: "KWD")!

    @Test("accepted forms", arguments: [
        ("12000", Int64(1_200_000)), ("12000.50", 1_200_050), ("12,000.50", 1_200_050), ("12k", 1_200_000),
        ("1.5m", 150_000_000), ("0", 0), ("0.5", 50), ("1,234,567", 123_456_700), (" 42 ", 4_200), ("2.25K", 225_000),
        ("12.50", 1_250), ("1.0055k", 100_550), ("1.200,50", 120_050), ("1,200.50", 120_050), ("1.200.000", 120_000_000),
        ("12,50", 1_250), ("1234.5", 123_450), ("1,234,567.5", 123_456_750),
    ])
    func parsesAcceptedForms(text: String, minorUnits: Int64) throws {
        #expect(try Money.parse(text, currency: usd) == Money(minorUnits: minorUnits, currency: usd))
    }

    @Test("refused forms name the value and the accepted forms", arguments: [
        "-5", "", "abc", "12,0,0", "1.2.3", "12.", ".5", "1,2345", "12.3456", "1e5", "$12", "12 000", "１２", "1.200,000,5",
    ])
    func refusesBadForms(text: String) {
        #expect {
            try Money.parse(text, currency: usd)
        } throws: { error in
            let message = (error as? PipelineError)?.description ?? ""
            return message.contains("'\(text)'") && message.contains("12k")
        }
    }

    /// Issue 15 item 2: `--value 1.200 --currency EUR` saved €1.20 and an import turned `1.200` into 1.20. A single
    /// mark followed by exactly three digits reads as 1200 in one convention and 1.20 in the other: refused.
    @Test("a single mark followed by three digits is refused as ambiguous, naming both readings", arguments: [
        ("1.200", "1200", "1.20"), ("80,000", "80000", "80.00"), ("1.234", "1234", "1.234"), ("1.500k", "1500k", "1.50k"),
        ("999,999", "999999", "999.999"),
    ])
    func refusesAmbiguousAmounts(text: String, grouped: String, pointed: String) {
        for currency in [usd, kwd] {
            #expect {
                try Money.parse(text, currency: currency)
            } throws: { error in
                let message = (error as? PipelineError)?.description ?? ""
                return message.hasPrefix("invalid amount '\(text)'") && message.contains("write \(grouped) or ")
                    && message.contains("decimal_separator") && (currency != usd || message.contains(pointed))
            }
        }
    }

    @Test("decimal_separator makes the other mark the grouping one")
    func decimalSeparatorSettles() throws {
        let eur = Currency(code: "EUR")!
        #expect(try Money.parse("1.200", currency: eur, decimalSeparator: .point).minorUnits == 120)
        #expect(try Money.parse("80,000", currency: eur, decimalSeparator: .point).minorUnits == 8_000_000)
        #expect(try Money.parse("1.200", currency: eur, decimalSeparator: .comma).minorUnits == 120_000)
        #expect(try Money.parse("80,000", currency: eur, decimalSeparator: .comma).minorUnits == 8_000)
        #expect(try Money.parse("1.200,50", currency: eur, decimalSeparator: .comma).minorUnits == 120_050)
        #expect(try Money.parse("12000,5", currency: eur, decimalSeparator: .comma).minorUnits == 1_200_050)
        #expect(try Money.parse("1,5m", currency: eur, decimalSeparator: .comma).minorUnits == 150_000_000)
        #expect(try Money.parse("12000", currency: eur, decimalSeparator: .comma).minorUnits == 1_200_000)
        #expect(try Money.parse("1.234", currency: kwd, decimalSeparator: .point).minorUnits == 1_234)
        // The other convention's forms are refused, not misread.
        #expect(throws: PipelineError.self) { try Money.parse("12.50", currency: eur, decimalSeparator: .comma) }
        #expect(throws: PipelineError.self) { try Money.parse("12,50", currency: eur, decimalSeparator: .point) }
        #expect(throws: PipelineError.self) { try Money.parse("1,200.50", currency: eur, decimalSeparator: .comma) }
    }

    @Test("a value written back for typing is read again as the same amount")
    func typedValuesReadBack() throws {
        for money in [Money(minorUnits: 1_200, currency: kwd), Money(minorUnits: 120_050, currency: usd), Money(minorUnits: 500, currency: jpy)] {
            for separator in [nil, DecimalSeparator.point, .comma] {
                #expect(try Money.parse(money.typed(with: separator), currency: money.currency, decimalSeparator: separator) == money)
            }
        }
        #expect(Money(minorUnits: 120_050, currency: usd).typed(with: .comma) == "1200,50")
        #expect(Money(minorUnits: 1_200, currency: kwd).typed(with: nil) == "1.2")
    }

    /// Issue 14 item 8: `--value 999999999999999.99` was accepted and made the lane totals overflow.
    @Test("amounts over the maximum are refused, naming the largest one", arguments: [
        ("999999999999999.99", "$100,000,000,000.00"), ("100000000000.01", "$100,000,000,000.00"),
        ("100,000,000.001k", "$100,000,000,000.00"), ("99999999999999999999", "$100,000,000,000.00"),
        ("92233720368547758.07", "$100,000,000,000.00"),
    ])
    func refusesAmountsOverTheMaximum(text: String, largest: String) {
        #expect {
            try Money.parse(text, currency: usd)
        } throws: { error in
            let message = (error as? PipelineError)?.description ?? ""
            return message.contains("'\(text)'") && message.contains(largest)
        }
    }

    @Test func theMaximumItselfIsAcceptedInEveryForm() throws {
        #expect(try Money.parse("100000000000", currency: usd).minorUnits == Money.maximumMinorUnits)
        #expect(try Money.parse("100,000,000,000.00", currency: usd).minorUnits == Money.maximumMinorUnits)
        #expect(try Money.parse("100000m", currency: usd).minorUnits == Money.maximumMinorUnits)
        #expect(try Money.parse("10000000000000", currency: jpy).minorUnits == Money.maximumMinorUnits)
        #expect(throws: PipelineError.self) { try Money.parse("10000000000001", currency: jpy) }
        #expect(throws: PipelineError.self) { try Money.validAmount(Money(minorUnits: Money.maximumMinorUnits + 1, currency: usd)) }
        #expect(throws: PipelineError.self) { try Money.validAmount(Money(minorUnits: -1, currency: usd)) }
    }

    /// The reason for the maximum: value × 100 (a weighted value in hundredths) of thousands of the largest
    /// deals still fits in 64 bits, and the sum of the values of hundreds of thousands of them.
    @Test func sumsOfTheLargestDealsFit() {
        let (weighted, weightedOverflow) = (Money.maximumMinorUnits * 100).multipliedReportingOverflow(by: 9_000)
        let (values, valuesOverflow) = Money.maximumMinorUnits.multipliedReportingOverflow(by: 900_000)
        #expect(!weightedOverflow && weighted > 0)
        #expect(!valuesOverflow && values > 0)
    }

    /// A sum past 64 bits (a database edited by hand) is refused with a sentence, never a crash.
    @Test func totalsThatWouldOverflowAreRefused() throws {
        var totals = MoneyTotals()
        try totals.add(Money(minorUnits: Int64.max - 1, currency: usd))
        #expect(throws: MoneyTotals.tooLarge(usd)) { try totals.add(Money(minorUnits: 2, currency: usd)) }
        #expect(totals.byCurrency[usd] == Int64.max - 1)
        try totals.add(Money(minorUnits: 2, currency: jpy))
        var negative = MoneyTotals()
        try negative.add(Money(minorUnits: Int64.min + 1, currency: usd))
        #expect(throws: MoneyTotals.tooLarge(usd)) { try negative.subtract(Money(minorUnits: 2, currency: usd)) }
        #expect(MoneyTotals.tooLarge(usd).description.contains("USD"))
        #expect(throws: MoneyTotals.tooLarge(usd)) {
            try Money.weightedTotal(stageWeighted: Int64.max / 50, stageProbability: 100, ownHundredths: 0, currency: usd)
        }
        #expect(try Money.weightedTotal(stageWeighted: 1_005, stageProbability: 10, ownHundredths: 40, currency: usd).minorUnits == 101)
    }

    /// Rounding and weighting never overflow, whatever a row holds.
    @Test func formattingAndWeightingAtTheLimitsDoNotOverflow() {
        let largest = Money(minorUnits: Int64.max, currency: usd)
        #expect(largest.compact == "$92,233,720,368,547,758")
        #expect(largest.abbreviated == "$92233720.4b")
        #expect(Money(minorUnits: Int64.max, currency: jpy).compact == "JP¥9,223,372,036,854,775,807")
        #expect(Money(minorUnits: Int64.max, currency: jpy).abbreviated == "JP¥9223372036.9b")
        #expect(largest.weighted(byPercent: 100) == largest)
        #expect(largest.weighted(byPercent: 50).minorUnits == Int64.max / 2 + 1)
        #expect(Money(minorUnits: 1_005, currency: usd).weighted(byPercent: 10).minorUnits == 101)
        #expect(CurrencyPerformance(currency: usd, wonDeals: 2, wonValue: largest).averageWonValue?.minorUnits == Int64.max / 2 + 1)
        #expect(Median.ofSortedMinorUnits([Int64.max - 2, Int64.max]) == Int64.max - 1)
    }

    @Test func minorDigitsFollowTheCurrency() throws {
        #expect(try Money.parse("500", currency: jpy).minorUnits == 500)
        #expect(throws: PipelineError.self) { try Money.parse("500.5", currency: jpy) }
        #expect(try Money.parse("500.0", currency: jpy).minorUnits == 500)
        #expect(try Money.parse("1.234", currency: kwd, decimalSeparator: .point).minorUnits == 1_234)
        #expect(throws: PipelineError.self) { try Money.parse("1.2345", currency: kwd) }
        #expect(try Money.parse("1.5k", currency: jpy).minorUnits == 1_500)
    }

    @Test func formatting() {
        let money = Money(minorUnits: 1_200_050, currency: usd)
        #expect(money.decimalString == "12000.50")
        #expect(money.formatted == "$12,000.50")
        #expect(money.compact == "$12,001")
        #expect(Money(minorUnits: 500, currency: jpy).decimalString == "500")
        #expect(Money(minorUnits: 500, currency: jpy).formatted == "JP¥500")
        #expect(Money(minorUnits: 5, currency: usd).decimalString == "0.05")
        #expect(Money(minorUnits: 1_234, currency: kwd).decimalString == "1.234")
        #expect(Money(minorUnits: 8_400_000, currency: usd).abbreviated == "$84k")
        #expect(Money(minorUnits: 123_000_000, currency: Currency(code: "CNY")!).abbreviated == "¥1.2m")
        // Billions get their own unit: a lane of ¥1,200,130,000 read "¥1200.1m".
        #expect(Money(minorUnits: 120_013_000_000, currency: Currency(code: "CNY")!).abbreviated == "¥1.2b")
        #expect(Money(minorUnits: 99_999_000_000, currency: usd).abbreviated == "$1b")
        #expect(Money(minorUnits: 99_940_000_000, currency: usd).abbreviated == "$999.4m")
        #expect(Money(minorUnits: 2_000_000_000_000, currency: usd).abbreviated == "$20b")
    }

    @Test func weightingRoundsHalfUp() {
        #expect(Money(minorUnits: 1_005, currency: usd).weighted(byPercent: 10).minorUnits == 101)
        #expect(Money(minorUnits: 1_000, currency: usd).weighted(byPercent: 25).minorUnits == 250)
    }

    @Test func totalsNeverMixCurrencies() throws {
        var totals = MoneyTotals()
        try totals.add(Money(minorUnits: 8_400_000, currency: usd))
        try totals.add(Money(minorUnits: 12_000_000, currency: Currency(code: "CNY")!))
        try totals.add(Money(minorUnits: 100, currency: usd))
        #expect(totals.byCurrency[usd] == 8_400_100)
        #expect(totals.byCurrency.count == 2)
        #expect(totals.compact == "¥120,000 · $84,001")
        try totals.subtract(Money(minorUnits: 12_000_000, currency: Currency(code: "CNY")!))
        #expect(totals.compact == "$84,001")
        #expect(MoneyTotals().compact == "0")
    }

    @Test func currencyCodes() throws {
        #expect(try Currency.parse("eur").code == "EUR")
        #expect(throws: PipelineError.self) { try Currency.parse("USS") }
        #expect(throws: PipelineError.self) { try Currency.parse("") }
        #expect(Currency(code: "JPY")?.minorDigits == 0)
    }

    @Test func digitsAreGroupedInThreesFromTheRight() {
        // The reference: every third digit from the right gets a comma before it.
        func reference(_ value: Int64) -> String {
            let digits = Array(String(value.magnitude))
            var out = value < 0 ? "-" : ""
            for (index, digit) in digits.enumerated() {
                if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            return out
        }
        var values: [Int64] = [0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, Int64.max, Int64.min, -1, -123, -1_234]
        var state: UInt64 = 0x51_7CC1_B727_220A
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Int64(bitPattern: state) >> Int64(state % 60))
        }
        for value in values { #expect(Money.grouped(value) == reference(value), "\(value)") }
        #expect(Money.grouped(1_234_567) == "1,234,567")
    }
}
