/// Reads a `postgresql://` (or `postgres://`) URL as libpq reads it, and finds passwords in text that holds one.
///
/// `postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]`, each part percent-decoded;
/// an IPv6 host in brackets (`[::1]`); a socket folder as `%2Fvar%2Frun%2Fpostgresql` or `?host=/path`.
/// Parameters: `host`, `port`, `user`, `password`, `dbname`, `sslmode`, and libpq's `ssl=true` (sslmode
/// `require`); a parameter overrides the same part given before the `?`. Empty parts count as unsaid.
public enum ConnectionURL {
    /// The schemes libpq reads, lower-case; Funnel takes them in any case.
    static let schemes = ["postgresql://", "postgres://"]
    /// The query parameters Funnel honours, as a refusal lists them.
    static let parameters = ["host", "port", "user", "password", "dbname", "sslmode"]

    /// True when `text` is a server URL rather than a file path.
    public static func isServerURL(_ text: String) -> Bool { schemeLength(text) != nil }

    /// The scheme of a URL of another kind (`mysql://…` gives `mysql`), nil for a server URL or a path.
    public static func otherScheme(_ text: String) -> String? {
        guard schemeLength(text) == nil, let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(scheme)
    }

    static func schemeLength(_ text: String) -> Int? {
        let start = text.prefix(13).lowercased()
        return schemes.first { start.hasPrefix($0) }?.count
    }

    /// The parts `text` says; the rest is left for the environment and the defaults.
    public static func parse(_ text: String) throws(ServerAddressError) -> ServerSettings {
        guard let length = schemeLength(text) else { throw .unknownScheme(scheme: otherScheme(text) ?? text) }
        var rest = Substring(text.dropFirst(length))
        var settings = ServerSettings()
        // [user[:password]@]: an '@' before any '/' ends the credentials, as in libpq.
        if let end = rest.firstIndex(where: { $0 == "@" || $0 == "/" }), rest[end] == "@" {
            let credentials = rest[..<end]
            let userPart = credentials.prefix { $0 != ":" }
            let user = try decoded(userPart, part: "user")
            if !user.isEmpty { settings.user = user }
            if userPart.endIndex < credentials.endIndex {
                let password = try decodedPassword(credentials[credentials.index(after: userPart.endIndex)...])
                if !password.isEmpty { settings.password = ServerPassword(password) }
            }
            rest = rest[rest.index(after: end)...]
        }
        // [host][:port]
        let host: Substring
        if rest.first == "[" {
            guard let close = rest.firstIndex(of: "]") else { throw .unclosedIPv6 }
            host = rest[rest.index(after: rest.startIndex)..<close]
            if host.isEmpty { throw .emptyHost(setting: "host") }
            rest = rest[rest.index(after: close)...]
            if let next = rest.first, !":/?,".contains(next) { throw .unexpectedAfterHost(character: String(next)) }
        } else {
            host = rest.prefix { !":/?,".contains($0) }
            rest = rest[host.endIndex...]
        }
        var hostText = try decoded(host, part: "host")
        if rest.first == "," { hostText += String(rest.prefix { $0 != "/" && $0 != "?" }) }
        if !hostText.isEmpty { settings.host = try ServerSettings.checkedHost(hostText, setting: "host") }
        if rest.first == ":" {
            let port = rest.dropFirst().prefix { !"/?".contains($0) }
            let portText = try decoded(port, part: "port")
            if !portText.isEmpty { settings.port = try ServerSettings.checkedPort(portText, setting: "port") }
            rest = rest[port.endIndex...]
        }
        // [/dbname]
        if rest.first == "/" {
            let database = rest.dropFirst().prefix { $0 != "?" }
            let name = try decoded(database, part: "database")
            if !name.isEmpty { settings.database = name }
            rest = rest[database.endIndex...]
        }
        // [?param=value&…]
        if rest.first == "?" {
            for parameter in rest.dropFirst().split(separator: "&", omittingEmptySubsequences: true) {
                try read(parameter, into: &settings)
            }
        }
        return settings
    }

