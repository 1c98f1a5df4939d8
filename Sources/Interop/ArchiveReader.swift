import Foundation
import Wording
import Pipeline

/// Reads Funnel's JSON export back into a `PipelineArchive`, checking every value with the rules the
/// CLI and deal files are checked by, and what the database needs on top (known ids, one of each).
/// Pure: bytes in, an archive or the first problem with its JSON path out.
///
/// A restore is exact: every text Funnel writes is already in the form its rule gives, so the rule's
/// result is what is restored. A NUL is refused in every text, since it cannot be stored whole.
public enum ArchiveReader {
    /// The version of the format Funnel writes and reads.
    public static var formatVersion: Int64 { ArchiveDocument.formatVersion }
    /// The settings a file may carry, as `funnel settings` stores them.
    static let settingKeys = ["park_after_days"]

    /// The archive in `data`, every value checked.
    public static func read(_ data: Data) throws(ArchiveProblem) -> PipelineArchive {
        let document: ArchiveDocument
        do {
            document = try JSONDecoder().decode(ArchiveDocument.self, from: data)
        } catch let problem as ArchiveProblem {
            throw problem
        } catch let error as DecodingError {
            throw problem(error, in: data)
        } catch {
            throw .notJSON(detail: syntaxProblem(in: data) ?? "\(error)")
        }
        return try ArchiveChecks().archive(document)
    }

    // MARK: - Decoding errors

    /// A decoding error as a problem with the path of the value it is about.
    static func problem(_ error: DecodingError, in data: Data) -> ArchiveProblem {
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return .badValue(path: path(context.codingPath), reason: expected(type).string)
        case .keyNotFound(let key, let context):
            return .badValue(path: path(context.codingPath + [key]), reason: ErrorText.archiveMissing.string)
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let detail = syntaxProblem(in: data) { return .notJSON(detail: detail) }
            return .badValue(path: path(context.codingPath), reason: ErrorText.archiveIsWrong(reason: context.debugDescription).string)
        @unknown default:
            return .notJSON(detail: "\(error)")
        }
    }

    /// `deals[3].qualification.budget`.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return out.isEmpty ? "the file" : out
    }

    /// What a value of a type is called in a refusal.
    static func expected(_ type: Any.Type) -> ErrorText {
        switch type {
        case is String.Type: .archiveMustBeText
        case is Int64.Type, is ArchiveInteger.Type: .archiveMustBeWholeNumber
        case is Bool.Type: .archiveMustBeBool
        case is Double.Type: .archiveMustBeNumber
        default: String(describing: type).hasPrefix("Array") ? .archiveMustBeList : .archiveMustBeObject
        }
    }

    /// Where and why JSON fails to parse: `line 3: invalid value around character 41`; nil when it parses.
    static func syntaxProblem(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
            var why = detail.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            why = why.prefix(1).lowercased() + why.dropFirst()
            let digits = detail.split(whereSeparator: { !$0.isNumber }).last.flatMap { Int($0) }
            guard detail.contains("character"), let offset = digits, offset <= data.count else { return why }
            let line = 1 + data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return "line \(line): \(why)"
        }
    }
}
