import DeskKit
import Foundation

/// 微关爱: the community's care for elderly people living alone (the brief, 五微 no. 5). A care register that links
/// people of the kernel's resident register (no second copy of names and phones), a risk level that sets how
/// often each is visited, visits recorded with what was found (internal) and a case for the grid worker when
/// someone must follow up, lists of visits due and overdue, and urgent welfare checks opened from a neighbour's
/// word (`7栋的王奶奶好几天没见人了，电话也不接`).
public struct CareVisits: ServiceModule {
    static let moduleID = "care-visits"

    public let id = CareVisits.moduleID
    public let name = LocalizedName("微关爱", "Care visits")
    public let summary = "独居老人关爱名册、定期探访、探访名单、联系不上时紧急上门查看"
    public let casePrefix = "GA"

    public init() {}

    public var services: [Service] {
        let group = name.chinese
        let person = Field("person", name: "关爱对象", kind: .text, question: "请问是哪位？写姓名或居民编号（R12）")
        return [
            Service(code: "welfare-check", name: "安全探视", englishName: "Welfare check",
                    description: "独居老人多日没露面、电话不接、敲门没人应：网格员马上上门查看", group: group,
                    verbs: ["安全探视", "探视"], aliases: ["welfare"],
                    routing: [RoutingWord("没见人", weight: 2), RoutingWord("没看到", weight: 1), RoutingWord("电话也不接", weight: 1.5),
                              RoutingWord("敲门没人应", weight: 2), RoutingWord("联系不上", weight: 1.5), RoutingWord("独居老人", weight: 1.5)],
                    fields: [Field("who", name: "老人", kind: .text, required: false, question: "是哪位老人？例如 王奶奶"),
                             Field("place", name: "住址", kind: .address(), required: false, question: "老人住在哪里？例如 水印桃源7栋")],
                    opensCaseWhenIncomplete: true,
                    usageExamples: ["7栋的王奶奶好几天没见人了，电话也不接", "探视 水印桃源7栋 王奶奶"]),
            Service(code: "care-info", name: "关爱咨询", englishName: "Care visits question",
                    description: "微关爱：谁可以申请定期探访、怎么申请、多久来一次", group: group,
                    verbs: ["关爱咨询"], aliases: ["care-help"],
                    routing: [RoutingWord("微关爱", weight: 3), RoutingWord("定期探访", weight: 2.5), RoutingWord("上门看看", weight: 1.5),
                              RoutingWord("关爱", weight: 1), RoutingWord("探访", weight: 1), RoutingWord("一个人住", weight: 1)],
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    usageExamples: ["我妈一个人住 社区能不能定期上门看看", "关爱咨询 多久来一次"]),
            Service(code: "care-add", name: "关爱登记", englishName: "Add to the care register",
                    description: "把独居老人加入关爱名册（连到居民名册，不另存姓名电话）：" + CareRegister.addUsage, group: group,
                    verbs: ["关爱登记"], aliases: ["care-add"],
                    fields: [Field("person", name: "关爱对象", kind: .text, question: CareRegister.addUsage),
                             Field("risk", name: "风险等级", kind: .choice(RiskLevel.choices), question: "风险等级？"),
                             Field("phone", name: "电话", kind: .phone, required: false, question: "电话？"),
                             Field("address", name: "住址", kind: .address(home: true), required: false, question: "住址？例如 水印桃源7栋1单元301")],
                    audience: .staff,
                    usageExamples: ["关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高", "关爱登记 R12 中"]),
            Service(code: "care-show", name: "关爱查询", englishName: "Look up a care record",
                    description: "查看一位关爱对象：住址、电话（打码）、风险、探访记录、下次探访", group: group,
                    verbs: ["关爱查询"], aliases: ["care", "关爱"], fields: [person], audience: .staff,
                    usageExamples: ["关爱 王秀英", "关爱 R12"]),
            Service.staffCommand(code: "care-edit", name: "关爱修改", englishName: "Change a risk level", group: group,
                                 verbs: ["关爱修改"], alias: "care-edit", usage: CareRegister.editUsage, argumentRequired: true,
                                 usageExamples: ["关爱修改 王秀英 中", "关爱修改 R12 高风险"]),
            Service(code: "care-remove", name: "关爱移除", englishName: "Take off the care register",
                    description: "移出关爱名册（去世、迁出、入住养老院…），记录保留：" + CareRegister.removeUsage, group: group,
                    verbs: ["关爱移除"], aliases: ["care-remove"],
                    fields: [person, Field("reason", name: "原因", kind: .choice(Self.leaveReasons), question: "移出的原因？")],
                    audience: .staff, usageExamples: ["关爱移除 王秀英 入住养老院"]),
            Service(code: "visit-record", name: "探访登记", englishName: "Record a visit",
                    description: "记录一次探访：" + VisitLog.usage, group: group,
                    verbs: ["探访登记", "探访记录"], aliases: ["visit", "探访"],
                    fields: [Field("text", name: "内容", kind: .text, question: VisitLog.usage)], audience: .staff,
                    usageExamples: ["探访 王秀英 精神不错", "探访 R12 11月27日 探访人 王网格 冰箱空了 需跟进"]),
            Service(code: "visits-due", name: "探访名单", englishName: "Visits due", description: DueList.usage, group: group,
                    verbs: ["探访名单"], aliases: ["visits-due"],
                    fields: [Field("filter", name: "条件", kind: .text, required: false, question: DueList.usage)], audience: .staff,
                    usageExamples: ["探访名单", "探访名单 超期", "探访名单 水印桃源"]),
        ]
    }