    /// One `name=value` of the query.
    static func read(_ parameter: Substring, into settings: inout ServerSettings) throws(ServerAddressError) {
        guard let equals = parameter.firstIndex(of: "=") else {
            throw .parameterWithoutValue(name: (try? decoded(parameter, part: "parameter")) ?? String(parameter))
        }
        let name = try decoded(parameter[..<equals], part: "parameter")
        let raw = parameter[parameter.index(after: equals)...]
        switch name {
        case "host":
            let host = try decoded(raw, part: "host")
            settings.host = try ServerSettings.checkedHost(host, setting: "host")
        case "port": settings.port = try ServerSettings.checkedPort(try decoded(raw, part: "port"), setting: "port")
        case "user":
            let user = try decoded(raw, part: "user")
            if !user.isEmpty { settings.user = user }
        case "password":
            let password = try decodedPassword(raw)
            if !password.isEmpty { settings.password = ServerPassword(password) }
        case "dbname":
            let database = try decoded(raw, part: "dbname")
            if !database.isEmpty { settings.database = database }
        case "sslmode": settings.sslMode = try ServerSettings.checkedSSLMode(try decoded(raw, part: "sslmode"), setting: "sslmode")
        case "ssl":
            let value = try decoded(raw, part: "ssl")
            guard value == "true" else { throw .invalidSSLMode(setting: "ssl", value: value) }
            settings.sslMode = .require
        default:
            throw .unknownParameter(name: name)
        }
    }

    // MARK: - Percent-encoding

    /// `%XX` sequences turned into bytes, read as UTF-8; `%00`, a broken sequence or bytes that are not UTF-8 are refused.
    static func decoded(_ text: Substring, part: String) throws(ServerAddressError) -> String {
        guard let bytes = percentDecoded(text), let result = String(validating: bytes, as: UTF8.self) else {
            throw .badEscape(part: part, value: String(text))
        }
        return result
    }

    /// As `decoded`, for the password: a refusal never shows it.
    static func decodedPassword(_ text: Substring) throws(ServerAddressError) -> String {
        guard let bytes = percentDecoded(text), let result = String(validating: bytes, as: UTF8.self) else {
            throw .badEscapeInPassword
        }
        return result
    }

    static func percentDecoded(_ text: Substring) -> [UInt8]? {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard input.count >= 2, let high = hexValue(input.removeFirst()), let low = hexValue(input.removeFirst()) else { return nil }
            let decoded = high << 4 | low
            guard decoded != 0 else { return nil }
            bytes.append(decoded)
        }
        return bytes
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `text` with every byte but letters, digits, `-._~` and those in `keeping` percent-encoded, so it reads back as itself.
    static func encoded(_ text: String, keeping: String = "") -> String {
        let kept = Set(("-._~" + keeping).utf8)
        var out = ""
        for byte in text.utf8 {
            let isPlain = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || kept.contains(byte)
            if isPlain {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return out
    }

    // MARK: - Passwords in text

    /// The byte ranges of every password written in server URLs within `bytes` (an argument, a message):
    /// the `password` of `user:password@` and the value of a `password=` parameter. Found the way
    /// `parse` finds them, so what the scrub hides is what the URL gave.
    public static func passwordRanges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let lowered = bytes.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 }
        var index = 0
        while index < bytes.count {
            guard let scheme = schemes.first(where: { lowered[index...].starts(with: $0.utf8) }) else {
                index += 1
                continue
            }
            let start = index + scheme.utf8.count
            // The URL runs to the next space or quote: it cannot hold one unencoded.
            var end = start
            while end < bytes.count, !" \t\n'\"".utf8.contains(bytes[end]) { end += 1 }
            if let stop = bytes[start..<end].firstIndex(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") }),
                bytes[stop] == UInt8(ascii: "@"), let colon = bytes[start..<stop].firstIndex(of: UInt8(ascii: ":")), colon + 1 < stop
            {
                ranges.append(colon + 1..<stop)
            }
            if let query = bytes[start..<end].firstIndex(of: UInt8(ascii: "?")) {
                var parameterStart = query + 1
                while parameterStart < end {
                    let parameterEnd = bytes[parameterStart..<end].firstIndex(of: UInt8(ascii: "&")) ?? end
                    let key = Array("password=".utf8)
                    if lowered[parameterStart..<parameterEnd].starts(with: key), parameterStart + key.count < parameterEnd {
                        ranges.append(parameterStart + key.count..<parameterEnd)
                    }
                    parameterStart = parameterEnd + 1
                }
            }
            index = end
        }
        return ranges
    }

    /// `text` with every password of a server URL in it replaced by `********`: the last guard before a message is printed.
    public static func hidingPasswords(in text: String) -> String {
        let bytes = Array(text.utf8)
        let ranges = passwordRanges(in: bytes)
        guard !ranges.isEmpty else { return text }
        var out: [UInt8] = []
        var position = 0
        for range in ranges {
            out += bytes[position..<range.lowerBound]
            out += Array(ServerPassword.shown.utf8)
            position = range.upperBound
        }
        out += bytes[position...]
        return String(decoding: out, as: UTF8.self)
    }
}
