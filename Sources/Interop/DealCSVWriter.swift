import CSV
import Foundation
import Pipeline

/// Writes deals as CSV in Funnel's own column names (`DealField.exportColumns`), which
/// `funnel import` reads back without flags.
public enum DealCSVWriter {
    /// The whole file: a header row, then one row per deal; CRLF line ends as RFC 4180 asks.
    public static func text(deals: [Deal], pipelines: [Pipeline]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, codecType: UTF8.self, delimiter: ",", newline: .crlf)
        let byID = Dictionary(uniqueKeysWithValues: pipelines.map { ($0.id, $0) })
        try writer.write(row: DealField.exportColumns.map(\.rawValue))
        for deal in deals {
            try writer.write(row: row(deal, pipeline: byID[deal.pipelineID]))
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// One deal's cells, in `DealField.exportColumns` order.
    public static func row(_ deal: Deal, pipeline: Pipeline?) -> [String] {
        DealField.exportColumns.map { field in
            switch field {
            case .id: String(deal.id)
            case .title: deal.title
            case .pipeline: pipeline?.name ?? ""
            case .stage: pipeline?.stage(id: deal.stageID)?.name ?? ""
            case .status: deal.status.rawValue
            case .value: deal.value.decimalString
            case .currency: deal.value.currency.code
            case .organization: deal.organization ?? ""
            case .person: deal.person.name ?? ""
            case .jobTitle: deal.person.jobTitle ?? ""
            case .email: deal.person.email ?? ""
            case .phone: deal.person.phone ?? ""
            case .source: deal.source?.name ?? ""
            case .owner: deal.owner ?? ""
            case .temperature: deal.temperature.rawValue
            case .temperatureSetByHand: deal.temperatureSetByHand ? "true" : "false"
            case .budget: deal.qualification.budget.rawValue
            case .authority: deal.qualification.authority.rawValue
            case .need: deal.qualification.need.rawValue
            case .timing: deal.qualification.timing.rawValue
            case .priority: String(deal.priority)
            case .probability: deal.probabilityOverride.map(String.init) ?? ""
            case .expectedClose: deal.expectedClose?.description ?? ""
            case .notes: deal.notes ?? ""
            case .createdAt: Timestamp.string(deal.createdAt)
            case .stageEnteredAt: Timestamp.string(deal.stageEnteredAt)
            case .updatedAt: Timestamp.string(deal.updatedAt)
            case .closedAt: deal.closedAt.map(Timestamp.string) ?? ""
            case .lostReason: deal.lostReason ?? ""
            case .label: ""
            }
        }
    }
}
