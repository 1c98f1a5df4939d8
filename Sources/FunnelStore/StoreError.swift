import Foundation
import Pipeline
import Wording

/// Why the store could not open a file or finish a write, in words for the user.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not an SQLite database at all.
    case notSQLite(path: String)
    /// The file is an SQLite database that is shorter than its header says.
    case truncated(path: String)
    /// The file is another program's SQLite database.
    case foreignDatabase(path: String)
    /// The file was written by a newer Funnel whose schema this build does not know.
    case newerSchema(path: String)
    /// The path names something that is not a database file (a folder, a named pipe, a dangling link).
    case notAFile(path: String, PathKind)
    /// No database file is at the path, and the command only reads (`MissingFile.refused`): nothing was made.
    case missingDatabase(path: String)
    /// The folder the database file would go in does not exist, and Funnel makes no folder but its own.
    case missingFolder(path: String, folder: String)
    /// The database cannot be written (read-only file or directory, disk full, ...).
    case notWritable(String)
    /// The database lies in a folder this user cannot write, and SQLite cannot create its shared-memory file there.
    case readOnlyFolder(path: String)
    /// The deal changed in another window or process since it was read. `stale` says who changed what
    /// meanwhile (from the change log), when a write named the fields it sets; nil for a whole-deal write
    /// (an undo, a redo) or a change the log cannot tell.
    case changedElsewhere(dealID: Int64, stale: StaleWrite? = nil)
    /// The activity changed in another window or process since it was read. `stale` says who changed it
    /// (from its deal's change log, `StaleWrite.activity`); nil when the log cannot tell.
    case activityChangedElsewhere(activityID: Int64, stale: StaleWrite? = nil)
    /// A deal's stored value is one this build does not know (a damaged or hand-edited file): refused
    /// rather than read as a default. `column` names the column, `value` what was stored (nil: nothing).
    case damagedDeal(id: Int64, column: String, value: String?)
    /// The database server cannot be reached, or the connection to it was lost: nothing was saved, and
    /// trying again later may work. Carries the sentence that names the server.
    case unreachable(String)
    /// Anything else the database reported.
    case failed(String)

    public var description: String {
        switch self {
        case .notSQLite(let path): ErrorText.notSQLite(path: path).string
        case .truncated(let path): ErrorText.truncated(path: path).string
        case .foreignDatabase(let path): ErrorText.foreignDatabase(path: path).string
        case .newerSchema(let path): ErrorText.newerSchema(path: path).string
        case .notAFile(let path, let kind): kind.refusal(path: path)
        case .missingDatabase(let path): ErrorText.databaseMissing(path: path).string
        case .missingFolder(let path, let folder): ErrorText.databaseFolderMissing(path: path, folder: folder).string
        case .notWritable(let why): ErrorText.cannotSave(reason: why).string
        case .readOnlyFolder(let path): ErrorText.readOnlyFolder(path: path).string
        case .changedElsewhere(let id, let stale):
            // Without a caller's clock (the board and the CLI word it with theirs: `sentence(now:in:)`).
            stale?.sentence(now: Date(), in: Language.current) ?? ErrorText.dealChangedElsewhere(id: id).string
        case .activityChangedElsewhere(let id, let stale):
            stale?.sentence(now: Date(), in: Language.current) ?? ErrorText.activityChangedElsewhere(id: id).string
        case .damagedDeal(let id, let column, let value):
            value.map { ErrorText.damagedDeal(id: id, field: column.split(separator: "_").joined(separator: " "), value: TerminalText.visible($0)).string }
                ?? ErrorText.damagedDealEmpty(id: id, field: column.split(separator: "_").joined(separator: " ")).string
        case .unreachable(let why): why
        case .failed(let why): why
        }
    }
}

extension StoreError {
    /// The refusal in words, said at `now` in `language`: a stale write names who changed the deal (or the
    /// activity) and how long ago by that clock; every other refusal reads as `description`.
    public func sentence(now: Date, in language: Language) -> String {
        switch self {
        case .changedElsewhere(_, let stale?), .activityChangedElsewhere(_, let stale?): stale.sentence(now: now, in: language)
        case .activityChangedElsewhere(let id, nil): ErrorText.activityChangedElsewhere(id: id).rendered(in: language)
        default: description
        }
    }
}
