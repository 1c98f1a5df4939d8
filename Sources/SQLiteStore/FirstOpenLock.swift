import Foundation

/// An exclusive `flock` on the database's folder, held while a process opens the database (creates the file,
/// checks it, brings its schema up to date), so two Funnels started at the same moment on a new database take
/// turns: the second finds the file made and migrated instead of racing to create the same tables.
///
/// On the folder, never on the database file: closing another descriptor of the file would drop SQLite's own
/// POSIX locks on it. A folder that cannot be opened or locked (a file system without `flock`) takes no lock,
/// and the open goes on as before.
final class FirstOpenLock {
    private let descriptor: Int32

    /// Locks the folder holding `path`, waiting for another process's open to finish.
    init(databasePath path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}
