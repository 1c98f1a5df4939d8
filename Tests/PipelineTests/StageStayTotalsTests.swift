import Foundation
import Testing
@testable import Pipeline

@Suite struct StageStayTotalsTests {
    let stages = (0..<5).map { Stage(id: Int64(21 + $0), pipelineID: 2, name: "S\($0)", position: $0, probability: 10 * ($0 + 1), stallDays: 0) }

    @Test("a demo's deals added from their history entries give the conversions the tally counts from their readable histories")
    func demoTotalsGiveTheTallysConversions() {
        let pipeline = Pipeline(id: 2, name: "Sales", stages: stages)
        let demo = DemoPipeline(stages: stages, count: 2_000, seed: 11, now: Date(timeIntervalSince1970: 1_796_000_000), openPercent: 30)
        var totals = StageStayTotals()
        var tally = StageFlowTally(pipeline: pipeline)
        var choices = DemoDealChoices()
        var deals = demo.makeIterator()
        while deals.next(into: &choices) {
            var events: [StageFlowTally.Event] = []
            choices.forEachHistoryEntry { entry in
                events.append(.init(kind: entry.kind, stageID: stages[entry.toStage].id, fromNowhere: entry.fromStage == nil, at: entry.at))
            }
            totals.add(events, dealWon: choices.status == .won)
            tally.add(history: demo.demoDeal(choices).history, dealWon: choices.status == .won)
        }
        var medians: [Int64: Double] = [:]
        for stage in stages { medians[stage.id] = Median.of(totals.lengths(stageID: stage.id)) }
        let conversions = tally.conversions()
        #expect(StageStayGroup.conversions(Array(totals.groups.values), pipeline: pipeline, medianSeconds: medians) == conversions)
        #expect(conversions.allSatisfy { $0.entered > 0 && $0.medianDays != nil })
        #expect(totals.groups.values.reduce(0) { $0 + $1.stays } == conversions.reduce(0) { $0 + $1.entered })
    }

    @Test("stays are grouped by stage and ending, with won stays and seconds summed; lengths are kept per stage until taken")
    func groupsAndLengths() {
        var totals = StageStayTotals()
        let (a, b) = (stages[0].id, stages[1].id)
        // Two deals: A for 100 s then B (won after 50 s); A for 300 s then lost.
        totals.add([
            .init(kind: .created, stageID: a, fromNowhere: true, at: 0),
            .init(kind: .moved, stageID: b, fromNowhere: false, at: 100),
            .init(kind: .won, stageID: b, fromNowhere: false, at: 150),
        ], dealWon: true)
        totals.add([
            .init(kind: .created, stageID: a, fromNowhere: true, at: 0),
            .init(kind: .lost, stageID: a, fromNowhere: false, at: 300),
        ], dealWon: false)
        let groups = Set(totals.groups.values)
        #expect(groups == [
            StageStayGroup(stageID: a, endKind: .moved, endStageID: b, stays: 1, wonStays: 1, seconds: 100),
            StageStayGroup(stageID: b, endKind: .won, endStageID: nil, stays: 1, wonStays: 1, seconds: 50),
            StageStayGroup(stageID: a, endKind: .lost, endStageID: nil, stays: 1, wonStays: 0, seconds: 300),
        ])
        #expect(totals.stagesWithLengths == [a, b])
        #expect(totals.lengths(stageID: a) == [100, 300])
        #expect(totals.takeSortedLengths(stageID: a) == [100, 300])
        #expect(totals.takeSortedLengths(stageID: a) == [])
        #expect(totals.stagesWithLengths == [b])
        #expect(totals.lengths(stageID: b) == [50])
    }

    @Test("lengths come out sorted as a comparison sort sorts them, whatever their size")
    func radixSortMatchesSorting() {
        var random = SeededRandom(seed: 3)
        for limit in [1, 2, 2_047, 2_048, 86_400 * 120, 1 << 40] {
            let values = (0..<5_000).map { _ in Int64(random.next(upTo: limit)) } + [0, Int64(limit - 1)]
            #expect(StageStayTotals.sortedByRadix(values) == values.sorted(), "below \(limit)")
        }
        #expect(StageStayTotals.sortedByRadix([]) == [])
        #expect(StageStayTotals.sortedByRadix([5, -1, 3]) == [-1, 3, 5])
    }
}
