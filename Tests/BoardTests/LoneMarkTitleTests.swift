import Board
import Foundation
import Pipeline
import Testing

/// A title that opens with a combining mark keeps its dotted-circle base wherever it sits inside other text.
@Suite("Lone marks in titles inside messages and dialog titles")
struct LoneMarkTitleTests {
    static let title = "\u{301}Acute"
    static let shown = "'\u{25CC}\u{301}Acute'"

    func board() -> BoardState {
        let pipeline = BoardFixture.pipeline()
        let deals = [BoardFixture.deal(1, Self.title, stage: pipeline.stages[0]), BoardFixture.deal(2, "北京 🚀", stage: pipeline.stages[0])]
        return BoardFixture.loaded(deals: deals, pipeline: pipeline)
    }

    @Test("picking the card up names it on its base, not on the quote")
    func carryMessage() {
        var state = board()
        _ = BoardReducer.reduce(into: &state, action: .keyPressed(.space))
        #expect(state.message?.text.contains("Carrying \(Self.shown)") == true)
        // Card and status line alike: the mark sits on the dotted circle (one grapheme with it).
        #expect(BoardView(state: state).render().text.contains("\u{25CC}\u{301}Acute"))
    }

    @Test("the snooze and lost prompts and the detail pane show the base in their titles")
    func dialogTitles() {
        let snooze = PromptView(day: DayPrompt(purpose: .snooze, dealID: 1, dealVersion: 1, dealTitle: Self.title))
        var screen = Screen(width: 80, height: 24)
        snooze.draw(on: &screen, in: Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(screen.text.contains("Snooze: \u{25CC}\u{301}Acute"))
        #expect(Deal(title: Self.title, value: Money(minorUnits: 1, currency: .usd), pipelineID: 1, stageID: 1, createdAt: BoardFixture.now)
            .shownTitle == "\u{25CC}\u{301}Acute")
    }
}
