import Foundation
import FunnelTestSupport
import Testing

/// The trial's raw ISO moment (`2026-12-07T10:00:00Z`) in the message after logging a call: `activity done` on
/// an activity already done says when in the user's form, as `show` writes dates (the config's `date_format`,
/// the local clock), on both engines and in both languages.
@Suite("Dates after logging an activity are in the user's form, end to end")
struct ActivityDatesShownEndToEndTests {
    let folder = TemporaryDirectory()

    func funnel(_ database: String, lang: String = "en_US.UTF-8") -> FunnelProcess {
        FunnelProcess(
            databasePath: database, now: "2026-12-07T10:00:00Z",
            environment: [
                "TZ": "Asia/Shanghai", "FUNNEL_USER": "Li Wei", "FUNNEL_CONFIG": "", "XDG_CONFIG_HOME": folder.path("config"),
                "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "",
            ])
    }

    func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder.path("config/funnel"), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.path("config/funnel/config.toml")))
    }

    @Test("activity done on a logged call names when it was done as show does, never raw UTC", arguments: CLIEngine.all)
    func alreadyDoneInTheUsersForm(engine: CLIEngine) throws {
        let database = try engine.database(in: folder)
        let english = funnel(database)
        let deal = try english.succeed(["add", "Acme renewal"])
        let call = try english.succeed(["activity", "add", deal, "--kind", "call", "--done"])

        let again = try english.run(["activity", "done", call])
        #expect(again.status == 1)
        // 10:00 UTC is 18:00 in Shanghai; the default English form is show's.
        #expect(again.stderr == "funnel: activity \(call) was already done at 7 Dec 2026 18:00\n")
        #expect(try english.succeed(["show", deal]).contains("done 7 Dec 2026 18:00"))
        let chinese = try funnel(database, lang: "zh_CN.UTF-8").run(["activity", "done", call])
        #expect(chinese.stderr == "funnel: 活动 \(call) 已于 2026年12月7日 18:00 完成\n")

        try writeConfig("date_format = \"DD/MM/YYYY\"\n")
        #expect(try english.run(["activity", "done", call]).stderr == "funnel: activity \(call) was already done at 07/12/2026 18:00\n")
    }
}
