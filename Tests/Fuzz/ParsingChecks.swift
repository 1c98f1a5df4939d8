// The properties every parser input must keep, shared by the libFuzzer target (`make fuzz`)
// and the corpus regression test in `make test` (through a symlink in Tests/PipelineTests).
#if canImport(Pipeline)
@testable import Pipeline
#endif

/// Runs one input through money, currency, date, timestamp and terminal-text handling and
/// reports every broken property; parsing may refuse an input, but never crash or mis-print it.
func checkParsingProperties(_ text: String, report: (String) -> Void) {
    for code in ["USD", "JPY", "KWD", "CNY"] {
        let currency = Currency(code: code)!
        if let money = try? Money.parse(text, currency: currency) {
            if (try? Money.parse(money.decimalString, currency: currency, decimalSeparator: .point)) != money {
                report("money round trip failed for \(text.debugDescription) in \(code)")
            }
            if money.minorUnits < 0 { report("negative amount from \(text.debugDescription)") }
        }
    }
    _ = try? Currency.parse(text)
    if let day = try? CalendarDay.parse(text) {
        if day.description != text.trimmingWhitespace() { report("date round trip failed for \(text.debugDescription)") }
        if CalendarDay(daysSinceEpoch: day.daysSinceEpoch) != day { report("epoch days wrong for \(day)") }
    }
    _ = try? Timestamp.parse(text)
    let visible = TerminalText.visible(text)
    if visible.unicodeScalars.contains(where: TerminalText.isControl) {
        report("a control character survived in \(text.debugDescription)")
    }
    if visible.contains(where: TerminalText.opensWithMark) {
        report("a combining mark was left without a base in \(text.debugDescription)")
    }
    for limit in [0, 1, 2, 5, 17] where DisplayWidth.of(DisplayWidth.truncate(visible, to: limit)) > limit {
        report("truncating \(text.debugDescription) to \(limit) columns overflowed")
    }
}
