/// A `~/.pgpass` file's lines, matched as libpq matches them.
///
/// Each line is `hostname:port:database:username:password`; `#` starts a comment line. A field that is
/// exactly `*` matches anything; `\:` and `\\` stand for `:` and `\`. The first line matching the
/// address gives the password, which runs to the next unescaped `:` or the end of the line. A
/// socket folder that is the default one (`/var/run/postgresql`) matches `localhost` too, as in libpq.
/// Reading the file (and refusing one with loose permissions) is the caller's: this type only reads text.
public struct PasswordFile: Sendable, Hashable {
    /// The file's lines, as read.
    public var lines: [Substring]

    /// libpq's socket folder on Debian: a connection through it looks up `localhost` in the file.
    public static let defaultSocketFolder = "/var/run/postgresql"

    public init(contents: String) {
        // "\r\n" is one Character in Swift: both line ends split.
        lines = contents.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }.map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
    }

    /// The password the first matching line gives for `address`, nil when no line matches.
    public func password(for address: ServerAddress) -> String? {
        let host = address.host == Self.defaultSocketFolder ? "localhost" : address.host
        let wanted = [host, String(address.port), address.database, address.user]
        for line in lines where !line.hasPrefix("#") {
            var rest = line
            var matched = true
            for value in wanted {
                guard let after = Self.matching(rest, value) else {
                    matched = false
                    break
                }
                rest = after
            }
            // An empty password is no password, and the search ends there, as in libpq.
            if matched { return Optional(Self.unescapedPassword(rest)).flatMap { $0.isEmpty ? nil : $0 } }
        }
        return nil
    }

    /// What follows the field at the start of `line` when that field matches `value`; nil otherwise.
    static func matching(_ line: Substring, _ value: String) -> Substring? {
        if line.hasPrefix("*:") { return line.dropFirst(2) }
        var field = ""
        var index = line.startIndex
        while index < line.endIndex {
            var character = line[index]
            if character == "\\" {
                index = line.index(after: index)
                guard index < line.endIndex else { return nil }
                character = line[index]
            } else if character == ":" {
                return field == value ? line[line.index(after: index)...] : nil
            }
            field.append(character)
            index = line.index(after: index)
        }
        return nil
    }

    /// The password field: up to the next unescaped `:`, with `\x` read as `x`.
    static func unescapedPassword(_ rest: Substring) -> String {
        var password = ""
        var index = rest.startIndex
        while index < rest.endIndex, rest[index] != ":" {
            if rest[index] == "\\", rest.index(after: index) < rest.endIndex { index = rest.index(after: index) }
            password.append(rest[index])
            index = rest.index(after: index)
        }
        return password
    }
}
