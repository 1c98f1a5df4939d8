import GRDBSQLite

/// UTF-8 text that SQLite reads in place when bound (`SQLITE_STATIC`), kept alive by a `StaticTexts`.
struct StaticText {
    let bytes: UnsafePointer<CChar>
    let count: Int32
}

/// The repeated texts of a bulk load (stage names, kinds, a demo's names), copied once into memory
/// that outlives the load's statements, so binding one costs SQLite no copy.
///
/// A bound `SQLITE_STATIC` text must stay valid until the statement is finalized or bound again:
/// keep this object alive past every statement that binds its texts (`withExtendedLifetime`).
final class StaticTexts {
    private var buffers: [UnsafeMutablePointer<CChar>] = []
    private var interned: [String: StaticText] = [:]

    init() {}

    deinit {
        for buffer in buffers { buffer.deallocate() }
    }

    /// A copy of `text` that lives as long as this object.
    func text(_ text: String) -> StaticText {
        var text = text
        return text.withUTF8 { utf8 in
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Swift.max(utf8.count, 1))
            utf8.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { buffer.initialize(from: base, count: chars.count) }
            }
            buffers.append(buffer)
            return StaticText(bytes: UnsafePointer(buffer), count: Int32(utf8.count))
        }
    }

    /// The one copy of `text` (made on first use), for texts that repeat without being known in advance.
    func interned(_ text: String) -> StaticText {
        if let known = interned[text] { return known }
        let copy = self.text(text)
        interned[text] = copy
        return copy
    }
}
