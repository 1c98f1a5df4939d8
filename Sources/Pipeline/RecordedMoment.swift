import Foundation
import Wording

/// The moments Funnel records (a deal created, a stage entered, a deal closed, an activity done, a
/// review decision): whole seconds from 1970-01-01 to the end of 2199, in UTC.
///
/// A moment outside them is a typing or clock mistake: the store keeps seconds since 1970, and idle
/// days and sales cycles counted from the year 9999 mean nothing.
public enum RecordedMoment {
    /// 1970-01-01T00:00:00Z.
    public static let earliest = Date(timeIntervalSince1970: 0)
    /// 2199-12-31T23:59:59Z.
    public static let latest = Date(timeIntervalSince1970: 7_258_118_399)

    /// Checks that a moment lies between `earliest` and `latest`.
    public static func valid(_ date: Date, field: String) throws(PipelineError) -> Date {
        guard date >= earliest, date <= latest else {
            throw .invalidValue(ErrorText.momentOutOfRange(
                field: field, value: Timestamp.string(date), earliest: Timestamp.string(earliest), latest: Timestamp.string(latest)).string)
        }
        return date
    }
}
