import FunnelStore
import Pipeline
import PostgresNIO

/// A statement put together from pieces, with its values bound as `$1`, `$2`… in the order they are added.
///
/// For SQL whose shape depends on the request (a deal query's conditions, a list of ids); fixed statements
/// use `PostgresQuery`'s interpolation directly.
struct ServerSQL {
    private(set) var sql: String
    private(set) var binds = PostgresBindings()

    init(_ sql: String = "") {
        self.sql = sql
    }

    /// Appends SQL text as it is.
    mutating func append(_ text: String) {
        sql += text
    }

    /// Binds a value and returns its placeholder (`$n`), to write into the SQL text.
    mutating func bind<Value: PostgresNonThrowingEncodable>(_ value: Value) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// Binds a value that may be NULL and returns its placeholder.
    mutating func bind<Value: PostgresNonThrowingEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}

extension DealQuery {
    /// The WHERE condition of this query, binding its values into `statement`; `table` prefixes the columns.
    func condition(binding statement: inout ServerSQL, table: String = "deal") -> String {
        var conditions: [String] = []
        if let pipelineID { conditions.append("\(table).pipeline_id = \(statement.bind(pipelineID))") }
        if let stageID { conditions.append("\(table).stage_id = \(statement.bind(stageID))") }
        if statuses == [.open] {
            // Written out, not bound: the partial indexes of open deals (the lanes', the filter's trigrams) are
            // used only when the planner sees the literal.
            conditions.append("\(table).status = 'open'")
        } else if !statuses.isEmpty && statuses.count < DealStatus.allCases.count {
            let list = statuses.map(\.rawValue).sorted()
            conditions.append("\(table).status = ANY(\(statement.bind(list)))")
        }
        if let text, !text.isEmpty {
            let pattern = "%" + Self.escapedForLike(text.lowercased()) + "%"
            let placeholder = statement.bind(pattern)
            // The same lower-cased text the filter's trigram index holds; Swift lower-cases the pattern, the
            // server the columns (both by Unicode rules in a UTF-8 database).
            conditions.append("\(Self.searchedText(table)) LIKE \(placeholder)")
        }
        if let owner { conditions.append("lower(\(table).owner) = lower(\(statement.bind(owner)))") }
        return conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")
    }

    /// The text the filter searches, exactly as the trigram index `deal_search` holds it.
    static func searchedText(_ table: String) -> String {
        "lower(coalesce(\(table).title, '') || chr(1) || coalesce(\(table).organization, '') || chr(1) || coalesce(\(table).person, '') || chr(1) || coalesce(\(table).owner, ''))"
    }

    /// `text` with LIKE's wildcards and escape character escaped (backslash, PostgreSQL's default escape).
    static func escapedForLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
