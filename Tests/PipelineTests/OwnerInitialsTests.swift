import Foundation
import Testing
@testable import Pipeline

/// Issue 15 item 10: the initials a card shows for its owner.
@Suite("Owner initials")
struct OwnerInitialsTests {
    @Test("first letters of the first and last words, upper case; one word gives one character", arguments: [
        ("Sam Patel", "SP"), ("ana maría lópez", "AL"), ("王芳", "王"), ("Cher", "C"), ("  Zoë   Ödegaard ", "ZÖ"), ("", nil),
    ] as [(String, String?)])
    func initials(owner: String, expected: String?) {
        var deal = Deal(title: "x", value: .zero(.usd), pipelineID: 1, stageID: 1, createdAt: Date(timeIntervalSince1970: 0))
        deal.owner = owner
        #expect(deal.ownerInitials == expected)
        deal.owner = nil
        #expect(deal.ownerInitials == nil)
    }
}
