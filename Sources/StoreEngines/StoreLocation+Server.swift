import FunnelStore
import PostgresStore
import Wording

extension StoreLocation {
    /// Opens the pipeline on a PostgreSQL server with the PostgreSQL engine: connects within 5 seconds or names
    /// the server it could not reach, then creates or upgrades the schema.
    static func openServer(_ address: ServerAddress, language: Language) throws -> any PipelineStore {
        try PostgresPipelineStore.open(address, language: language)
    }
}
