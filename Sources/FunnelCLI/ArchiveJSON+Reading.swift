import Foundation
import Interop
import Pipeline

extension ArchiveJSON {
    // MARK: - Reading

    /// Reads an export with `ArchiveReader` (every value checked with the domain's rules), turning
    /// its first problem into one line that names the file and the value's JSON path.
    static func decode(_ data: Data, name: String) throws -> PipelineArchive {
        do {
            return try ArchiveReader.read(data)
        } catch {
            throw CommandFailure.usage(error.refusal(file: name).string)
        }
    }
}
