import Foundation
import Pipeline
import Testing

@Suite("Due dates: shortcuts and exact dates")
struct ActivityDueParsingTests {
    // 2026-11-27 is a Friday.
    let friday = Fixtures.day("2026-11-27")

    @Test("shortcuts count from today")
    func shortcuts() throws {
        #expect(try ActivityDue.parse("today", today: friday).description == "2026-11-27")
        #expect(try ActivityDue.parse("tomorrow", today: friday).description == "2026-11-28")
        #expect(try ActivityDue.parse("+2d", today: friday).description == "2026-11-29")
        #expect(try ActivityDue.parse("+1w", today: friday).description == "2026-12-04")
        #expect(try ActivityDue.parse("+0d", today: friday).description == "2026-11-27")
        #expect(try ActivityDue.parse("mon", today: friday).description == "2026-11-30")
        #expect(try ActivityDue.parse("Thursday", today: friday).description == "2026-12-03")
        #expect(try ActivityDue.parse("next week", today: friday).description == "2026-11-30")
    }

    @Test("a weekday that is today means the same day next week")
    func sameWeekday() throws {
        #expect(try ActivityDue.parse("fri", today: friday).description == "2026-12-04")
        let monday = Fixtures.day("2026-11-30")
        #expect(try ActivityDue.parse("next week", today: monday).description == "2026-12-07")
    }

    @Test("shortcuts cross month and year ends")
    func monthEnd() throws {
        let newYearsEve = Fixtures.day("2026-12-31")
        #expect(try ActivityDue.parse("+1d", today: newYearsEve).description == "2027-01-01")
        #expect(try ActivityDue.parse("tomorrow", today: Fixtures.day("2028-02-28")).description == "2028-02-29")
    }

    @Test("exact dates with and without a time")
    func exact() throws {
        #expect(try ActivityDue.parse("2026-12-01", today: friday) == ActivityDue(day: Fixtures.day("2026-12-01")))
        #expect(try ActivityDue.parse("2026-12-01T09:30", today: friday) == ActivityDue(day: Fixtures.day("2026-12-01"), minuteOfDay: 570))
        #expect(try ActivityDue.parse("fri 14:00", today: friday).description == "2026-12-04T14:00")
        #expect(try ActivityDue.parse("tomorrow 9:05", today: friday).description == "2026-11-28T09:05")
    }

