import Foundation
import Testing
@testable import Pipeline

@Suite("Dates and times")
struct CalendarDayTests {
    @Test func parsesRealDatesOnly() throws {
        #expect(try CalendarDay.parse("2026-12-31").description == "2026-12-31")
        #expect(try CalendarDay.parse("2028-02-29").day == 29)
        for bad in ["2026-02-29", "2026-13-01", "2026-1-1", "31/12/2026", "", "2026-12-31T10:00", "２０２６-12-31"] {
            #expect(throws: PipelineError.self, "\(bad)") { try CalendarDay.parse(bad) }
        }
    }

    @Test func dayArithmetic() throws {
        let day = try CalendarDay.parse("2026-12-30")
        #expect(day.adding(days: 3).description == "2027-01-02")
        #expect(day.days(until: try CalendarDay.parse("2027-01-02")) == 3)
    }

    @Test func timestamps() throws {
        let date = try Timestamp.parse("2026-11-29T09:00:00Z")
        #expect(Timestamp.string(date) == "2026-11-29T09:00:00Z")
        #expect(Timestamp.string(try Timestamp.parse("2026-11-29T17:00:00+08:00")) == "2026-11-29T09:00:00Z")
        #expect(Timestamp.string(try Timestamp.parse("2026-11-29")) == "2026-11-29T00:00:00Z")
        #expect(throws: PipelineError.self) { try Timestamp.parse("yesterday") }
    }

    @Test func wholeDaysRoundDown() throws {
        let start = try Timestamp.parse("2026-11-01T09:00:00Z")
        #expect(CalendarDay.wholeDays(from: start, to: try Timestamp.parse("2026-11-02T08:59:59Z")) == 0)
        #expect(CalendarDay.wholeDays(from: start, to: try Timestamp.parse("2026-11-02T09:00:00Z")) == 1)
        #expect(CalendarDay.wholeDays(from: start, to: try Timestamp.parse("2026-10-01T09:00:00Z")) == 0)
    }

    @Test func demoIsReproducibleAndConsistent() throws {
        let stages = Stage.defaults.enumerated().map { index, stage in
            Stage(id: Int64(index + 1), pipelineID: 1, name: stage.name, position: index, probability: stage.probability, stallDays: stage.stallDays)
        }
        let now = try Timestamp.parse("2026-11-29T09:00:00Z")
        let first = Array(DemoPipeline(stages: stages, count: 300, seed: 7, now: now, openPercent: 30))
        let second = Array(DemoPipeline(stages: stages, count: 300, seed: 7, now: now, openPercent: 30))
        #expect(first.map(\.deal) == second.map(\.deal))
        for item in first {
            #expect(item.history.first?.kind == .created)
            #expect(item.history.allSatisfy { $0.at <= now && $0.at >= item.deal.createdAt })
            // History replays to the deal's stage and status.
            #expect(item.history.last?.toStageID == item.deal.stageID)
            #expect(zip(item.history, item.history.dropFirst()).allSatisfy { $0.at <= $1.at })
            #expect((item.deal.status == .open) == (item.deal.closedAt == nil))
            #expect((item.deal.status == .lost) == (item.deal.lostReason != nil))
        }
        let open = first.filter { $0.deal.status == .open }.count
        #expect((60...120).contains(open))
    }
}

