import Foundation

/// Which file a path names: its device and inode, so a file deleted or replaced underneath is noticed.
///
/// The inode alone is not enough: a file on another file system (a synced folder mounted in its
/// place, a copy put back from a USB drive) may have the same inode number.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The file at `path` now, following symbolic links; nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
