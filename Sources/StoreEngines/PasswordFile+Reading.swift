import Foundation
import FunnelStore
import Wording

extension PasswordFile {
    /// The password file libpq reads: `PGPASSFILE`, else `~/.pgpass`.
    public static func path(environment: [String: String]) -> String? {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home.isEmpty ? nil : home + "/.pgpass"
    }

    /// The file at `path`, nil when there is none or it must be ignored. As libpq: a file that is not a
    /// plain file, or that its group or others may read or write (looser than 0600), is ignored with
    /// one line for `warning`; a missing or unreadable file is ignored silently.
    public static func read(path: String, warning: (String) -> Void) -> PasswordFile? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else {
            warning(ErrorText.passwordFileNotPlain(path: path).string)
            return nil
        }
        guard info.st_mode & 0o077 == 0 else {
            warning(ErrorText.passwordFileLoose(path: path).string)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return PasswordFile(contents: String(decoding: data, as: UTF8.self))
    }
}
