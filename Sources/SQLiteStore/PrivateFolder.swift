import FunnelStore
import Foundation
import Wording

/// A folder only its owner may read (0700), made with its parents when missing, with a sentence for
/// every way that can fail: a file or a dangling link in its place, a folder that may not be written.
enum PrivateFolder {
    /// Makes `path` a folder (and its parents), or checks that it is one; `purpose` names it in a refusal
    /// ("the backups folder").
    static func make(_ path: String, purpose: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }  // a link to a folder
            throw StoreError.notWritable(
                "\(purpose) '\(path)' is not a folder (a file or a broken link has its name): move it away so Funnel can use the folder")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try make(parent, purpose: "the folder") }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            let reason = String(cString: strerror(errno)).lowercased()
            throw StoreError.notWritable(ErrorText.folderNotCreated(path: path, reason: reason).string)
        }
    }
}
