import Board
import Foundation
import Pipeline
import Testing

/// The new/edit form's fields beyond the basics (owner, email, phone, source, probability, notes), and a save
/// refused because another terminal changed the deal while the form was open.
@Suite("Board reducer: the deal form's fields and a change made meanwhile")
struct DealFormReducerTests {
    let stages = BoardFixture.pipeline().stages

    func isLoadBoard(_ effects: [BoardEffect]) -> Bool {
        effects.count == 1 && effects.allSatisfy { if case .loadBoard = $0 { true } else { false } }
    }

    /// Presses Tab until the form's focus is on a field, then types text there.
    func type(_ text: String, into field: DealForm.Field, _ state: inout BoardState) {
        for _ in DealForm.Field.allCases {
            guard case .form(let form) = state.mode, form.focus != field else { break }
            press(&state, .tab)
        }
        for character in text { press(&state, .c(character)) }
    }

    func form(_ state: BoardState) -> DealForm? {
        if case .form(let form) = state.mode { return form }
        return nil
    }

    @Test func tabVisitsEveryFieldInOrderAndShiftTabGoesBack() {
        var state = BoardFixture.loaded()
        press(&state, .c("n"))
        var visited: [DealForm.Field] = []
        for _ in DealForm.Field.allCases {
            visited.append(form(state)!.focus)
            press(&state, .tab)
        }
        #expect(visited == [.title, .value, .currency, .organization, .person, .email, .phone, .expectedClose, .probability, .source, .owner, .notes, .temperature])
        #expect(form(state)?.focus == .title, "Tab wraps")
        press(&state, .backTab)
        #expect(form(state)?.focus == .temperature)
        press(&state, .backTab)
        #expect(form(state)?.focus == .notes)
    }

    @Test func theNewFieldsAreSavedWithTheCommandLinesRules() {
        var state = BoardFixture.loaded()
        press(&state, .c("n"))
        type("王伟的订单", into: .title, &state)
        type("wang@example.cn", into: .email, &state)
        type("+86 10 5555 0101", into: .phone, &state)
        type("35%", into: .probability, &state)
        type("cold-call", into: .source, &state)
        type("李娜", into: .owner, &state)
        type("Call after the fair 🚀", into: .notes, &state)
        let draft = DealFormDraft(
            title: "王伟的订单", value: .zero(.usd), email: "wang@example.cn", phone: "+86 10 5555 0101", probability: 35,
            source: .coldCall, owner: "李娜", notes: "Call after the fair 🚀")
        #expect(press(&state, .enter) == [.createDeal(draft, pipelineID: 1, stageID: stages[0].id)])
    }

