import Foundation

/// A script of several SQL statements, split into single statements: the server's extended protocol, which
/// postgres-nio speaks, runs one statement at a time.
///
/// Splits at `;` outside single-quoted strings, double-quoted names, dollar-quoted bodies (`$$ … $$`, a
/// function's body) and `--` comments. Only for Funnel's own migration scripts.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        var statements: [String] = []
        var current = ""
        let characters = Array(script)
        var index = 0
        var dollarTag: String?
        while index < characters.count {
            let character = characters[index]
            if let tag = dollarTag {
                if script.hasPrefix(tag, at: index, in: characters) {
                    current += tag
                    index += tag.count
                    dollarTag = nil
                } else {
                    current.append(character)
                    index += 1
                }
                continue
            }
            switch character {
            case "'", "\"":
                current.append(character)
                index += 1
                while index < characters.count {
                    current.append(characters[index])
                    index += 1
                    if characters[index - 1] == character { break }
                }
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                while index < characters.count && characters[index] != "\n" { index += 1 }
            case "$":
                var end = index + 1
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                if end < characters.count && characters[end] == "$" {
                    let tag = String(characters[index...end])
                    current += tag
                    index = end + 1
                    dollarTag = tag
                } else {
                    current.append(character)
                    index += 1
                }
            case ";":
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { statements.append(statement) }
                current = ""
                index += 1
            default:
                current.append(character)
                index += 1
            }
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { statements.append(last) }
        return statements
    }
}

private extension String {
    /// True when `prefix` starts at `index` of `characters` (this string's characters).
    func hasPrefix(_ prefix: String, at index: Int, in characters: [Character]) -> Bool {
        let tag = Array(prefix)
        guard index + tag.count <= characters.count else { return false }
        return Array(characters[index..<(index + tag.count)]) == tag
    }
}
