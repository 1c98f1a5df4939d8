import FunnelStore
import Wording

extension StoreLocation {
    /// Opens the pipeline on a PostgreSQL server: not in this build, which refuses in one sentence.
    ///
    /// The PostgreSQL engine replaces this file.
    static func openServer(_ address: ServerAddress, language: Language) throws -> any PipelineStore {
        throw StoreError.failed(ErrorText.serverNotReachableYet(address: address.description).string)
    }
}