    @Test func anEmptyProbabilityFollowsTheStageAndABadOneIsNamedWithWhatIsAccepted() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .c("e"))
        type("101", into: .probability, &state)
        #expect(press(&state, .enter).isEmpty)
        #expect(form(state)?.error == "invalid probability '101': use a whole percent from 0 to 100")
        press(&state, .backspace, .backspace, .backspace, .c("x"))
        press(&state, .enter)
        #expect(form(state)?.error == "invalid probability 'x': use a whole percent from 0 to 100, or nothing for the stage's")
        press(&state, .backspace)
        let draft = DealFormDraft(title: acme.title, value: acme.value, organization: acme.organization, probability: nil)
        #expect(press(&state, .enter) == [.editDeal(shown: acme, draft)])
    }

    @Test func aBadEmailPhoneOrTooLongOwnerIsRefusedInTheFormAndNothingIsSaved() {
        var state = BoardFixture.loaded()
        press(&state, .c("e"))
        type("wang at example", into: .email, &state)
        #expect(press(&state, .enter).isEmpty)
        #expect(form(state)?.error == "invalid email 'wang at example': use an address like name@example.com")
        press(&state, .control("u"))
        type("call me", into: .phone, &state)
        #expect(press(&state, .enter).isEmpty)
        #expect(form(state)?.error?.hasPrefix("invalid phone 'call me'") == true)
        press(&state, .control("u"))
        type(String(repeating: "王", count: DealTextField.owner.maxLength + 1), into: .owner, &state)
        #expect(press(&state, .enter).isEmpty)
        #expect(form(state)?.error?.hasPrefix("invalid owner") == true)
    }

    @Test func aStaleRefusalKeepsTheTypedValuesNamesWhatChangedAndTheNextEnterSavesOverIt() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .c("e"))
        type(" 2027", into: .title, &state)
        type("Li Na", into: .owner, &state)
        let typed = DealFormDraft(title: "Acme renewal 2027", value: acme.value, organization: "Acme Corp", owner: "Li Na")
        // The form stays open while the store answers.
        expectReduce(&state, .keyPressed(.enter), effects: [.editDeal(shown: acme, typed)])
        // Meanwhile another terminal raised the value and moved the deal on.
        var current = acme
        current.value = Money(minorUnits: 1_500_000, currency: .usd)
        current.stageID = stages[1].id
        current.version = 3
        let before = state
        let effects = BoardReducer.reduce(into: &state, action: .editRefused(changedMeanwhile: current, reason: "Li Wei changed its value 2 min ago; nothing saved"))
        #expect(isLoadBoard(effects), "the board behind shows the change")
        var wanted = DealForm.editing(current)
        wanted.fields[.title] = form(before)!.fields[.title]
        wanted.fields[.owner] = form(before)!.fields[.owner]
        wanted.focus = .owner
        wanted.changedMeanwhile = ["value", "stage"]
        #expect(state.mode == .form(wanted))
        #expect(form(state)?.changedMeanwhileLine == "Changed meanwhile: value now 15000.00, stage — Enter saves yours over it")
        #expect(form(state)?.text(.title) == "Acme renewal 2027", "what was typed stays")
        #expect(form(state)?.text(.value) == "15000.00", "an untouched field takes the new value")
        // The second Enter saves over the other change, against the version now stored.
        let mine = DealFormDraft(title: "Acme renewal 2027", value: current.value, organization: "Acme Corp", owner: "Li Na")
        expectReduce(&state, .keyPressed(.enter), effects: [.editDeal(shown: current, mine)])
        let closed = BoardReducer.reduce(into: &state, action: .changeSaved(SavedChange(message: "Saved 'Acme renewal 2027'", dealID: acme.id, stageID: stages[1].id)))
        #expect(state.mode == .browsing)
        #expect(state.message == BoardMessage("Saved 'Acme renewal 2027'"))
        #expect(isLoadBoard(closed))
    }

    @Test func aFieldTypedOverTheOtherChangeKeepsTheTypedValue() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .c("e"))
        type("", into: .value, &state)
        press(&state, .control("u"), .c("9"), .c("k"))
        press(&state, .enter)
        var current = acme
        current.value = Money(minorUnits: 1_500_000, currency: .usd)
        current.version = 2
        _ = BoardReducer.reduce(into: &state, action: .editRefused(changedMeanwhile: current, reason: "Li Wei changed its value 2 min ago; nothing saved"))
        #expect(form(state)?.text(.value) == "9k")
        #expect(form(state)?.changedMeanwhile == ["value"])
    }

    /// The tester's case: a value typed over a value someone else changed meanwhile. The warning quotes their
    /// value as the deal holds it now, so the second Enter never overwrites a value the user has not seen.
    @Test func aStaleRefusalShowsTheOtherPersonsValueOfEachChangedField() {
        var state = BoardFixture.loaded()
        let acme = state.selectedDeal!
        press(&state, .c("e"))
        type("", into: .value, &state)
        press(&state, .control("u"), .c("5"), .c("0"), .c("k"))
        press(&state, .enter)
        let before = state
        var current = acme
        current.value = Money(minorUnits: 9_900_000, currency: .usd)
        current.organization = nil
        current.person.name = "Wang\u{7}Wei"
        current.version = 2
        let effects = BoardReducer.reduce(
            into: &state, action: .editRefused(changedMeanwhile: current, reason: "Li Wei changed its value just now; nothing saved"))
        #expect(isLoadBoard(effects))
        var wanted = DealForm.editing(current)
        wanted.fields[.value] = form(before)!.fields[.value]
        wanted.focus = .value
        wanted.changedMeanwhile = ["value", "organization", "person"]
        #expect(state.mode == .form(wanted), "the typed value stays; the others' values are in the deal as it is now")
        #expect(state.message == .error("Li Wei changed its value just now; nothing saved"))
        #expect(form(state)?.changedMeanwhileLine(in: .english)
            == "Changed meanwhile: value now 99000.00, organization now empty, person now Wang␇Wei — Enter saves yours over it")
        #expect(form(state)?.changedMeanwhileLine(in: .simplifiedChinese)
            == "期间已更改：金额现为“99000.00”、公司现为空、联系人现为“Wang␇Wei”——按 Enter 用你的内容覆盖保存")
        #expect(form(state)?.text(.value) == "50k", "what was typed stays")
    }

    @Test func anotherFailureKeepsTheFormWithTheReason() {
        var state = BoardFixture.loaded()
        press(&state, .c("e"))
        type("X", into: .title, &state)
        press(&state, .enter)
        let effects = BoardReducer.reduce(into: &state, action: .changeFailed("the database is busy; nothing saved"))
        #expect(isLoadBoard(effects))
        #expect(form(state)?.error == "the database is busy; nothing saved")
        #expect(form(state)?.text(.title) == "Acme renewalX")
        #expect(state.message == nil)
    }
}
