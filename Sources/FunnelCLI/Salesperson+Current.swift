import Foundation
import FunnelConfig
import Pipeline
import Wording

/// The person running this Funnel, read from the config, the environment and the password database.
extension Salesperson {
    /// The config file's `user` (cleaned), bound by `FunnelMain` for the run; nil when the config says none.
    @TaskLocal static var configuredUser: String?

    /// The person running this Funnel: the config's `user`, else `FUNNEL_USER`, else the login's full name
    /// (GECOS, before its first comma), else the login name (the password database's, else `USER`, else
    /// `LOGNAME`), else `uid N`. This is the author a store is opened with and the owner of new deals.
    static func current(config: Config? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> Salesperson {
        let account = LoginAccount.current()
        let login = [account?.name, environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { Salesperson.cleaned($0) != nil }
        let found = resolve(
            configured: config?.user ?? configuredUser, environment: environment["FUNNEL_USER"], fullName: account?.fullName, login: login)
        // Some name is always needed: a process without a password entry and without USER is still someone.
        return found ?? Salesperson(name: "uid \(getuid())", source: .login)!
    }

    /// The refusal of a user name with a control character, for the source the run would take it from: the
    /// config's `user` (it comes first), else `FUNNEL_USER`; nil when the name in use is clean. An empty
    /// `FUNNEL_USER` is no name and falls back to the next source.
    static func controlCharacterRefusal(config: Config?, configPath: String, environment: [String: String]) -> String? {
        if let shown = config?.userWithControls {
            return ErrorText.userNameControlsInConfig(value: shown, path: configPath).string
        }
        guard config?.user == nil, let given = environment["FUNNEL_USER"], hasControlCharacters(given) else { return nil }
        return ErrorText.userNameControlsInEnvironment(value: TerminalText.visible(given.trimmingWhitespace())).string
    }

    /// An owner given on the command line: `me` (or `我`) is the current person's name, any other text itself.
    /// The person is only looked up when the word is given.
    static func owner(given text: String) -> String {
        selfWords.contains(text.trimmingWhitespace().lowercased()) ? current().name : text
    }
}

/// The login's entry in the password database: its name and GECOS field (`getpwuid(getuid())`).
struct LoginAccount {
    var name: String?
    var fullName: String?

    /// The entry of the process's real user; nil when there is none (a container's unnamed uid).
    static func current() -> LoginAccount? {
        guard let entry = getpwuid(getuid()) else { return nil }
        let name = entry.pointee.pw_name.flatMap { String(validatingCString: $0) }
        let gecos = entry.pointee.pw_gecos.flatMap { String(validatingCString: $0) }
        return LoginAccount(name: name?.isEmpty == true ? nil : name, fullName: gecos)
    }
}
