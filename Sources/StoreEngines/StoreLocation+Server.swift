import Foundation
import FunnelStore
import PostgresStore
import Wording

extension StoreLocation {
    /// Opens the pipeline on a PostgreSQL server with the PostgreSQL engine: connects within 5 seconds or names
    /// the server it could not reach, then creates or upgrades the schema.
    static func openServer(_ address: ServerAddress, language: Language) throws -> PostgresPipelineStore {
        try PostgresPipelineStore.open(
            address, backupFolder: serverBackupFolder(address, environment: ProcessInfo.processInfo.environment), language: language)
    }

    /// Where backups of a server pipeline go on this machine: `backups/HOST-PORT-DATABASE/` in Funnel's data
    /// folder (`$XDG_DATA_HOME/funnel`, else `~/.local/share/funnel`).
    static func serverBackupFolder(_ address: ServerAddress, environment: [String: String]) -> String {
        let data = (defaultLocation(environment: environment).description as NSString).deletingLastPathComponent
        let name = "\(address.host)-\(address.port)-\(address.database)"
            .map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" }
        return "\(data)/backups/\(String(name))"
    }
}
