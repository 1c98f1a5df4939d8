import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The disk's floor under every saved move: one 4 KB page appended to a file and synced with
/// `fdatasync`, as SQLite syncs the write-ahead log at each commit with `synchronous = FULL`.
///
/// No target: it is measured beside the move figure so the table shows how much of a move is
/// the disk (docs/PERFORMANCE.md).
enum DiskSync {
    /// Milliseconds for each of `count` appends of one page, each followed by `fdatasync`.
    static func pageSyncTimes(folder: String, count: Int) throws -> [Double] {
        let path = folder + "/disk-sync.probe"
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw BenchError("cannot create \(path)") }
        defer {
            close(descriptor)
            unlink(path)
        }
        let page = [UInt8](repeating: 0xA5, count: 4_096)
        var times: [Double] = []
        times.reserveCapacity(count)
        for index in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            let written = page.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, 4_096, off_t(index * 4_096)) }
            guard written == 4_096, fdatasync(descriptor) == 0 else { throw BenchError("cannot write and sync \(path)") }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times
    }
}
