import GRDB
import FunnelStore
import Pipeline

/// Reads a sum of money from a result column without trusting it to be an integer.
///
/// SQLite's `+` and `*` turn an integer result that does not fit in 64 bits into a REAL (in the lane-total
/// triggers as much as in a query), and a database edited by hand can hold anything; GRDB stops the process
/// on a REAL it is asked to read as `Int64`. A sum that is not an integer is refused with `MoneyTotals.tooLarge`.
enum MoneyColumn {
    /// The column's integer, 0 for NULL (an empty sum), or the refusal of a sum past 64 bits.
    static func minorUnits(_ row: Row, _ column: String, currency: Currency) throws -> Int64 {
        switch (row[column] as DatabaseValue).storage {
        case .int64(let value): return value
        case .null: return 0
        default: throw MoneyTotals.tooLarge(currency)
        }
    }
}
