import Foundation
import Testing
@testable import Pipeline

/// `LocalNow` reads the day and the minute from one offset lookup; they agree with the calendar's.
@Suite("Local now: today and the minute of the day in a time zone")
struct LocalNowTests {
    static let zones = [
        "UTC", "America/New_York", "America/St_Johns", "Asia/Shanghai", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "America/Santiago", "Europe/London",
    ]

    @Test(arguments: zones)
    func agreesWithTheCalendar(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var state: UInt64 = 0x1234_5678
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // 1950 to 2100, to the second, so days before 1970 and every DST change of the range are met.
            let seconds = -631_152_000 + Int(state >> 33) % 4_733_510_400
            let now = Date(timeIntervalSince1970: TimeInterval(seconds))
            let local = LocalNow(now, in: timeZone)
            #expect(local.today == CalendarDay(now, in: timeZone), "\(zone) \(seconds)")
            #expect(local.minuteOfDay == ActivityDue.minuteOfDay(now, in: timeZone), "\(zone) \(seconds)")
        }
    }

    @Test func aTimedActivityIsOverdueOnceItsMinuteHasPassed() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let due = ActivityDue(day: CalendarDay(year: 2026, month: 11, day: 30)!, minuteOfDay: 9 * 60)
        // 2026-11-30 09:00 in Shanghai is 01:00 UTC.
        let nine = Date(timeIntervalSince1970: 1_796_000_400)
        #expect(LocalNow(nine, in: shanghai).minuteOfDay == 9 * 60)
        #expect(due.state(at: LocalNow(nine, in: shanghai)) == .dueToday)
        #expect(due.state(at: LocalNow(nine.addingTimeInterval(60), in: shanghai)) == .overdue)
        #expect(due.state(at: LocalNow(nine.addingTimeInterval(-86_400), in: shanghai)) == .upcoming)
    }
}
