import Pipeline

/// The filters a report ran with, as the user gave them.
struct ReportFilterText {
    var owner: String?
    var since: CalendarDay?
    var until: CalendarDay?
}
