import Wording

/// Finding a pipeline among all of them, as every engine reads them (sales pipelines first, Revisit last).
extension Array where Element == Pipeline {
    /// The pipeline named `name` (case-insensitive, spaces around it ignored), if there is one.
    public func pipeline(named name: String) -> Pipeline? {
        first { $0.name.matchesIgnoringCase(name.trimmingWhitespace()) }
    }

    /// The pipeline named `name`, or without a name the first sales pipeline (else the first of all).
    ///
    /// Refuses an unknown name, listing the names there are, and an empty list.
    public func pipeline(chosen name: String?) throws(PipelineError) -> Pipeline {
        guard let name else {
            guard let chosen = first(where: { $0.kind == .sales }) ?? first else {
                throw .notFound(ErrorText.noPipelineAtAll.string)
            }
            return chosen
        }
        if let found = pipeline(named: name) { return found }
        let names = map(\.name).joined(separator: ", ")
        throw .notFound(ErrorText.noPipelineNamed(name: name, names: names).string)
    }

    /// The pipeline with id `id`; refuses an unknown id.
    public func pipeline(id: Int64) throws(PipelineError) -> Pipeline {
        guard let pipeline = first(where: { $0.id == id }) else {
            throw .notFound(ErrorText.noPipelineWithID(id: id).string)
        }
        return pipeline
    }
}
