/// Why an archive (Funnel's JSON export) cannot be restored: the first problem found, with the JSON
/// path of a bad value (`deals[3].title`).
public enum ArchiveProblem: Error, Sendable, Equatable {
    /// The bytes are not JSON; `detail` says where, e.g. `line 3: invalid value around character 41`.
    case notJSON(detail: String)
    /// The JSON is not an object.
    case notAnObject
    /// The object has no `funnel_export` version.
    case noVersion
    /// A newer Funnel wrote the file.
    case newerFormat(Int64)
    /// A top-level section this Funnel does not know.
    case unknownSection(String)
    /// A value at `path` breaks a rule; `reason` completes the sentence: `must be a text`,
    /// `is wrong: invalid title '…': use at most 200 characters and 1600 bytes (got 1000000 bytes)`.
    case badValue(path: String, reason: String)
}
