import Wording

extension ArchiveProblem {
    /// The refusal naming the archive `file`, as `funnel import` and `funnel restore` say it.
    public func refusal(file: String) -> ErrorText {
        switch self {
        case .notJSON(let detail): .archiveNotJSON(file: file, detail: detail)
        case .notAnObject: .archiveNotAnObject(file: file)
        case .noVersion: .archiveNoVersion(file: file)
        case .newerFormat(let version): .archiveNewerFormat(file: file, version: version, readable: ArchiveReader.formatVersion)
        case .unknownSection(let section): .archiveUnknownSection(file: file, section: section)
        case .badValue(let path, let reason): .archiveBadValue(file: file, path: path, reason: reason)
        }
    }
}
