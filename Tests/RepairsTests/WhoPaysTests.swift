import DeskKit
import DeskTesting
import Repairs
import Testing

/// Who pays for a repair is a question, answered from the repairs FAQ; it opens no case.
@Suite("Repairs: who pays")
struct WhoPaysTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [Repairs()]) }

    @Test(arguments: ["泊林 5-2-302 杨师傅 防水层 谁出钱 他问 要不要物业出", "锁匠要物业联系还是自己找 婆婆问 要不要钱"])
    func whoPaysIsAnswered(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .answered)
        #expect(r.text.contains("材料费"))
        #expect(try desk.cases().isEmpty)
    }
}
