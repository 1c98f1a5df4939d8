import Pipeline

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
    /// The database cannot be written (read-only file or directory, disk full, ...).
    case notWritable(String)
    /// The database lies in a folder this user cannot write, and SQLite cannot create its shared-memory file there.
    case readOnlyFolder(path: String)
    /// The deal changed in another window or process since it was read.
    case changedElsewhere(dealID: Int64)
    /// The activity changed in another window or process since it was read.
    case activityChangedElsewhere(activityID: Int64)
    /// A deal's stored value is one this build does not know (a damaged or hand-edited file): refused
    /// rather than read as a default. `column` names the column, `value` what was stored (nil: nothing).
    case damagedDeal(id: Int64, column: String, value: String?)
    /// Anything else SQLite reported.
    case failed(String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            "'\(path)' is not a Funnel database: it is not an SQLite file (left untouched)"
        case .truncated(let path):
            "'\(path)' is damaged: the SQLite file is truncated (left untouched); restore it from a backup with 'funnel restore'"
        case .foreignDatabase(let path):
            "'\(path)' is not a Funnel database: it is another program's SQLite file (left untouched)"
        case .newerSchema(let path):
            "'\(path)' was written by a newer Funnel: upgrade Funnel to open it (left untouched)"
        case .notAFile(let path, let kind):
            kind.refusal(path: path)
        case .notWritable(let why):
            "cannot save: \(why)"
        case .readOnlyFolder(let path):
            "cannot open '\(path)': its folder is read-only for you and SQLite needs to create '\(path)-shm' beside it; make the folder writable or copy the file elsewhere (left untouched)"
        case .changedElsewhere(let id):
            "deal \(id) was changed elsewhere since it was shown; showing the new version, nothing was saved"
        case .activityChangedElsewhere(let id):
            "activity \(id) was changed elsewhere since it was shown; showing the new version, nothing was saved"
        case .damagedDeal(let id, let column, let value):
            "deal \(id) is damaged in the database: its \(column.split(separator: "_").joined(separator: " ")) is \(value.map { "'\(TerminalText.visible($0))'" } ?? "empty"), which Funnel does not know; nothing was read or changed. Restore the file from a backup with 'funnel restore'"
        case .failed(let why):
            why
        }
    }
}
