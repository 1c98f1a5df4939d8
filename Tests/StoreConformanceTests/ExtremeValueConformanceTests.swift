import Foundation
import FunnelStore
import FunnelTestSupport
import Pipeline
import Testing

/// Values are bounded where deals are written (issue 14 item 8), on every engine.
@Suite("Store contract: extreme values")
struct ExtremeValueConformanceTests {
    @Test(arguments: StoreEngineUnderTest.all) func theStoreRefusesValuesOverTheMaximum(engine: StoreEngineUnderTest) throws {
        let fresh = try FreshEngineStore(engine)
        #expect(throws: PipelineError.self) { try fresh.addDeal("Too big", value: Money.maximumMinorUnits + 1) }
        let deal = try fresh.addDeal("Largest", value: Money.maximumMinorUnits)
        #expect(throws: PipelineError.self) {
            try fresh.store.editDeal(id: deal.id, now: fresh.now) { $0.value.minorUnits = Money.maximumMinorUnits + 1 }
        }
        #expect(try fresh.store.deal(id: deal.id).value.minorUnits == Money.maximumMinorUnits)
    }

}
