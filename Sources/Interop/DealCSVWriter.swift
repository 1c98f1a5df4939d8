import Foundation
import Pipeline

/// Writes deals as CSV in Funnel's own column names (`DealField.exportColumns`), which
/// `funnel import` reads back without flags.
public enum DealCSVWriter {
    /// The whole file: a header row, then one row per deal; CRLF line ends as RFC 4180 asks.
    ///
    /// Written by hand rather than with CSV.swift's writer, which makes one stream write per
    /// character: fields are quoted when they hold a comma, a quote, a line break or edge spaces.
    public static func text(deals: [Deal], pipelines: [Pipeline]) -> String {
        let byID = Dictionary(uniqueKeysWithValues: pipelines.map { ($0.id, $0) })
        var out = ""
        out.reserveCapacity(deals.count * 300)
        appendRow(DealField.exportColumns.map(\.rawValue), to: &out)
        for deal in deals { appendRow(row(deal, pipeline: byID[deal.pipelineID]), to: &out) }
        return out
    }

    static func appendRow(_ fields: [String], to out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            out += quoted(field)
        }
        out += "\r\n"
    }

    /// A field as RFC 4180 writes it.
    public static func quoted(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
