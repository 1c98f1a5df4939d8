import GRDB

/// The texts bound to one run of a `BulkInsert`, copied into blocks of memory that SQLite reads
/// in place (`SQLITE_STATIC`), and the statement itself.
///
/// SQLite may read a text bound this way until the statement is finalized or the parameter bound
/// again: the statement is finalized before the blocks are freed (`deinit`), and `removeAll()`
/// is called only after a run, before which every parameter is bound again. Blocks are kept and
/// reused, and never move: a full block is followed by a new one.
final class BoundTexts {
    /// Set to nil first in `deinit`, which finalizes it while the texts are still there.
    private(set) var statement: Statement?
    private var blocks: [UnsafeMutableRawBufferPointer] = []
    /// The block being filled and the bytes used in it.
    private var block = 0
    private var used = 0

    /// Bytes per block: a multi-row INSERT of deals binds a few KB.
    static let blockSize = 64 * 1024

    init(statement: Statement) {
        self.statement = statement
    }

    deinit {
        statement = nil
        for block in blocks { block.deallocate() }
    }

    /// A copy of `text` that stays until `removeAll()`.
    func copy(_ text: String) -> StaticText {
        var text = text
        return text.withUTF8 { utf8 in
            let bytes = room(for: utf8.count)
            if let base = utf8.baseAddress { bytes.copyMemory(from: base, byteCount: utf8.count) }
            return StaticText(bytes: UnsafePointer(bytes.assumingMemoryBound(to: CChar.self)), count: Int32(utf8.count))
        }
    }

    /// Forgets the texts copied so far; their memory is used again.
    func removeAll() {
        block = 0
        used = 0
    }

    /// `count` bytes that stay in place until `removeAll()`.
    private func room(for count: Int) -> UnsafeMutableRawPointer {
        while block < blocks.count {
            if used + count <= blocks[block].count {
                defer { used += count }
                return blocks[block].baseAddress! + used
            }
            block += 1
            used = 0
        }
        blocks.append(.allocate(byteCount: Swift.max(count, Self.blockSize), alignment: 1))
        used = count
        return blocks[block].baseAddress!
    }
}
