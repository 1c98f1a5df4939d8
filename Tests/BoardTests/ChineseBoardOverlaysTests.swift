import Board
import Foundation
import Pipeline
import Testing
import Wording

/// The qualification form, the too-small window and the activity kind's letter in Chinese (issue 19).
@Suite("Qualification form, small window and activity kinds in Chinese")
struct ChineseBoardOverlaysTests {
    let pipeline = BoardFixture.pipeline(name: "销售", stageNames: Pipeline.defaultNames(for: .simplifiedChinese).stages)

    func board(width: Int, height: Int, language: Language = .simplifiedChinese) -> BoardState {
        var state = BoardState(width: width, height: height, now: BoardFixture.now, dateFormat: .chinese, language: language)
        _ = BoardReducer.start(&state)
        let deal = BoardFixture.deal(1, "北京星云科技 续约", stage: pipeline.stages[0], value: 12_500_000, currency: .cny)
        _ = BoardReducer.reduce(into: &state, action: .boardLoaded(BoardFixture.content(pipeline, [deal])))
        return state
    }

    @Test func qualifyFormInChinese() throws {
        var state = board(width: 80, height: 24)
        for key in ["Q", "b", "n", "a", "a"] { _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character(Character(key)))) }
        let screen = BoardView(state: state).render()
        for words in ["资格评估：北京星云科技 续约", "[b] 预算       是", "[a] 决策权     否", "[n] 需求       是", "[t] 时机       未知", "[h] 温度", "（按回答得出）", "Enter 保存 · Esc 取消"] {
            #expect(screen.text.contains(words), "\(words) missing:\n\(screen.text)")
        }
        for line in screen.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80, "\(line)") }
        try expectSnapshot(screen, named: "chinese-qualify-80x24")
    }

    @Test func tooSmallWindowInChinese() {
        let screen = BoardView(state: board(width: 30, height: 8)).render()
        let text = screen.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(text.contains("请把窗口放大到") && text.contains("40x12") && text.contains("或更大"), "\(screen.text)")
        for line in screen.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 30, "\(line)") }
    }

    @Test func activityKindLetterInChinese() {
        for (language, expected) in [
            (Language.simplifiedChinese, "请用字母选择类型：c 电话、e 邮件"), (.english, "Choose the kind with its letter: c call, e email"),
        ] {
            var state = board(width: 120, height: 40, language: language)
            for key in ["a", "9"] { _ = BoardReducer.reduce(into: &state, action: .keyPressed(.character(Character(key)))) }
            guard case .loggingActivity(let prompt) = state.mode else { Issue.record("no activity prompt: \(state.mode)"); continue }
            #expect(prompt.error?.hasPrefix(expected) == true, "\(String(describing: prompt.error))")
        }
    }
}
