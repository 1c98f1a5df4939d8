import Board
import Foundation
import Pipeline
import Testing

/// Issue 15's board items as whole frames at 80x24, 120x40 and a tiny size, with CJK and emoji: the
/// whole title in the detail pane, rotting cards, the longer form, a change made meanwhile, the review.
@Suite("Board snapshots: issue 15 (title, rotting cards, form, review)")
struct Issue15BoardSnapshotTests {
    let pipeline = BoardFixture.pipeline()
    let utc = TimeZone(identifier: "UTC")!
    var today: CalendarDay { CalendarDay(BoardFixture.now, in: utc) }
    /// 90 Chinese characters: 180 columns, three lines in an 80-column pane.
    static let longTitle = String(repeating: "华东区域数据中心迁移与云平台建设项目", count: 5)

    // MARK: - Item 9: the whole title, wrapped

    func detail(width: Int, height: Int, activities: Int = 3) -> BoardState {
        let s = pipeline.stages
        var deal = BoardFixture.deal(1, Self.longTitle + " 🚀", stage: s[0], value: 12_000_000, currency: Currency(code: "CNY")!, organization: "北京科技")
        deal.person = ContactPerson(name: "王伟", email: "wang@example.cn", phone: "+86 10 5555 0101")
        var state = BoardFixture.loaded(width: width, height: height, deals: [deal])
        press(&state, .enter)
        let list = (0..<activities).map { index in
            Activity(id: Int64(index + 1), dealID: 1, kind: .call, subject: "电话 \(index + 1)", due: ActivityDue(day: today.adding(days: index + 1)), createdAt: BoardFixture.now)
        }
        _ = BoardReducer.reduce(into: &state, action: .detailLoaded(deal, []))
        _ = BoardReducer.reduce(into: &state, action: .detailActivitiesLoaded(dealID: 1, list))
        return state
    }