@Suite("Calendar arithmetic")
struct CalendarArithmeticTests {
    @Test func epochDaysRoundTripAgainstFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // From 1615 on: Foundation switches to the Julian calendar before 1582.
        for days in stride(from: -130_000, through: 2_900_000, by: 997) {
            let date = Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = CalendarDay(daysSinceEpoch: days)
            #expect(day.year == parts.year && day.month == parts.month && day.day == parts.day)
            #expect(day.daysSinceEpoch == days)
        }
    }

    @Test func daysInOtherTimeZones() throws {
        let moment = try Timestamp.parse("2026-11-29T20:30:00Z")
        #expect(CalendarDay(moment, in: TimeZone(identifier: "Asia/Shanghai")!).description == "2026-11-30")
        #expect(CalendarDay(moment, in: TimeZone(identifier: "America/Los_Angeles")!).description == "2026-11-29")
        let day = try CalendarDay.parse("2026-03-08")
        // Midnight in New York on the day clocks spring forward is still 05:00 UTC (EST).
        #expect(Timestamp.string(day.start(in: TimeZone(identifier: "America/New_York")!)) == "2026-03-08T05:00:00Z")
        #expect(Timestamp.string(try CalendarDay.parse("2026-03-09").start(in: TimeZone(identifier: "America/New_York")!)) == "2026-03-09T04:00:00Z")
    }

    @Test("the exported form is read byte by byte exactly as ISO8601DateFormatter reads it")
    func exportedFormMatchesTheFormatter() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let moment = Date(timeIntervalSince1970: TimeInterval(Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator)))
            let text = Timestamp.string(moment)
            #expect(Timestamp.exportedForm(text) == formatter.date(from: text), "\(text)")
            #expect(try Timestamp.parse(text) == moment)
        }
        // Not the exported form, or not a real moment: left to the formatter or refused, never misread.
        for text in ["2026-02-30T09:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T09:60:00Z", "2026-11-29t09:00:00z",
                     "2026-11-29T09:00:00+08:00", "2026-11-29T09:00:00.5Z", "２０２６-11-29T09:00:00Z"] {
            #expect(Timestamp.exportedForm(text) == nil, "\(text)")
        }
    }

    @Test("a moment names a real day and time of the years 0001 to 9999, never a rolled-over one")
    func impossibleMomentsAreRefused() throws {
        for text in ["2026-02-30", "2026-02-30T09:00:00Z", "2026-04-31T09:00:00+02:00", "2027-02-29T00:00:00.5Z",
                     "0000-01-01T00:00:00Z", "0000-01-01", "-2026-01-01T00:00:00Z", "-2026-01-01", "+2026-01-01T00:00:00Z",
                     "12026-01-01T00:00:00Z", "2026-11-29T24:00:00Z", "2026-11-29T09:60:00Z", "2026-11-29T09:00:60Z",
                     "2026-11-29T09:00:00+24:00", "2026-11-29T09:00:00", "2026-11-29T09:00:00.Z", "2026-11-29T09:00Z",
                     "2026-11-29 09:00:00Z", "2026-11-29T09:00:00Zjunk"] {
            #expect(throws: PipelineError.self, "\(text)") { try Timestamp.parse(text, field: "FUNNEL_NOW") }
        }
        #expect(throws: PipelineError.invalidValue(
            "invalid FUNNEL_NOW '2026-02-30': use a real date and time in ISO 8601 such as 2026-11-29T09:00:00Z or 2026-11-29, in the years 0001 to 9999")) {
            try Timestamp.parse("2026-02-30", field: "FUNNEL_NOW")
        }
    }

    @Test func everyRealFormOfAMomentIsStillRead() throws {
        let nine = try #require(Timestamp.exportedForm("2026-11-29T09:00:00Z"))
        for text in ["2026-11-29T09:00:00Z", "2026-11-29t09:00:00z", " 2026-11-29T09:00:00Z ", "2026-11-29T17:00:00+08:00",
                     "2026-11-29T17:00:00+0800", "2026-11-29T04:30:00-04:30", "2026-11-29T09:00:00.000Z"] {
            #expect(try Timestamp.parse(text) == nine, "\(text)")
        }
        #expect(try Timestamp.parse("2026-11-29T09:00:00.75Z").timeIntervalSince(nine) == 0.75)
        #expect(Timestamp.string(try Timestamp.parse("2028-02-29T23:59:59Z")) == "2028-02-29T23:59:59Z")
        #expect(Timestamp.string(try Timestamp.parse("0001-01-01T00:00:00Z")) == "0001-01-01T00:00:00Z")
        #expect(Timestamp.string(try Timestamp.parse("9999-12-31")) == "9999-12-31T00:00:00Z")
    }
}
