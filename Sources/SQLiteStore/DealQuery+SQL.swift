import GRDB
import FunnelStore
import Pipeline

extension DealQuery {
    /// The WHERE clause and its arguments.
    var whereClause: (sql: String, arguments: [any DatabaseValueConvertibleSendable]) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertibleSendable] = []
        if let pipelineID {
            conditions.append("pipeline_id = ?")
            arguments.append(pipelineID)
        }
        if let stageID {
            conditions.append("stage_id = ?")
            arguments.append(stageID)
        }
        if !statuses.isEmpty && statuses.count < DealStatus.allCases.count {
            let list = statuses.map(\.rawValue).sorted()
            conditions.append("status IN (\(list.map { _ in "?" }.joined(separator: ", ")))")
            arguments.append(contentsOf: list)
        }
        if let text, !text.isEmpty {
            conditions.append(DealQuery.textCondition)
            let pattern = "%" + DealQuery.escapeLike(text.lowercased()) + "%"
            arguments.append(contentsOf: [pattern, pattern, pattern, pattern])
        }
        if let owner {
            // Unicode lower case on both sides, as the report's owner filter and the board's "my deals".
            conditions.append("funnel_lower(coalesce(owner, '')) = ?")
            arguments.append(owner.lowercased())
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }

    /// Matches title, organization, person or owner, case-insensitively for every script.
    static let textCondition =
        "(funnel_lower(title) LIKE ? ESCAPE '\\' OR funnel_lower(coalesce(organization, '')) LIKE ? ESCAPE '\\' OR funnel_lower(coalesce(person, '')) LIKE ? ESCAPE '\\'"
            + " OR funnel_lower(coalesce(owner, '')) LIKE ? ESCAPE '\\')"

    static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}


/// A value SQLite can store that is also safe to send across threads.
typealias DatabaseValueConvertibleSendable = DatabaseValueConvertible & Sendable