    static let leaveReasons = [
        Choice("去世", "去世", aliases: ["过世", "走了"]), Choice("迁出", "迁出", aliases: ["搬走", "搬家"]),
        Choice("入住养老院", "入住养老院", aliases: ["养老院", "住养老院"]), Choice("家人同住", "家人同住", aliases: ["子女接走", "和子女住"]),
        Choice("不再需要", "本人不再需要", aliases: ["不需要", "不要了"]),
    ]

    public var migrations: [ModuleMigration] { CareSchema.migrations }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        try seeds.decode(FAQ.self, from: "care-visits/faq.yaml").save(in: "careFAQ", db: db)
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        switch service.code {
        case "welfare-check":
            if let who = WelfareChecks.who(in: text) { fields["who"] = .text(who) }
        case "care-info":
            if !text.isEmpty { fields["question"] = .text(text) }
        case "care-add":
            if !text.isEmpty { fields["person"] = .text(text) }
            let words = text.split(separator: " ").map(String.init)
            if let risk = words.lazy.compactMap({ RiskLevel(word: $0) }).first { fields["risk"] = .choice(risk.rawValue) }
        case "care-show":
            if !text.isEmpty { fields["person"] = .text(text) }
        case "care-remove":
            let words = text.split(separator: " ").map(String.init)
            if let first = words.first { fields["person"] = .text(first) }
            if let reason = Self.leaveReasons.first(where: { c in ([c.name] + c.aliases).contains { text.contains($0) } }) {
                fields["reason"] = .choice(reason.key)
            }
        case "visit-record", "care-edit":
            if !text.isEmpty { fields["text"] = .text(text) }
        case "visits-due":
            if !text.isEmpty { fields["filter"] = .text(text) }
        default:
            break
        }
        return fields
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let register = CareRegister(context: context, intervals: .defaults)
        switch request.service.code {
        case "welfare-check": return try WelfareChecks(context: context, register: register).handle(request)
        case "care-info":
            let faq = try FAQ.load(from: "careFAQ", db: context.db)
            return .answer(faq.reply(to: request["question"]?.text ?? ""), module: id)
        case "care-add": return try register.add(request)
        case "care-show": return try register.show(request["person"]?.text ?? "")
        case "care-edit": return try register.edit(request["text"]?.text ?? "")
        case "care-remove":
            let reason = request["reason"]?.choice.flatMap { key in Self.leaveReasons.first { $0.key == key }?.name } ?? "未写原因"
            return try register.remove(request["person"]?.text ?? "", reason: reason)
        case "visit-record": return try VisitLog(context: context, register: register).record(request)
        case "visits-due": return try DueList(context: context, register: register).list(request["filter"]?.text ?? "")
        default: throw DeskError("unknown-service", "微关爱没有服务「\(request.service.code)」")
        }
    }
}
