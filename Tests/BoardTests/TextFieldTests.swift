import Board
import Pipeline
import Testing

/// Text fields edit at a cursor with the keys of a shell line, and scroll to keep it in sight.
@Suite("Text fields: editing at a cursor")
struct TextFieldTests {
    private func typed(_ text: String, cursor: Int? = nil, _ keys: Key...) -> TextField {
        var field = cursor.map { TextField(text, cursor: $0) } ?? TextField(text)
        for key in keys { field.edit(key) }
        return field
    }

    @Test func arrowsHomeAndEndMoveTheCursorAndTypingGoesInThere() {
        #expect(typed("25000.00", .left, .left, .c("9")) == TextField("25000.900", cursor: 7))
        #expect(typed("deal", .home, .c("A"), .c(" ")) == TextField("A deal", cursor: 2))
        #expect(typed("deal", .control("a"), .right, .control("e"), .c("s")) == TextField("deals", cursor: 5))
        #expect(typed("ab", .right, .right, .left, .left, .left) == TextField("ab", cursor: 0))
    }

    /// A combining mark, a zero-width joiner or a second regional indicator joins the character before it:
    /// the cursor stays within the text, and the next key goes in after the joined character (it crashed).
    @Test func charactersThatJoinTheOneBeforeKeepTheCursorInTheText() {
        #expect(typed("", .c("e"), .c("\u{301}"), .c("x")) == TextField("e\u{301}x", cursor: 2))
        #expect(typed("", .c("9"), .c("\u{301}"), .c("\u{301}"), .c("\u{301}"), .c("1")) == TextField("9\u{301}\u{301}\u{301}1", cursor: 2))
        #expect(typed("", .c("🇯"), .c("🇵"), .c("!")) == TextField("🇯🇵!", cursor: 2))
        #expect(typed("ab", cursor: 1, .c("\u{301}"), .c("c")) == TextField("a\u{301}cb", cursor: 2))
        #expect(typed("", .c("👨"), .c("\u{200D}"), .c("👩"), .backspace) == TextField("", cursor: 0))
    }

    @Test func deletingKeysRemoveAroundTheCursor() {
        #expect(typed("abcd", cursor: 2, .backspace) == TextField("acd", cursor: 1))
        #expect(typed("abcd", cursor: 2, .delete) == TextField("abd", cursor: 2))
        #expect(typed("abcd", cursor: 4, .delete) == TextField("abcd", cursor: 4))
        #expect(typed("abcd", cursor: 0, .backspace) == TextField("abcd", cursor: 0))
        #expect(typed("call Wang Wei", cursor: 9, .control("u")) == TextField(" Wei", cursor: 0))
        #expect(typed("call Wang Wei", cursor: 9, .control("k")) == TextField("call Wang", cursor: 9))
        #expect(typed("call Wang  Wei", .control("w")) == TextField("call Wang  ", cursor: 11))
        #expect(typed("call Wang  ", .control("w")) == TextField("call ", cursor: 5))
    }

    @Test func aChineseCharacterOrAnEmojiIsOneStep() {
        #expect(typed("北京🚀a", .left, .left, .backspace) == TextField("北🚀a", cursor: 1))
    }

    @Test func keysThatDoNotEditAreLeftToTheCaller() {
        var field = TextField("x")
        let handled = [Key.enter, .tab, .up, .escape].map { field.edit($0) }
        #expect(handled == [false, false, false, false])
        #expect(field == TextField("x"))
        let refused = field.edit(.c("y"), accepts: { _ in false })
        #expect(refused)
        #expect(field == TextField("x"))
    }

    @Test func aLongTextShowsItsStartUnlessTheCursorWouldLeaveTheField() {
        let title = "Enterprise renewal for the whole northern region"
        let atStart = TextField(title, cursor: 0).visible(width: 20)
        #expect(atStart.beforeCursor == "" && atStart.fromCursor == title && !atStart.startHidden)
        let atEnd = TextField(title).visible(width: 20)
        #expect(atEnd.startHidden && atEnd.beforeCursor == "le northern region" && atEnd.fromCursor == "")
        // CJK takes two columns: the scrolled part plus `…` and the cursor fit in the width.
        let wide = TextField("北京星云科技有限公司采购").visible(width: 10)
        #expect(wide.startHidden && DisplayWidth.of(wide.beforeCursor) + 2 <= 10 && wide.beforeCursor == "公司采购")
    }

    @Test func theFieldIsDrawnWithItsCursorInSight() {
        var screen = Screen(width: 20, height: 1)
        TextFieldView(field: TextField("25000.00", cursor: 6)).draw(on: &screen, in: Rect(x: 0, y: 0, width: 20, height: 1))
        #expect(screen.text == "25000.▏00")
        var scrolled = Screen(width: 12, height: 1)
        TextFieldView(field: TextField("Enterprise renewal")).draw(on: &scrolled, in: Rect(x: 0, y: 0, width: 12, height: 1))
        #expect(scrolled.text == "…se renewal▏")
        var home = Screen(width: 12, height: 1)
        TextFieldView(field: TextField("Enterprise renewal", cursor: 0)).draw(on: &home, in: Rect(x: 0, y: 0, width: 12, height: 1))
        #expect(home.text == "▏Enterprise…")
    }

    // MARK: - On the board

    @Test func leftLeftNineInTheValueFieldTypesBeforeTheCents() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .c("e"), .tab, .left, .left, .c("9"))
        guard case .form(let form) = state.mode else { Issue.record("the form closed"); return }
        #expect(form.text(.value) == "12000.900")
        #expect(form.focusedField.cursor == 7)
        press(&state, .end, .backspace, .backspace, .backspace, .backspace)
        #expect(press(&state, .enter) == [.editDeal(
            shown: acme,
            DealFormDraft(title: "Acme renewal", value: Money(minorUnits: 1_200_000, currency: .usd), organization: "Acme Corp"))])
    }

    @Test func theFilterEditsAtItsCursorAndReloadsOnlyWhenTheTextChanges() {
        var state = BoardFixture.loaded()
        press(&state, .c("/"), .c("a"), .c("c"))
        #expect(press(&state, .left) == [])
        #expect(state.filterField == TextField("ac", cursor: 1))
        #expect(press(&state, .c("x")) == [.loadBoard(BoardLoad(pipeline: .id(1), filter: "axc", limit: 24, recountsStalled: false))])
        #expect(press(&state, .control("u")) == [.loadBoard(BoardLoad(pipeline: .id(1), filter: "c", limit: 24, recountsStalled: false))])
        #expect(press(&state, .control("u")) == [])
    }

    @Test func aPromptEditsAtItsCursor() {
        var state = BoardFixture.loaded()
        press(&state, .c("z"), .c("+"), .c("3"), .c("d"), .home, .delete)
        guard case .askingDay(let prompt) = state.mode else { Issue.record("the prompt closed"); return }
        #expect(prompt.input == TextField("3d", cursor: 0))
    }
}
