import Foundation

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

    public var description: String {
        switch reason {
        case .diskFull:
            "cannot write '\(path)': the disk is full (or over quota or a file size limit); a file already there is left as it was"
        case .folderMissing:
            "cannot write '\(path)': the folder '\(folder)' does not exist; create it or choose another path"
        case .notPermitted:
            "cannot write '\(path)': you may not create files in the folder '\(folder)'; a file already there is left as it was"
        case .readOnlyDisk:
            "cannot write '\(path)': its disk is mounted read-only; a file already there is left as it was"
        case .isFolder:
            "cannot write '\(path)': it is a folder; give the path of a file"
        case .notRegularFile:
            "cannot write '\(path)': it is a device, a pipe or a socket, not a file; give the path of a file"
        case .noFileName:
            "cannot write '\(path)': it names no file; give the path of a file"
        case .nameTooLong:
            "cannot write '\(path)': the name is too long for its disk; choose a shorter name"
        case .folderNotSynced(let why):
            "'\(path)' was written, but its folder could not be synced to disk (\(why)); check the disk before relying on the file"
        case .other(let why):
            "cannot write '\(path)': \(why); a file already there is left as it was"
        }
    }
}
