/// What opening a database file that does not exist does: a command that only reads refuses, one that
/// writes makes the file in a folder that exists, and Funnel's own default location makes its folder too.
///
/// A mistyped `--db` or `FUNNEL_DB` would otherwise look like an empty pipeline and leave a new database (and
/// folders) behind. A server database is never made here: it exists or the server says so.
public enum MissingFile: Sendable, Equatable {
    /// Refused, nothing made (`StoreError.missingDatabase`): `list`, `show`, `export`, any `--dry-run`.
    case refused
    /// The file is made in its folder; a missing folder is refused (`StoreError.missingFolder`).
    case created
    /// The file is made, and its folder with its parents (Funnel's default data folder, and the store's own tests).
    case createdWithFolder
}
