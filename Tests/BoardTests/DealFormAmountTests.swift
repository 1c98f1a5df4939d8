import Foundation
import Testing
@testable import Board
@testable import Pipeline

/// Issue 15 item 2 on the board: the deal form reads values by the same rule as `add` and imports.
@Suite("The deal form's value follows decimal_separator")
struct DealFormAmountTests {
    let eur = Currency(code: "EUR")!

    func form(_ value: String, _ separator: DecimalSeparator?) -> DealForm {
        var form = DealForm.new(stageID: 1, currency: eur, decimalSeparator: separator)
        form.fields[.title] = TextField("Hamburg fleet")
        form.fields[.value] = TextField(value)
        return form
    }

    @Test("1.200 is refused with both readings without the setting, and read by it with one")
    func ambiguousValue() throws {
        #expect {
            try form("1.200", nil).draft()
        } throws: { error in
            (error as? PipelineError)?.description.contains("write 1200 or 1.20") == true
        }
        #expect(try form("1.200", .comma).draft().value == Money(minorUnits: 120_000, currency: eur))
        #expect(try form("1.200", .point).draft().value == Money(minorUnits: 120, currency: eur))
    }

    @Test("Editing writes the value with the configured mark, and saving it unchanged keeps the amount")
    func editingRoundTrips() throws {
        let deal = Deal(title: "Lyon", value: Money(minorUnits: 120_050, currency: eur), pipelineID: 1, stageID: 1, createdAt: Date(timeIntervalSince1970: 0))
        let comma = DealForm.editing(deal, decimalSeparator: .comma)
        #expect(comma.text(.value) == "1200,50")
        #expect(try comma.draft().value == deal.value)
        let kwd = Deal(title: "Kuwait", value: Money(minorUnits: 1_200, currency: Currency(code: "KWD")!), pipelineID: 1, stageID: 1, createdAt: Date(timeIntervalSince1970: 0))
        #expect(try DealForm.editing(kwd).draft().value == kwd.value)
        // KWD 1.234 is written 1.234 (ambiguous alone): saved untouched it keeps its amount; typed again it is refused.
        var exact = kwd
        exact.value.minorUnits = 1_234
        var form = DealForm.editing(exact)
        #expect(form.text(.value) == "1.234")
        #expect(try form.draft().value == exact.value)
        form.fields[.value] = TextField("1.235")
        #expect(throws: PipelineError.self) { try form.draft() }
    }
}