    @Test("bad input names the value and the accepted forms", arguments: [
        "", "someday", "+2x", "+d", "2026-13-01", "2026-02-30", "2026-12-01T25:00", "2026-12-01T9:5", "fri 14", "t", "fr",
    ])
    func refused(text: String) {
        #expect {
            try ActivityDue.parse(text, today: friday)
        } throws: { error in
            guard case PipelineError.invalidValue(let message) = error else { return false }
            return message.contains("'\(text)'") && message.contains("YYYY-MM-DD") && message.contains("+3d")
        }
    }

    @Test("the stored form reads back and sorts in time order, all-day first")
    func storedForm() {
        let allDay = ActivityDue(stored: "2026-12-01")!
        let morning = ActivityDue(stored: "2026-12-01T09:00")!
        let evening = ActivityDue(stored: "2026-12-01T18:00")!
        let nextDay = ActivityDue(stored: "2026-12-02")!
        #expect([nextDay, evening, allDay, morning].sorted() == [allDay, morning, evening, nextDay])
        #expect([nextDay, evening, allDay, morning].map(\.description).sorted() == ["2026-12-01", "2026-12-01T09:00", "2026-12-01T18:00", "2026-12-02"])
        #expect(ActivityDue(stored: "2026-12-01T24:00") == nil)
        #expect(ActivityDue(stored: "yesterday") == nil)
    }

    @Test("a snooze day must come after today")
    func futureDay() throws {
        #expect(try ActivityDue.parseFutureDay("+1w", today: friday, field: "--until") == Fixtures.day("2026-12-04"))
        #expect(throws: PipelineError.invalidValue("invalid --until '2026-11-27': use a day after today (2026-11-27)")) {
            try ActivityDue.parseFutureDay("2026-11-27", today: friday, field: "--until")
        }
        #expect(throws: PipelineError.self) { try ActivityDue.parseFutureDay("later", today: friday, field: "--until") }
    }

    @Test("week_starts_on decides next week and next WEEKDAY; a bare weekday is the next one after today")
    func weekStart() throws {
        // 2026-11-29 is a Sunday.
        let sunday = Fixtures.day("2026-11-29")
        #expect(try ActivityDue.parse("next week", today: sunday).description == "2026-11-30")
        #expect(try ActivityDue.parse("next week", today: sunday, weekStartsOn: .sunday).description == "2026-12-06")
        #expect(try ActivityDue.parse("next week", today: friday, weekStartsOn: .sunday).description == "2026-11-29")
        #expect(try ActivityDue.parse("next week", today: friday, weekStartsOn: .saturday).description == "2026-11-28")
        #expect(try ActivityDue.parse("next fri", today: friday).description == "2026-12-04")
        #expect(try ActivityDue.parse("next mon 9:30", today: sunday).description == "2026-11-30T09:30")
        #expect(try ActivityDue.parse("next  Monday", today: sunday, weekStartsOn: .sunday).description == "2026-12-07")
        #expect(try ActivityDue.parse("next sat", today: friday, weekStartsOn: .sunday).description == "2026-12-05")
        #expect(try ActivityDue.parse("fri", today: sunday, weekStartsOn: .sunday).description == "2026-12-04")
        #expect(try ActivityDue.parseFutureDay("next week", today: sunday, weekStartsOn: .wednesday, field: "x").description == "2026-12-02")
        #expect(Fixtures.day("2026-11-29").startOfWeek(startingOn: .monday).description == "2026-11-23")
        #expect(Fixtures.day("2026-11-29").startOfWeek(startingOn: .sunday).description == "2026-11-29")
        #expect(throws: PipelineError.self) { try ActivityDue.parse("next blursday", today: sunday) }
    }

    @Test("date formats show days and due times; ISO keeps the stored form")
    func dateFormats() throws {
        let due = try #require(ActivityDue(stored: "2026-03-07T09:05"))
        #expect(DateFormat.iso.format(due) == "2026-03-07T09:05")
        #expect(DateFormat.dayMonthYear.format(due) == "07/03/2026 09:05")
        #expect(DateFormat.monthDayYear.format(due.day) == "03/07/2026")
        #expect(DateFormat.dotted.format(due.day) == "07.03.2026")
        #expect(DateFormat.dayMonthName.format(ActivityDue(day: due.day)) == "7 Mar 2026")
        let moment = Date(timeIntervalSince1970: 1_795_942_800)  // 2026-11-29T09:00:00Z
        #expect(DateFormat.dotted.formatMinute(moment, in: TimeZone(identifier: "Asia/Shanghai")!) == "29.11.2026 17:00")
        #expect(DateFormat.dayMonthName.format(moment, in: TimeZone(identifier: "America/Los_Angeles")!) == "29 Nov 2026")
    }

    @Test("ISO weekdays")
    func weekdays() {
        #expect(Fixtures.day("2026-11-30").weekday == 1)
        #expect(Fixtures.day("2026-11-27").weekday == 5)
        #expect(Fixtures.day("2026-11-29").weekday == 7)
        #expect(Fixtures.day("2000-01-01").weekday == 6)
    }
}

@Suite("Next-activity state across midnight and time zones")
struct NextActivityStateTests {
    @Test("an all-day activity is due all day and overdue from the next midnight")
    func allDay() {
        let due = ActivityDue(day: Fixtures.day("2026-11-29"))
        #expect(due.state(now: Fixtures.at("2026-11-28T23:59:59Z"), timeZone: Fixtures.utc) == .upcoming)
        #expect(due.state(now: Fixtures.at("2026-11-29T00:00:00Z"), timeZone: Fixtures.utc) == .dueToday)
        #expect(due.state(now: Fixtures.at("2026-11-29T23:59:59Z"), timeZone: Fixtures.utc) == .dueToday)
        #expect(due.state(now: Fixtures.at("2026-11-30T00:00:00Z"), timeZone: Fixtures.utc) == .overdue)
    }

