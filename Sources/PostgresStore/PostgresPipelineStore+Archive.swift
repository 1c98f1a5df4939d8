import Foundation
import FunnelStore
import Pipeline

// MARK: - Backups, export and restore

extension PostgresPipelineStore: PipelineStore {
    public func backup(to destination: String) throws {
        throw StoreError.failed("funnel backup does not work on a PostgreSQL server yet")
    }

    public func newBackup(label: String) throws -> String {
        throw StoreError.failed("funnel backup does not work on a PostgreSQL server yet")
    }

    public func isOwnFile(_ path: String) -> Bool { false }

    public func dailyBackup(today: CalendarDay) throws -> String? { nil }

    public func replaceContent(withBackup source: String) throws {
        throw StoreError.failed("funnel restore does not work on a PostgreSQL server yet")
    }

    public func archive(_ query: DealQuery) throws -> PipelineArchive {
        throw StoreError.failed("funnel export does not work on a PostgreSQL server yet")
    }

    public func restore(_ archive: PipelineArchive) throws {
        throw StoreError.failed("funnel restore does not work on a PostgreSQL server yet")
    }
}
