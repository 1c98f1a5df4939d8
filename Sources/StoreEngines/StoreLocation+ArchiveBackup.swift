import Foundation
import FunnelFiles
import FunnelStore
import Interop
import Pipeline
import Wording

extension StoreLocation {
    /// Checks that `path` is a Funnel JSON archive this build can restore, without changing it: the
    /// backup of a pipeline kept on a server.
    ///
    /// A missing file, a folder, a named pipe (opening one waits forever) or an unfinished copy is
    /// refused before it is read; the archive is then read and checked whole, as `funnel import` reads one.
    static func checkArchiveFile(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw PipelineError.notFound(ErrorText.noBackupFile(path: path).string) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw StoreError.notAFile(path: path, .folder)
        case S_IFIFO: throw StoreError.notAFile(path: path, .namedPipe)
        case S_IFSOCK: throw StoreError.notAFile(path: path, .socket)
        case S_IFCHR: throw StoreError.notAFile(path: path, .characterDevice)
        default: throw StoreError.notAFile(path: path, .blockDevice)
        }
        guard !AtomicFile.isTemporaryFile(path) else {
            throw PipelineError.invalidValue(ErrorText.backupUnfinished(path: path).string)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.failed(CommandText.fileUnreadable(file: path).string)
        }
        do {
            _ = try ArchiveReader.read(data)
        } catch {
            throw PipelineError.invalidValue(error.refusal(file: path).string)
        }
    }
}
