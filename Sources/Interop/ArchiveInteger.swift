/// A whole number in an archive: `3` (or `3.0`). A fraction or a number beyond 64 bits is refused
/// with its JSON path, which Foundation's `JSONDecoder` on Linux leaves out.
struct ArchiveInteger: Decodable, Sendable {
    var value: Int64

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            value = try container.decode(Int64.self)
        } catch {
            throw DecodingError.typeMismatch(
                Int64.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a whole number"))
        }
    }
}
