import Foundation
import FunnelTestSupport
import Testing

/// Issue 15 item 2: `1.200` is 1200 in one convention and 1.20 in the other, so without `decimal_separator`
/// it is refused with a sentence, and a currency in a value column's header is that column's currency.
@Suite("Amounts people type and files hold: decimal marks and header currencies, end to end")
struct AmountConventionEndToEndTests {
    let folder = TemporaryDirectory()
    func funnel(on engine: CLIEngine) throws -> FunnelProcess {
        try FunnelProcess(engine, in: folder, environment: ["TZ": "UTC", "XDG_CONFIG_HOME": folder.path("config")])
    }

    func value(of id: String, on funnel: FunnelProcess) throws -> (value: String?, currency: String?) {
        let deal = try funnel.deals().first { $0["id"] as? Int == Int(id.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (deal?["value"] as? String, deal?["currency"] as? String)
    }

    @Test("add and edit refuse 1.200 without decimal_separator and write nothing; with it, the other mark groups", arguments: CLIEngine.all)
    func addAndEdit(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let refused = try funnel.run(["add", "Ambiguous", "--value", "1.200", "--currency", "EUR"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("'1.200'") && refused.stderr.contains("write 1200 or 1.20"), "\(refused.stderr)")
        #expect(try funnel.deals().isEmpty)

        let comma = try folder.write("comma.toml", Data("decimal_separator = \",\"\n".utf8))
        let point = try folder.write("point.toml", Data("decimal_separator = \".\"\n".utf8))
        let european = try funnel.run(["add", "Euro", "--value", "1.200", "--currency", "EUR"], extraEnvironment: ["FUNNEL_CONFIG": comma])
        #expect(european.status == 0, "\(european.stderr)")
        #expect(try value(of: european.stdout, on: funnel) == ("1200.00", "EUR"))
        let american = try funnel.run(["add", "Dollar", "--value", "80,000"], extraEnvironment: ["FUNNEL_CONFIG": point])
        #expect(american.status == 0, "\(american.stderr)")
        #expect(try value(of: american.stdout, on: funnel) == ("80000.00", "USD"))

        let id = european.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let edit = try funnel.run(["edit", id, "--value", "2.500,50"], extraEnvironment: ["FUNNEL_CONFIG": comma])
        #expect(edit.status == 0, "\(edit.stderr)")
        #expect(try value(of: id, on: funnel) == ("2500.50", "EUR"))
        #expect(try funnel.run(["edit", id, "--value", "3,500"]).status == 2)
        #expect(try value(of: id, on: funnel) == ("2500.50", "EUR"))
    }

    @Test("An import maps value=\"Amount (EUR)\": the header's code is the currency; 1.200 is refused, or read by the config", arguments: CLIEngine.all)
    func importWithHeaderCurrency(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let file = try folder.write("deals.csv", Data("Name,Amount (EUR)\nBerlin fleet,\"1,200,000\"\nLyon pilot,950\n".utf8))
        let imported = try funnel.run(["import", file, "--map", "title=Name", "--map", "value=Amount (EUR)"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let deals = try funnel.deals().sorted { ($0["id"] as? Int ?? 0) < ($1["id"] as? Int ?? 0) }
        #expect(deals.map { $0["currency"] as? String } == ["EUR", "EUR"])
        #expect(deals.map { $0["value"] as? String } == ["1200000.00", "950.00"])

        let ambiguous = try folder.write("ambiguous.csv", Data("Name,Amount (EUR)\nParis renewal,1.200\n".utf8))
        let refused = try funnel.run(["import", ambiguous, "--map", "title=Name", "--map", "value=Amount (EUR)"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("line 2, column \"Amount (EUR)\": invalid amount '1.200'"), "\(refused.stderr)")
        #expect(refused.stderr.contains("write 1200 or 1.20"), "\(refused.stderr)")
        #expect(try funnel.deals().count == 2)

        let comma = try folder.write("comma.toml", Data("decimal_separator = \",\"\n".utf8))
        let read = try funnel.run(
            ["import", ambiguous, "--map", "title=Name", "--map", "value=Amount (EUR)"], extraEnvironment: ["FUNNEL_CONFIG": comma])
        #expect(read.status == 0, "\(read.stderr)")
        let paris = try #require(try funnel.deals().first { $0["title"] as? String == "Paris renewal" })
        #expect(paris["value"] as? String == "1200.00" && paris["currency"] as? String == "EUR")
    }

    @Test("A currency column, when mapped, wins over the header's code", arguments: CLIEngine.all)
    func currencyColumnWins(engine: CLIEngine) throws {
        let funnel = try funnel(on: engine)
        let file = try folder.write("deals.csv", Data("Name,Amount (EUR),Currency\nTokyo kiosk,5000,JPY\n".utf8))
        let imported = try funnel.run(["import", file, "--map", "title=Name", "--map", "value=Amount (EUR)", "--map", "currency=Currency"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try funnel.deals().first?["currency"] as? String == "JPY")
    }
}