    @Test("a timed activity is overdue once its minute has passed")
    func timed() {
        let due = ActivityDue(day: Fixtures.day("2026-11-29"), minuteOfDay: 14 * 60)
        #expect(due.state(now: Fixtures.at("2026-11-29T13:59:00Z"), timeZone: Fixtures.utc) == .dueToday)
        #expect(due.state(now: Fixtures.at("2026-11-29T14:00:59Z"), timeZone: Fixtures.utc) == .dueToday)
        #expect(due.state(now: Fixtures.at("2026-11-29T14:01:00Z"), timeZone: Fixtures.utc) == .overdue)
    }

    @Test("the same moment is another day in another time zone")
    func timeZones() {
        // 23:30 UTC on the 29th is 08:30 on the 30th in Tokyo and 18:30 / 15:30 on the 29th in New York / Los Angeles.
        let now = Fixtures.at("2026-11-29T23:30:00Z")
        let allDay29 = ActivityDue(day: Fixtures.day("2026-11-29"))
        #expect(allDay29.state(now: now, timeZone: Fixtures.utc) == .dueToday)
        #expect(allDay29.state(now: now, timeZone: Fixtures.tokyo) == .overdue)
        #expect(allDay29.state(now: now, timeZone: Fixtures.newYork) == .dueToday)

        let allDay30 = ActivityDue(day: Fixtures.day("2026-11-30"))
        #expect(allDay30.state(now: now, timeZone: Fixtures.tokyo) == .dueToday)
        #expect(allDay30.state(now: now, timeZone: Fixtures.newYork) == .upcoming)

        let fivePM = ActivityDue(day: Fixtures.day("2026-11-29"), minuteOfDay: 17 * 60)
        #expect(fivePM.state(now: now, timeZone: Fixtures.newYork) == .overdue)
        #expect(fivePM.state(now: now, timeZone: Fixtures.losAngeles) == .dueToday)
    }

    @Test("daylight saving: the day of the clock change still has one midnight")
    func daylightSaving() {
        // New York falls back on 2026-11-01 at 02:00 local (06:00 UTC).
        let due = ActivityDue(day: Fixtures.day("2026-11-01"))
        #expect(due.state(now: Fixtures.at("2026-11-01T04:30:00Z"), timeZone: Fixtures.newYork) == .dueToday)
        #expect(due.state(now: Fixtures.at("2026-11-02T04:59:00Z"), timeZone: Fixtures.newYork) == .dueToday)
        #expect(due.state(now: Fixtures.at("2026-11-02T05:00:00Z"), timeZone: Fixtures.newYork) == .overdue)
    }

    @Test("a deal's state is its earliest planned activity's; none without one")
    func dealState() {
        var deal = Fixtures.deal()
        let now = Fixtures.at("2026-11-29T09:00:00Z")
        #expect(deal.nextActivityState(now: now, timeZone: Fixtures.utc) == .none)
        deal.nextActivityDue = ActivityDue(day: Fixtures.day("2026-12-03"))
        #expect(deal.nextActivityState(now: now, timeZone: Fixtures.utc) == .upcoming)
        let done = Activity(dealID: 1, kind: .call, due: ActivityDue(day: Fixtures.day("2026-11-01")), doneAt: now, createdAt: now)
        #expect(done.state(now: now, timeZone: Fixtures.utc) == .none)
    }

    @Test("planned activities order by due date, undated last")
    func dueOrder() {
        let now = Fixtures.at("2026-11-29T09:00:00Z")
        let late = Activity(id: 1, dealID: 1, kind: .call, due: ActivityDue(stored: "2026-12-02"), createdAt: now)
        let early = Activity(id: 2, dealID: 1, kind: .email, due: ActivityDue(stored: "2026-12-01T10:00"), createdAt: now)
        let undated = Activity(id: 3, dealID: 1, kind: .task, createdAt: now)
        #expect([late, undated, early].sorted(by: Activity.dueOrder).map(\.id) == [2, 1, 3])
    }
}