    @Test func theDetailPaneShowsTheWholeTitleWrappedByDisplayWidth() throws {
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            let state = detail(width: width, height: height)
            let frame = BoardView(state: state).render()
            try expectSnapshot(frame, named: "detail-long-title-\(width)x\(height)")
            // Every character of the title is in the pane, in order, across the wrapped lines.
            let pane = state.layout.detailPane
            let shown = (pane.y..<pane.maxY).flatMap { y in (pane.x..<pane.maxX).map { frame[$0, y].grapheme } }
            #expect(String(shown.filter { "华东区域数据中心迁移与云平台建设项目".contains($0) }) == Self.longTitle, "at \(width)x\(height)")
        }
    }

    /// Tab scrolls the pane to the chosen activity by line; the three title lines shift every line, and the
    /// marked row must still be the chosen activity's.
    @Test func withAThreeLineTitleTabStillMarksAndScrollsToTheChosenActivity() throws {
        var state = detail(width: 80, height: 24, activities: 12)
        for step in 1...12 {
            press(&state, .tab)
            let frame = BoardView(state: state).render()
            let marked = (0..<frame.height).map { frame.line($0) }.filter { $0.contains("▶") }
            #expect(marked.count == 1 && marked[0].contains("电话 \(step) "), "activity \(step): \(marked)")
        }
        guard case .detail(let pane) = state.mode else { Issue.record("the pane closed"); return }
        // Title 3 + gap + 20 fields + gap + heading: the 12th activity is line 37; 20 rows show.
        #expect(pane.scroll == 37 - 20 + 1)
        try expectSnapshot(BoardView(state: state).render(), named: "detail-long-title-last-activity-80x24")
    }

    // MARK: - Item 11: rotting cards

    /// Cards in Contact (stalls after 7 days): not stalled, 1, 2 and 3 steps rotten.
    func rotting(width: Int, height: Int) -> BoardState {
        let s = pipeline.stages
        let deals = [
            BoardFixture.deal(1, "Fresh 新鲜", stage: s[2], value: 100_000, daysInStage: 5),
            BoardFixture.deal(2, "Day 8 第八天", stage: s[2], value: 200_000, daysInStage: 8),
            BoardFixture.deal(3, "Day 15 🚀", stage: s[2], value: 300_000, daysInStage: 15),
            BoardFixture.deal(4, "Day 40 长期", stage: s[2], value: 400_000, daysInStage: 40),
        ]
        var state = BoardFixture.loaded(width: width, height: height, deals: deals)
        press(&state, .c("l"), .c("l"), .c("l"), .c("h"))
        return state
    }

    /// The frame's style roles, one character a cell: 1-3 the rotting tints, S stalled, R reverse (the
    /// selected card), blank for the rest.
    func roles(_ screen: Screen) -> String {
        (0..<screen.height).map { y in
            String((0..<screen.width).map { x -> Character in
                let style = screen[x, y].style
                switch style.role {
                case .rotting1: return "1"
                case .rotting2: return "2"
                case .rotting3: return "3"
                case .stalled: return "S"
                default: return style.reverse ? "R" : " "
                }
            }).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }

    @Test func aStalledCardIsTintedDeeperTheLongerItRotsAndKeepsItsFlag() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let state = rotting(width: width, height: height)
            #expect(state.badges.mapValues(\.rot) == [1: 0, 2: 1, 3: 2, 4: 3])
            let frame = BoardView(state: state).render()
            try expectSnapshot(frame, named: "rotting-cards-\(width)x\(height)")
            var roleScreen = Screen(width: width, height: height)
            for (row, line) in roles(frame).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                roleScreen.put(String(line), x: 0, y: row)
            }
            try expectSnapshot(roleScreen, named: "rotting-cards-roles-\(width)x\(height)")
            // Without colour the flag says it: every stalled card keeps ⚑ with its idle days.
            for days in ["⚑ 8d", "⚑ 15d", "⚑ 40d"] { #expect(frame.text.contains(days), "\(days) at \(width)x\(height)") }
        }
    }

    // MARK: - Item 14 and 15: the form

    @Test func theLongerFormScrollsToTheFocusedFieldOnSmallWindows() throws {
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            var state = BoardFixture.loaded(width: width, height: height)
            press(&state, .c("e"))
            for _ in 0..<11 { press(&state, .tab) }
            for character in "见面后再打 📞" { press(&state, .c(character)) }
            let frame = BoardView(state: state).render()
            try expectSnapshot(frame, named: "form-notes-\(width)x\(height)")
            #expect(frame.text.contains("见面后再打"), "the focused field is in sight at \(width)x\(height)")
        }
    }

    @Test func aChangeMadeMeanwhileIsNamedInTheForm() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        let acme = state.selectedDeal!
        press(&state, .c("e"))
        for character in " 二期" { press(&state, .c(character)) }
        press(&state, .enter)
        var current = acme
        current.value = Money(minorUnits: 1_500_000, currency: .usd)
        current.stageID = pipeline.stages[1].id
        current.version = 2
        _ = BoardReducer.reduce(into: &state, action: .editRefused(changedMeanwhile: current, reason: "Li Wei changed its value 2 min ago; nothing saved"))
        let frame = BoardView(state: state).render()
        try expectSnapshot(frame, named: "form-changed-meanwhile-80x24")
        #expect(frame.text.contains("Changed meanwhile: value now 15000.00, stage — Enter saves yours over it"))
    }

    // MARK: - Item 16: the review

    func reviewing(width: Int, height: Int) -> BoardState {
        let s = pipeline.stages
        var first = BoardFixture.deal(3, "上海办公室续约 renewal", stage: s[0], value: 1_200_000, organization: "Acme Corp", temperature: .hot)
        first.nextActivityDue = ActivityDue(day: today.adding(days: -1))
        first.person = ContactPerson(name: "王伟", email: "wang@example.cn", phone: "+86 10 5555 0101")
        var second = BoardFixture.deal(4, "Launch 🎉🚀 party", stage: s[2], value: 80_000, currency: Currency(code: "EUR")!, daysInStage: 30)
        second.lastActivityAt = BoardFixture.now.addingTimeInterval(-30 * BoardFixture.day)
        var state = BoardFixture.loaded(width: width, height: height, deals: [first, second])
        press(&state, .c("r"))
        let queue = ReviewQueue(
            day: today, remaining: DailyReview(now: BoardFixture.now, timeZone: utc).queue(deals: [first, second], pipelines: [pipeline]),
            handled: [.skipped])
        _ = BoardReducer.reduce(into: &state, action: .reviewLoaded(queue, activities: []))
        return state
    }

    @Test func theReviewShowsWhoToCallAndFromOneHundredTwentyColumnsTheQueueBeside() throws {
        for (width, height) in [(80, 24), (120, 40), (160, 40), (40, 12)] {
            let frame = BoardView(state: reviewing(width: width, height: height)).render()
            try expectSnapshot(frame, named: "review-contact-\(width)x\(height)")
            if height >= 24 {
                #expect(frame.text.contains("王伟 · ☎ +86 10 5555 0101 · ✉ wang@example.cn"), "at \(width)x\(height)")
            }
            #expect(frame.text.contains("Still to review: 2") == (width >= 120), "at \(width)x\(height)")
        }
    }

    @Test func theReviewsLostOffersTheReasonsUsedBefore() throws {
        var state = reviewing(width: 80, height: 24)
        press(&state, .c("l"))
        _ = BoardReducer.reduce(into: &state, action: .lostReasonsLoaded(["price", "went with a competitor"]))
        press(&state, .down, .down, .enter)
        let frame = BoardView(state: state).render()
        try expectSnapshot(frame, named: "review-lost-80x24")
        #expect(frame.text.contains("Choose a reason with ↑↓ or type a new one"))
    }

    @Test func theKindChooserShowsEveryKindAndPromptsUseTheWideScreen() throws {
        var state = BoardFixture.loaded(width: 160, height: 40)
        press(&state, .c("a"))
        var frame = BoardView(state: state).render()
        try expectSnapshot(frame, named: "activity-kinds-160x40")
        for kind in Activity.Kind.allCases { #expect(frame.text.contains("\(kind.letter) \(kind.rawValue)"), "\(kind)") }
        state = BoardFixture.loaded(width: 80, height: 24)
        press(&state, .c("a"))
        frame = BoardView(state: state).render()
        for kind in Activity.Kind.allCases { #expect(frame.text.contains("\(kind.letter) \(kind.rawValue)"), "\(kind) at 80x24") }
    }

    @Test func theExampleDueDateIsAfterToday() throws {
        var state = BoardFixture.loaded(width: 80, height: 24)
        press(&state, .c("a"), .c("c"), .enter)
        let frame = BoardView(state: state).render()
        #expect(frame.text.contains("+2d, fri 14:00, \(today.adding(days: 14))"))
        press(&state, .escape, .c("z"))
        #expect(BoardView(state: state).render().text.contains("next week, \(today.adding(days: 14))"))
    }
}
