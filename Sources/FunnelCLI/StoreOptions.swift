import ArgumentParser
import Foundation
import Pipeline
import FunnelStore
import StoreEngines
import Wording

/// The options every command that opens the store shares: where the pipeline is kept, and the config file
/// (whose `database`, `user` and `language` every such command reads).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CommandText.optionDatabase.string, valueName: "path|url"))
    var db: String?
    @OptionGroup var configOptions: ConfigOptions

    /// The config file's `database`, ready to give (a path made absolute, or a server URL); bound by
    /// `FunnelMain` for the run, nil when the config says none.
    @TaskLocal static var configuredDatabase: String?

    /// libpq's environment variables, read (and checked for UTF-8) when the location is a server.
    static let serverVariables = ["PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE", "PGPASSFILE"]

    /// Where the pipeline is, as given: --db, else FUNNEL_DB, else the config's `database`, else the
    /// default file. Refuses a variable that is not valid UTF-8, which Foundation's environment would
    /// repair into another file's name.
    var given: String {
        get throws {
            if let db, !db.isEmpty { return db }
            if let fromEnvironment = try Self.environmentText("FUNNEL_DB"), !fromEnvironment.isEmpty { return fromEnvironment }
            if let configured = Self.configuredDatabase, !configured.isEmpty { return configured }
            for name in ["XDG_DATA_HOME", "HOME"] { _ = try Self.environmentText(name) }
            return StoreLocation.defaultLocation(environment: ProcessInfo.processInfo.environment).description
        }
    }

    /// Where the store is: the database file or the server (completed from libpq's variables and the
    /// password file, whose warning is printed on stderr) that `given` names. Only a file goes through
    /// the file checks, when its engine opens it.
    var location: StoreLocation {
        get throws {
            let given = try given
            if ConnectionURL.isServerURL(given) {
                for name in Self.serverVariables { _ = try Self.environmentText(name) }
            }
            return try StoreLocation(
                given: given, environment: ProcessInfo.processInfo.environment, loginName: Self.loginName,
                warning: { FunnelMain.printError($0) })
        }
    }

    /// The user's login name, libpq's default user: the password database's, else `USER`.
    static var loginName: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name, let text = String(validatingCString: name), !text.isEmpty {
            return text
        }
        return ProcessInfo.processInfo.environment["USER"] ?? ""
    }

    /// The environment variable `name` read as the process got it, nil when unset; refuses bytes that
    /// are not UTF-8 (`ProcessInfo.environment` turns them into U+FFFD, naming a file nobody meant).
    static func environmentText(_ name: String) throws -> String? {
        guard let raw = getenv(name) else { return nil }
        guard let text = String(validatingCString: raw) else {
            // A password is never shown, even broken.
            let shown = name == "PGPASSWORD" ? ServerPassword.shown : String(decoding: Data(bytes: raw, count: strlen(raw)).prefix(80), as: UTF8.self)
            throw CommandFailure.usage(ErrorText.environmentNotUTF8(name: name, value: shown).string)
        }
        return text
    }

    /// Opens the database, creating it on first use, and makes the day's automatic backup on the
    /// first run of each day (a failed backup is a warning, never a reason to stop).
    /// `location` is the one the caller already worked out, if any (so the password file is read once).
    /// A command that `onlyReads` (and any dry run) refuses a database file that does not exist and makes
    /// nothing; one that writes makes the file, but a missing folder only for Funnel's default location.
    /// The config's problems are warned about first, by every command alike.
    func open(dailyBackup: Bool = true, at location: StoreLocation? = nil, onlyReads: Bool = false) throws -> any PipelineStore {
        if let db, db.isEmpty { throw CommandFailure.usage(ErrorText.dbOptionEmpty.string) }
        _ = configOptions.load()
        // A FUNNEL_NOW that names no real moment is bad input: refused before the file is opened.
        let now = try Clock.now()
        let location = try location ?? self.location
        let missing: MissingFile = onlyReads ? .refused
            : location == StoreLocation.defaultLocation(environment: ProcessInfo.processInfo.environment) ? .createdWithFolder : .created
        // Every change this run saves is recorded as made by the person running it (the config's user, FUNNEL_USER, the login).
        let store = try location.open(language: Language.current, author: Salesperson.current().name, missing: missing)
        // A database the user may not write is not copied either: its folder is rarely writable.
        if dailyBackup && !store.isReadOnly && ProcessInfo.processInfo.environment["FUNNEL_AUTO_BACKUP"] != "0" {
            do {
                try store.dailyBackup(today: CalendarDay(now, in: Clock.timeZone))
            } catch {
                FunnelMain.printError("warning: today's automatic backup failed: \(error); carrying on")
            }
        }
        return store
    }
}

/// What the command line knows about the world outside: now, the time zone.
enum Clock {
    /// Now: `FUNNEL_NOW` (ISO 8601) when set, else the system clock.
    static func now() throws -> Date {
        guard let text = ProcessInfo.processInfo.environment["FUNNEL_NOW"], !text.isEmpty else { return Date() }
        do {
            return try RecordedMoment.valid(Timestamp.parse(text, field: "FUNNEL_NOW"), field: "FUNNEL_NOW")
        } catch {
            throw error
        }
    }

    /// `FUNNEL_NOW` when set (a fixed clock), else nil for the system clock.
    static func fixedNow() throws -> Date? {
        guard let text = ProcessInfo.processInfo.environment["FUNNEL_NOW"], !text.isEmpty else { return nil }
        // Now is recorded with every change: it keeps to the moments an archive can restore.
        return try RecordedMoment.valid(Timestamp.parse(text, field: "FUNNEL_NOW"), field: "FUNNEL_NOW")
    }

    /// The user's time zone (from `TZ` or the system).
    static var timeZone: TimeZone { TimeZone.current }
}
