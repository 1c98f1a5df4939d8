import Pipeline
import Testing
import Wording

/// The reason a deal is lost for, checked once for every way of marking it lost.
@Suite("Lost reasons: checked, and never empty")
struct LostReasonCheckTests {
    @Test func aLostReasonIsTrimmedAndAnEmptyOneRefusedInTheWordsOfWhereItWasTyped() throws {
        #expect(try DealTextField.validLostReason("  price ", ifEmpty: .lostReasonEmpty) == "price")
        #expect(throws: PipelineError.invalidValue("invalid lost reason '': say why the deal was lost, e.g. price")) {
            try DealTextField.validLostReason("   ", ifEmpty: .lostReasonEmptyOnBoard)
        }
    }
}
