import Board
import Foundation
import Pipeline
import Testing

/// The detail pane with an activity chosen, and the reschedule prompt over it, as whole frames.
@Suite("Board snapshots: an activity chosen in the detail pane")
struct ActivityDetailSnapshotTests {
    func paneWithAChosenActivity() -> BoardState {
        var board = BoardFixture.loaded(width: 120, height: 40, deals: BoardSnapshotTests().worldDeals())
        let deal = board.selectedDeal!
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.enter))
        let created = StageChange(
            dealID: deal.id, fromStageID: nil, toStageID: 101, fromStageName: nil, toStageName: "Prospecting", kind: .created,
            at: BoardFixture.now.addingTimeInterval(-17 * 86_400))
        _ = BoardReducer.reduce(into: &board, action: .detailLoaded(deal, [created]))
        let call = Activity(id: 1, dealID: deal.id, kind: .call, subject: "Call back 王伟", due: ActivityDue(stored: "2026-11-28"), createdAt: BoardFixture.now)
        let email = Activity(id: 2, dealID: deal.id, kind: .email, subject: "Quote \u{1B}]52;c;evil\u{07}", due: ActivityDue(stored: "2026-12-01T14:00"), createdAt: BoardFixture.now)
        let demo = Activity(id: 3, dealID: deal.id, kind: .demo, subject: "Demo 🚀", doneAt: BoardFixture.now.addingTimeInterval(-2 * 86_400), createdAt: BoardFixture.now)
        let cancelled = Activity(
            id: 4, dealID: deal.id, kind: .meeting, subject: "Kickoff", due: ActivityDue(stored: "2026-11-20"), createdAt: BoardFixture.now,
            cancelledAt: BoardFixture.now.addingTimeInterval(-10 * 86_400))
        _ = BoardReducer.reduce(into: &board, action: .detailActivitiesLoaded(dealID: deal.id, [call, email, demo, cancelled]))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.tab))
        _ = BoardReducer.reduce(into: &board, action: .keyPressed(.tab))
        return board
    }

    @Test func theChosenActivityIsMarkedAndTheKeysThatActOnItAreNamed() throws {
        let frame = BoardView(state: paneWithAChosenActivity()).render()
        try expectSnapshot(frame, named: "detail-activity-chosen-120x40")
        #expect(!frame.text.contains("\u{1B}"))
    }

    @Test func theReschedulePromptShowsTheActivityAndTheAcceptedForms() throws {
        var board = paneWithAChosenActivity()
        for key: Key in [.character("r"), .character("f"), .character("r"), .character("i")] {
            _ = BoardReducer.reduce(into: &board, action: .keyPressed(key))
        }
        try expectSnapshot(BoardView(state: board).render(), named: "detail-reschedule-120x40")
    }
}
