import Foundation
import Pipeline
import Wording
import Testing

/// Issue 16 item 4: the review's rules live once (`ReviewStep`), for the CLI's `funnel review` and the board's `r`;
/// a threshold's words (`Stage.stallThreshold`) and "temperature follows qualification" (`Deal.followQualification`) too.
@Suite("Review step, stall threshold text and temperature rules")
struct ReviewStepTests {
    let now = Fixtures.at("2026-11-29T09:00:00Z")
    let day = Fixtures.day("2026-11-29")

    func step(reasons: [ReviewReason] = [.overdueActivity], activities: [Activity] = []) -> ReviewStep {
        let item = ReviewItem(deal: Fixtures.deal(id: 7), reason: reasons[0], allReasons: reasons, idleDays: 9, stalled: true)
        return ReviewStep(day: day, item: item, activities: activities)
    }

    @Test("each key makes one choice in either case, and each choice but open records its decision")
    func keysAndDecisions() {
        #expect(ReviewStep.Choice.allCases.map(\.rawValue) == ["c", "n", "a", "z", "p", "l", "o", "s"])
        #expect(ReviewStep.Choice(key: "C") == .logContact)
        #expect(ReviewStep.Choice(key: "l") == .markLost)
        #expect(ReviewStep.Choice(key: "q") == nil)
        #expect(ReviewStep.Choice(key: "x") == nil)
        let step = step(reasons: [.stalled, .noNextStep])
        #expect(step.mark(.skip) == ReviewMark(day: day, reason: .stalled, decision: .skipped))
        #expect(step.mark(.logContact)?.decision == .loggedContact)
        #expect(step.mark(.advance)?.decision == .advanced)
        #expect(step.mark(.open) == nil)
        #expect(ReviewStep.keyList(quit: "q") == "c, n, a, z, p, l, o, s or q")
    }

    @Test("a logged contact completes the next activity only when it is overdue or due today")
    func dueActivity() {
        let overdue = Activity(id: 1, dealID: 7, kind: .call, due: ActivityDue(day: Fixtures.day("2026-11-28")), createdAt: now)
        let later = Activity(id: 2, dealID: 7, kind: .email, due: ActivityDue(day: Fixtures.day("2026-12-04")), createdAt: now)
        let done = Activity(id: 3, dealID: 7, kind: .meeting, doneAt: Fixtures.at("2026-11-20T10:00:00Z"), createdAt: now)
        let withOverdue = step(activities: [later, done, overdue])
        #expect(withOverdue.dueActivity(now: now, timeZone: Fixtures.utc)?.id == 1)
        #expect(withOverdue.nextPlanned?.id == 1)
        #expect(withOverdue.lastDone?.id == 3)
        let upcomingOnly = step(activities: [later, done])
        #expect(upcomingOnly.dueActivity(now: now, timeZone: Fixtures.utc) == nil)
        #expect(upcomingOnly.nextPlanned?.id == 2)
    }

    @Test("the item's words: why, idle days against the threshold, the answers")
    func texts() {
        let step = step(reasons: [.overdueActivity, .stalled, .pastExpectedClose])
        #expect(step.reasonText(in: .english) == "overdue activity (also: stalled, past expected close date)")
        #expect(step.idleText(stage: Fixtures.stage(stallDays: 7)) == "Idle 9 days (stalls after 7)")
        #expect(step.idleText(stage: nil) == "Idle 9 days (never stalls here)")
        #expect(step.qualificationText(in: .english) == "budget unknown, authority unknown, need unknown, timing unknown")
    }

    @Test("a stage's threshold in words: stalls after N, or never for 0 and for no stage")
    func stallThresholdText() {
        #expect(Fixtures.stage(stallDays: 14).stallThreshold.rendered(in: .english) == "stalls after 14")
        #expect(Fixtures.stage(stallDays: 0).stallThreshold.rendered(in: .english) == "never stalls here")
        #expect(Stage.stallThreshold(of: nil).rendered(in: .english) == "never stalls here")
    }

    @Test("the temperature follows the answers unless set by hand")
    func followQualification() {
        var deal = Fixtures.deal()
        deal.qualification = Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes)
        deal.followQualification()
        #expect(deal.temperature == .hot)
        deal.qualification.need = .no
        deal.followQualification()
        #expect(deal.temperature == .cold)
        deal.setTemperature(byHand: .warm)
        deal.qualify(Qualification(budget: .yes, authority: .yes, need: .yes, timing: .yes))
        #expect(deal.temperature == .warm && deal.temperatureSetByHand)
        deal.setTemperature(byHand: nil)
        #expect(deal.temperature == .hot)
    }
}
