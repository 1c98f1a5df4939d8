import Foundation
import Wording

/// Why a file could not be written, in one sentence naming the file; the file that was there is left as it was.
public struct FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, as far as the user can act on it.
    public enum Reason: Equatable, Sendable {
        /// The disk is full, the user is over quota, or the file would pass a file size limit (ENOSPC, EDQUOT, EFBIG).
        case diskFull
        /// The folder the file goes in does not exist.
        case folderMissing
        /// The user may not create files in the folder.
        case notPermitted
        /// The folder is on a file system mounted read-only.
        case readOnlyDisk
        /// The path names a folder.
        case isFolder
        /// The path names a device, a pipe or a socket, which is never replaced.
        case notRegularFile
        /// The path is empty or ends in `/`: it names no file.
        case noFileName
        /// The file's name is longer than its file system allows.
        case nameTooLong
        /// The file is in place, but its folder could not be synced, so the rename may not survive a power cut.
        case folderNotSynced(String)
        /// Anything else the system reported, in its own words.
        case other(String)
    }

    /// The file that was to be written, as the user named it.
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The reason for a failed system call's `errno`.
    public init(path: String, errno code: Int32) {
        self.path = path
        switch code {
        case ENOSPC, EDQUOT, EFBIG: reason = .diskFull
        case ENOENT, ENOTDIR: reason = .folderMissing
        case EACCES, EPERM: reason = .notPermitted
        case EROFS: reason = .readOnlyDisk
        case EISDIR: reason = .isFolder
        case ENAMETOOLONG: reason = .nameTooLong
        default: reason = .other(String(cString: strerror(code)))
        }
    }

    /// True when the path itself is the mistake (a folder, a device, a missing folder, a name too long): exit status 2.
    public var isBadPath: Bool {
        switch reason {
        case .folderMissing, .isFolder, .notRegularFile, .noFileName, .nameTooLong: true
        default: false
        }
    }

    var folder: String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// The sentence in the run's language (`Language.current`), as the command line prints it.
    public var description: String { text.string }

    /// The sentence as a typed text, to say in any language.
    public var text: ErrorText {
        switch reason {
        case .diskFull: .writeDiskFull(path: path)
        case .folderMissing: .writeFolderMissing(path: path, folder: folder)
        case .notPermitted: .writeNotPermitted(path: path, folder: folder)
        case .readOnlyDisk: .writeReadOnlyDisk(path: path)
        case .isFolder: .writeIsFolder(path: path)
        case .notRegularFile: .writeNotRegularFile(path: path)
        case .noFileName: .writeNoFileName(path: path)
        case .nameTooLong: .writeNameTooLong(path: path)
        case .folderNotSynced(let why): .writeFolderNotSynced(path: path, reason: why)
        case .other(let why): .writeFailed(path: path, reason: why)
        }
    }
}
