@testable import DeskKit
import DeskTesting
import Testing

/// Typed field keys and service codes: read without force-unwraps; a misspelt key stops start-up with a clear
/// message instead of failing inside a transaction.
@Suite("Typed fields")
struct TypedFieldTests {
    @Test func aMisspeltKeyStopsStartUpNamingIt() {
        #expect(throws: RegistryError.unknownFieldKey(module: "visits", key: "whom")) {
            try ModuleRegistry([VisitsModule(extraKeys: [FieldKey<String>.text("whom")])])
        }
        let error = RegistryError.unknownFieldKey(module: "visits", key: "whom")
        #expect(error.description == "模块 visits 声明的字段键「whom」不是它任何服务的字段（拼写错误？）")
    }

    @Test func aKeyOfTheWrongKindStopsStartUp() {
        #expect(throws: RegistryError.fieldKeyKind(module: "visits", key: "who", field: "text", reads: "phone")) {
            try ModuleRegistry([VisitsModule(extraKeys: [FieldKey<PhoneNumber>.phone("who")])])
        }
    }

    @Test func valuesAreReadTyped() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        #expect(desk.say("走访 周桂兰").text == "已登记走访 FW-0001：周桂兰，未评估，每 14 天一次")
        let service = VisitsModule().services[0]
        let request = ServiceRequest(service: service, fields: ["who": .text("王奶奶"), "level": .choice("high")], text: "",
                                     requester: Requester(), channel: .desk, time: desk.clock.now, operatorName: "测试员")
        #expect(request[VisitsModule.level] == .high)
        #expect(try request.value(VisitsModule.who) == "王奶奶")
        #expect(request.code == VisitsModule.visit)
    }

    @Test func prefillReadsTheModulesOwnTablesAndCannotWrite() throws {
        let desk = try TestDesk(modules: [VisitsModule()])
        _ = desk.say("走访 周桂兰")
        #expect(desk.say("走访 同上").text.hasPrefix("已登记走访 FW-0002：周桂兰"))
        let context = desk.desk.prefillContext(Message("x", channel: .desk, operatorName: "测试员", conversation: "desk:测试员"))
        #expect(throws: (any Error).self) { try context.read { db in try db.execute(sql: "DELETE FROM cases") } }
        #expect(try desk.cases().count == 2)
    }

    @Test func aKeyOfAnotherServiceIsAClearErrorNotACrash() {
        let service = VisitsModule().services[0]
        let request = ServiceRequest(service: service, fields: [:], text: "", requester: Requester(), channel: .desk,
                                     time: .now, operatorName: "测试员")
        #expect(throws: DeskError("unknown-field", "服务「走访登记」没有字段「amount」（模块代码有误，请联系管理员）")) {
            try request.value(FieldKey<Money>.money("amount"))
        }
        #expect(throws: DeskError("missing-field", "「走访登记」缺少「老人」，请补充后再试")) { try request.value(VisitsModule.who) }
    }
}
