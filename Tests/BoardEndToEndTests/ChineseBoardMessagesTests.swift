import Board
import BoardTerminal
import Foundation
import FunnelTestSupport
import Pipeline
import FunnelStore
import SQLiteStore
import Testing
import Wording

/// The board's messages about activities, snoozes and parking in Chinese (issue 19): the kind in
/// Chinese, and every day written as the rest of the Chinese board writes it, never ISO.
@Suite("Board messages in Chinese: activities, snooze and park days")
struct ChineseBoardMessagesTests {
    let folder = TemporaryDirectory()
    /// Sunday 2026-11-29 09:00 UTC.
    let now = try! Timestamp.parse("2026-11-29T09:00:00Z")
    let utc = TimeZone(identifier: "UTC")!

    /// A database holding one open deal with a call planned for tomorrow, and performers in both languages.
    func database() throws -> (store: SQLitePipelineStore, deal: Deal, call: Activity) {
        let store = try SQLitePipelineStore.open(path: folder.path("funnel.sqlite"))
        let sales = try store.pipeline(named: nil)
        let deal = try store.addDeal(Deal(
            title: "北京星云", value: Money(minorUnits: 500_000, currency: .cny), pipelineID: sales.id, stageID: sales.stages[0].id, createdAt: now)).value
        let call = try store.addActivity(Activity(
            dealID: deal.id, kind: .call, subject: "回访王伟", due: ActivityDue(day: CalendarDay(now, in: utc).adding(days: 1)), createdAt: now)).value
        return (store, deal, call)
    }

    func performer(_ store: SQLitePipelineStore, _ language: Language) -> EffectPerformer {
        EffectPerformer(store: store, now: { [now] in now }, timeZone: utc, language: language)
    }

    func message(_ actions: [BoardAction]) -> String? {
        guard case .changeSaved(let change) = actions.first else { return "not saved: \(actions)" }
        return change.message
    }

    @Test("saving, finishing and deleting an activity speak Chinese, with the due day in the Chinese form")
    func activityMessages() throws {
        let (store, _, call) = try database()
        let chinese = performer(store, .simplifiedChinese)
        let edit = ActivityEdit(due: ActivityDue(stored: "2026-12-04T14:00"))
        let saved = message(chinese.perform(.editActivity(edit, expected: call)))
        #expect(saved == "已保存电话“回访王伟”，截止 2026年12月4日 周五 14:00", "\(String(describing: saved))")
        let moved = try store.activity(id: call.id)
        #expect(message(chinese.perform(.completeActivity(expected: moved))) == "已完成：电话“回访王伟”")
        let done = try store.activity(id: call.id)
        #expect(message(chinese.perform(.deleteActivity(expected: done))) == "已删除电话“回访王伟”")
    }

    @Test("English keeps its words and the stored due form")
    func activityMessagesInEnglish() throws {
        let (store, _, call) = try database()
        let english = performer(store, .english)
        let saved = message(english.perform(.editActivity(ActivityEdit(due: ActivityDue(stored: "2026-12-04T14:00")), expected: call)))
        #expect(saved == "Saved call \"回访王伟\", due 2026-12-04T14:00", "\(String(describing: saved))")
        #expect(message(english.perform(.completeActivity(expected: try store.activity(id: call.id)))) == "Done: call \"回访王伟\"")
    }

    @Test("snoozed and parked until a day: the day as the Chinese board writes it")
    func snoozeAndParkDays() throws {
        let (store, deal, _) = try database()
        let chinese = performer(store, .simplifiedChinese)
        let snoozed = message(chinese.perform(.snooze(
            dealID: deal.id, until: CalendarDay(year: 2026, month: 12, day: 7)!, expectedVersion: deal.version, review: nil)))
        #expect(snoozed?.contains("2026年12月7日") == true && snoozed?.contains("2026-12-07") == false, "\(String(describing: snoozed))")
        let parked = message(chinese.perform(.park(
            dealID: deal.id, until: CalendarDay(year: 2027, month: 3, day: 1)!, expectedVersion: try store.deal(id: deal.id).version,
            review: nil)))
        #expect(parked?.contains("2027年3月1日") == true && parked?.contains("2027-03-01") == false, "\(String(describing: parked))")
    }

    @Test("without a terminal the board refuses in Chinese, in one line")
    func noTerminalInChinese() throws {
        let chinese = FunnelProcess(
            databasePath: folder.path("funnel.sqlite"),
            environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config")])
        let result = try chinese.run(["board"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "funnel: 看板需要终端，但标准输入或标准输出不是终端；在脚本中请用 'funnel board --snapshot' 或 'funnel list'\n", "\(result.stderr)")
    }
}
