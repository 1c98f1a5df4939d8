import Foundation
import Pipeline
import Testing

/// A change to a deal's fields as every engine applies it: what it may change, what it sets, when it moves.
@Suite("Deal edits: what an edit may change and what it sets")
struct DealEditTests {
    let now = Fixtures.at("2026-11-29T09:00:00Z")
    let sales = Fixtures.sales

    @Test func identityPlaceOutcomeAndTimesStayAsTheyAreAndTheRestIsSet() throws {
        let current = Fixtures.deal(id: 4)
        let change = DealEdit(of: current, moving: false) { deal in
            deal.title = "Renewal"
            deal.id = 99
            deal.pipelineID = 2
            deal.stageID = 11
            deal.status = .won
            deal.lostReason = "price"
            deal.createdAt = now
            deal.stageEnteredAt = now
            deal.closedAt = now
        }
        var expected = current
        expected.title = "Renewal"
        #expect(change.edited == expected)
        #expect(change.parts == [.title])
        let saved = try #require(try change.saved(now: now))
        #expect(saved.title == "Renewal")
        #expect(saved.updatedAt == now)
    }

    @Test func aLostDealsReasonIsItsOwnToChange() {
        var current = Fixtures.deal(id: 4)
        current.status = .lost
        current.lostReason = "price"
        let change = DealEdit(of: current, moving: false) { $0.lostReason = "timing" }
        #expect(change.edited.lostReason == "timing")
        #expect(change.parts == [.status])
    }

    @Test func theTemperatureFollowsNewAnswersUnlessSetByHand() {
        let current = Fixtures.deal(id: 4)
        let all = Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes)
        let followed = DealEdit(of: current, moving: false) { $0.qualification = all }
        #expect(followed.edited.temperature == .hot)
        var byHand = current
        byHand.setTemperature(byHand: .cold)
        let kept = DealEdit(of: byHand, moving: false) { $0.qualification = all }
        #expect(kept.edited.temperature == .cold)
    }

    @Test func anEditThatChangesNothingSavesNothingButAMoveStillSetsTheStage() throws {
        let current = Fixtures.deal(id: 4)
        let still = DealEdit(of: current, moving: false) { $0.title = current.title }
        #expect(still.parts.isEmpty)
        #expect(try still.saved(now: now) == nil)
        let moving = DealEdit(of: current, moving: true) { _ in }
        #expect(moving.parts == StaleWrite.moveSets)
    }

    @Test func aValuePastTheMaximumIsRefused() {
        let current = Fixtures.deal(id: 4)
        let change = DealEdit(of: current, moving: false) { $0.value.minorUnits = 10_000_000_000_001 }
        #expect(throws: PipelineError.self) { try change.saved(now: now) }
    }

    @Test func aMoveNamesAStageElsewhereAndIsRefusedForAClosedDeal() throws {
        let current = Fixtures.deal(id: 4, stageID: 10)
        let change = DealEdit(of: current, moving: true) { _ in }
        #expect(try change.moveTarget("Closing", in: sales)?.id == 11)
        #expect(try change.moveTarget("Contact", in: sales) == nil)
        #expect(throws: PipelineError.self) { try change.moveTarget("Nowhere", in: sales) }
        var won = current
        won.status = .won
        let closed = DealEdit(of: won, moving: true) { _ in }
        #expect(try closed.moveTarget("Contact", in: sales) == nil)
        #expect(throws: PipelineError.refused("deal 4 is won: reopen it to change its stage")) {
            try closed.moveTarget("Closing", in: sales)
        }
    }
}
