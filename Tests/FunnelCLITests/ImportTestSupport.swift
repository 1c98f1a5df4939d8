import Foundation
import FunnelTestSupport

extension FunnelProcess {
    /// A deal from `list --json` whose title is this.
    func deal(titled title: String) throws -> [String: Any]? {
        try deals().first { $0["title"] as? String == title }
    }

    /// `show --json` of a deal.
    func show(_ id: Int) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try succeed(["show", "--json", String(id)]).utf8)) as! [String: Any]
    }
}

/// The HubSpot sample's stages mapped onto Funnel's default ones.
let hubspotStageMap = [
    "--stage-map", "Appointment Scheduled=Prospecting", "--stage-map", "Qualified To Buy=Qualifying",
    "--stage-map", "Presentation Scheduled=Contact", "--stage-map", "Decision Maker Bought-In=Relationship",
    "--stage-map", "Contract Sent=Closing",
]

/// Deals without the fields that differ between two databases holding the same deals (ids, versions).
func comparable(_ deals: [[String: Any]], dropping keys: Set<String> = ["id", "version"]) -> [String] {
    deals.map { deal in
        let kept = deal.filter { !keys.contains($0.key) }
        let data = try! JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }.sorted()
}

extension TemporaryDirectory {
    /// Writes bytes to a file in the folder and returns its path.
    func write(_ name: String, _ data: Data) throws -> String {
        let path = path(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}
