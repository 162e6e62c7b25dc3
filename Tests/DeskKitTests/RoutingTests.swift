import DeskKit
import DeskTesting
import Testing

@Suite("Routing lines to modules")
struct RoutingTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [FaultModule(), GardenModule()]) }

    @Test(arguments: ["故障 水印桃源3栋2单元 灯不亮", "故障水印桃源3栋2单元灯不亮", "fault 水印桃源3栋2单元 灯不亮", "FAULT 水印桃源3栋2单元 灯不亮"])
    func explicitCommandWithOrWithoutSpace(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .created)
        #expect(r.module == "faults")
        #expect(try desk.case(r.caseID!).fields["kind"] == .choice("light"))
    }

    @Test func fullWidthPunctuationAndDigitsAreNormalised() throws {
        let r = desk.say("故障　水印桃源３栋２单元，灯不亮")
        #expect(r.status == .created)
        #expect(try desk.case(r.caseID!).address == "水印桃源 3栋2单元")
    }

    @Test func freeTextWithAClearWinner() {
        let r = desk.say("水印桃源3栋2单元的灯不亮")
        #expect(r.module == "faults")
        #expect(r.status == .created)
    }

    /// Two modules that learned from the same examples: the router cannot choose, so it asks.
    @Test func nearTieAsksAndAcceptsNumber() throws {
        let twins = try TestDesk(modules: [TwinModule(id: "east", prefix: "DA"), TwinModule(id: "west", prefix: "XI")])
        let r = twins.say("大门的锁坏了")
        #expect(r.status == .ask)
        #expect(r.text.hasPrefix("您要办理的是：1. "))
        #expect(r.text.contains("east登记") && r.text.contains("west登记"))
        let chosen = twins.say("2")
        #expect(chosen.module == "west")
        #expect(chosen.status == .created)
    }

    @Test func nearTieAcceptsTheName() throws {
        let twins = try TestDesk(modules: [TwinModule(id: "east", prefix: "DA"), TwinModule(id: "west", prefix: "XI")])
        _ = twins.say("大门的锁坏了")
        #expect(twins.say("east登记").module == "east")
    }

    @Test(arguments: ["早上好", "收到", "👍", "收到👍👍", "[图片]", "谢谢大家！", "。。。", "加微信领优惠"])
    func chatterIsIgnored(_ line: String) throws {
        let before = try desk.snapshot()
        let r = desk.say(line)
        #expect(r.status == .ignored)
        #expect(try desk.snapshot() == before)
    }

    @Test func unknownTextNamesWhatTheDeskCanDo() {
        let r = desk.say("qwzx vbnm")
        #expect(r.status == .answered)
        #expect(r.text.contains("故障") && r.text.contains("帮助"))
    }

    @Test func unknownTextInAGroupIsIgnored() {
        #expect(desk.relay("今天天气真好", group: "水印桃源1群", sender: "王").status == .ignored)
    }

    @Test func emptyLineDoesNothing() {
        let r = desk.say("   ")
        #expect(r.status == .ignored && r.text.isEmpty)
    }

    @Test func overlongLineIsRefused() throws {
        let before = try desk.snapshot()
        let r = desk.say(String(repeating: "漏", count: 1_000_000))
        #expect(r.status == .error)
        #expect(r.error?.code == "line-too-long")
        #expect(try desk.snapshot() == before)
    }

    @Test func staffServicesAreNotReachableFromGroups() {
        #expect(desk.relay("收费 5元", group: "水印桃源1群", sender: "王").status == .ignored)
    }
}

@Suite("Registry start-up errors")
struct RegistryTests {
    struct Named: ServiceModule {
        var id: String
        var casePrefix: String
        var services: [Service]
        var name: LocalizedName { LocalizedName("测试", "Test") }
        var summary: String { "测试" }
        func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply { .answer("") }
    }

    static func service(_ code: String, verbs: [String] = []) -> Service {
        Service(code: ServiceCode(code), name: code, englishName: code, description: "", group: "", verbs: verbs)
    }

    @Test func duplicateModuleID() {
        #expect(throws: RegistryError.duplicateModule("a")) {
            try ModuleRegistry([Named(id: "a", casePrefix: "A", services: []), Named(id: "a", casePrefix: "B", services: [])])
        }
    }

    @Test func duplicateServiceCode() {
        #expect(throws: RegistryError.duplicateService("s", first: "a", second: "b")) {
            try ModuleRegistry([Named(id: "a", casePrefix: "A", services: [Self.service("s")]),
                                Named(id: "b", casePrefix: "B", services: [Self.service("s")])])
        }
    }

    @Test func duplicateVerbAndKernelCommand() {
        #expect(throws: RegistryError.duplicateVerb("办结", first: "内核命令 close", second: "a/s")) {
            try ModuleRegistry([Named(id: "a", casePrefix: "A", services: [Self.service("s", verbs: ["办结"])])])
        }
    }

    @Test func badIDsAndPrefixes() {
        #expect(throws: RegistryError.invalidID("Bad Id")) { try ModuleRegistry([Named(id: "Bad Id", casePrefix: "A", services: [])]) }
        #expect(throws: RegistryError.invalidPrefix(module: "a", prefix: "a1")) { try ModuleRegistry([Named(id: "a", casePrefix: "a1", services: [])]) }
        #expect(throws: RegistryError.duplicatePrefix("A", first: "a", second: "b")) {
            try ModuleRegistry([Named(id: "a", casePrefix: "A", services: []), Named(id: "b", casePrefix: "A", services: [])])
        }
    }

    @Test func anInvitationMustNameAResidentsServiceOfTheSameModule() {
        var question = Self.service("q")
        question.invites = "elsewhere"
        #expect(throws: RegistryError.invalidInvitation(module: "a", service: "q", invites: "elsewhere")) {
            try ModuleRegistry([Named(id: "a", casePrefix: "A", services: [question]),
                                Named(id: "b", casePrefix: "B", services: [Self.service("elsewhere")])])
        }
        var staffOnly = Self.service("staff")
        staffOnly.audience = .staff
        question.invites = "staff"
        #expect(throws: RegistryError.invalidInvitation(module: "a", service: "q", invites: "staff")) {
            try ModuleRegistry([Named(id: "a", casePrefix: "A", services: [question, staffOnly])])
        }
        question.invites = "request"
        #expect(throws: Never.self) { try ModuleRegistry([Named(id: "a", casePrefix: "A", services: [question, Self.service("request")])]) }
    }

    @Test func messagesNameBothSides() {
        #expect(RegistryError.duplicateService("s", first: "a", second: "b").description == "服务代码「s」同时被 a 和 b 使用")
    }
}
