import DeskKit
import DeskTesting
import Testing

/// Modules are told of changes to their own cases, in the same transaction, whoever makes them; community
/// events reach the modules that observe them and are kept for audit.
@Suite("Case events and community events")
struct CaseEventTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [VisitsModule(), MourningModule(), FaultModule()]) }

    func log() throws -> [String] { try desk.read { try String.fetchAll($0, sql: "SELECT entry FROM visitsLog ORDER BY id") } }

    @Test func aKernelCommandOnTheModulesCaseIsToldToTheModule() throws {
        #expect(desk.say("走访 周桂兰").caseID == "FW-0001")
        #expect(desk.say("派单 FW-0001 网格员小李").status == .updated)
        #expect(desk.say("办结 FW-0001 已见到本人，身体好").status == .updated)
        #expect(desk.say("回访 FW-0001 5").status == .updated)
        #expect(try log() == ["opened FW-0001 测试员", "dispatched FW-0001 测试员", "closed FW-0001 测试员", "rated FW-0001 测试员"])
    }

    @Test func aRefusalRollsTheChangeBackWithTheModulesReason() throws {
        _ = desk.say("走访 周桂兰")
        let before = try desk.snapshot()
        let r = desk.say("办结 FW-0001 没见到人")
        #expect(r.status == .error)
        #expect(r.text == "没见到老人，不能办结走访：请改约后再办结")
        #expect(try desk.case("FW-0001").status == .accepted)
        #expect(try desk.snapshot() == before)
    }

    @Test func otherModulesCasesAreNotTold() throws {
        _ = desk.say("故障 水印桃源3栋 灯")
        _ = desk.say("办结 GZ-0001 换了灯泡")
        #expect(try log().isEmpty)
    }

    @Test func aCommunityEventReachesItsObserverAndIsAudited() throws {
        #expect(desk.say("走访 已故周桂兰").status == .created)
        #expect(try desk.read { try String.fetchAll($0, sql: "SELECT name FROM mourningLog") } == ["周桂兰"])
        let audit = try desk.read { try Row.fetchOne($0, sql: "SELECT name, publisher, receivers, summary, operatorName FROM domainEvents") }
        #expect(audit?["name"] == "resident-died")
        #expect(audit?["publisher"] == "visits")
        #expect(audit?["receivers"] == "mourning")
        #expect(audit?["operatorName"] == "测试员")
        #expect((audit?["summary"] as String?)?.hasPrefix("居民去世：") == true)
    }

    @Test func anObserversRefusalRollsBackThePublishingLine() throws {
        let before = try desk.snapshot()
        let r = desk.say("走访 已故无名")
        #expect(r.status == .error)
        #expect(r.text == "去世居民没有姓名，不能登记")
        #expect(try desk.cases().isEmpty)
        #expect(try desk.snapshot() == before)
    }
}
