import DeskKit
import Foundation

/// 社保咨询: when can I retire (the 2024 reform, exactly), have I paid long enough, how do I get things done —
/// a knowledge base for questions, and proxy services (帮办代办) with document checklists.
public struct SocialSecurity: ServiceModule {
    public let id = "social-security"
    public let name = LocalizedName("社保咨询", "Social security")
    public let summary = "退休年龄计算、缴费年限核对、社保问答、帮办代办"
    public let casePrefix = "SB"

    public init() {}

    static let categories = [
        Choice(WorkerCategory.male.rawValue, "男职工", aliases: ["男", "男的", "男性"]),
        Choice(WorkerCategory.female55.rawValue, "原55岁退休的女职工（干部）", aliases: ["干部", "女干部", "管理岗", "原55"]),
        Choice(WorkerCategory.female50.rawValue, "原50岁退休的女职工（工人）", aliases: ["工人", "女工人", "女工", "原50"]),
    ]

    public var services: [Service] {
        [
            Service(code: "retirement", name: "退休年龄计算", englishName: "Retirement age",
                    description: "按2024年渐进式延迟退休办法算法定退休年龄、退休时间、弹性退休区间、最低缴费年限，核对缴费够不够",
                    group: name.chinese, verbs: ["退休计算", "退休"], aliases: ["retire"],
                    routing: [RoutingWord("退休", weight: 1.5), RoutingWord("延迟退休", weight: 2), RoutingWord("退休年龄", weight: 2),
                              RoutingWord("能退休", weight: 2), RoutingWord("缴费年限", weight: 1.5), RoutingWord("交够", weight: 1), RoutingWord("缴满", weight: 1)],
                    fields: [
                        Field("id", name: "身份证号", kind: .idNumber, required: false, question: "身份证号？"),
                        Field("birth", name: "出生年月", kind: .yearMonth, required: false, question: "请问是哪年哪月出生的？例如 1968年3月，或报身份证号"),
                        Field("birthYear", name: "出生年份", kind: .integer(1900...2100), required: false, question: "哪一年出生？"),
                        Field("category", name: "类别", kind: .choice(Self.categories), required: false,
                              question: "请问是哪一类？女职工要分原来50岁退休（工人）还是55岁退休（干部）"),
                        Field("paidYears", name: "已缴年数", kind: .integer(0...60), required: false, question: "已经缴了几年？"),
                        Field("paidMonths", name: "已缴月数", kind: .integer(0...11), required: false, question: "另外几个月？（0–11）"),
                    ]),
            Service(code: "ss-question", name: "社保问答", englishName: "Social security question",
                    description: "社保卡、医保、异地就医、失业金、灵活就业、转移接续、生育津贴等问题；答不了的登记咨询工单",
                    group: name.chinese, verbs: ["社保咨询", "社保"], aliases: ["ss"],
                    routing: [RoutingWord("社保", weight: 1.5), RoutingWord("医保", weight: 1.5), RoutingWord("社保卡", weight: 2),
                              RoutingWord("异地就医", weight: 2), RoutingWord("失业金", weight: 2), RoutingWord("失业保险", weight: 2),
                              RoutingWord("生育津贴", weight: 2), RoutingWord("灵活就业", weight: 2), RoutingWord("转移接续", weight: 2),
                              RoutingWord("养老保险", weight: 1.5), RoutingWord("医疗保险", weight: 1.5), RoutingWord("参保", weight: 1),
                              RoutingWord("报销", weight: 0.8)],
                    fields: [Field("question", name: "问题", kind: .longText, question: "请问想咨询什么社保问题？")]),
            Service(code: "ss-proxy", name: "帮办代办", englishName: "Proxy service",
                    description: "社保卡补办、异地就医备案、失业金申领等由驿站代办，列出所需材料并跟踪",
                    group: name.chinese, verbs: ["代办", "帮办"], aliases: ["proxy"],
                    routing: [RoutingWord("代办", weight: 2), RoutingWord("帮办", weight: 2), RoutingWord("帮我办", weight: 1.5)],
                    fields: [Field("item", name: "代办事项", kind: .text, question: "请问办哪一项？例如 社保卡补办")]),
            Service(code: "ss-proxy-documents", name: "代办材料", englishName: "Proxy documents",
                    description: "代办工单的材料清单：收到、递交、结果", group: name.chinese,
                    verbs: ["材料"], aliases: ["proxy-docs"],
                    fields: [Field("command", name: "内容", kind: .text, question: ProxyDesk.usage)], audience: .staff),
            Service(code: "ss-kb", name: "知识库维护", englishName: "Knowledge base",
                    description: "查看、搜索、新增、修改、停用社保问答条目，每次修改都有记录", group: name.chinese,
                    verbs: ["知识库"], aliases: ["kb"],
                    fields: [Field("command", name: "内容", kind: .text, required: false, question: KnowledgeBaseCommands.usage)],
                    audience: .staff),
        ]
    }

    public var migrations: [ModuleMigration] {
        [ModuleMigration("v1") { db in
            try db.create(table: "socialSecurityFAQ") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("questions", .jsonText).notNull()
                t.column("answer", .text).notNull()
                t.column("source", .text).notNull()
                t.column("checked", .text).notNull()
                t.column("verified", .boolean).notNull()
                t.column("retired", .boolean).notNull()
            }
            try db.create(table: "socialSecurityFAQEvents") { t in
                t.column("entryID", .integer).notNull().references("socialSecurityFAQ").indexed()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
                t.column("action", .text).notNull()
                t.column("note", .text).notNull()
            }
            try db.create(table: "socialSecurityProxyServices") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("aliases", .jsonText).notNull()
                t.column("documents", .jsonText).notNull()
                t.column("place", .text).notNull()
                t.column("usualTime", .text).notNull()
            }
            try db.create(table: "socialSecurityProxyDocuments") { t in
                t.column("caseID", .text).notNull().references("cases").indexed()
                t.column("document", .text).notNull()
                t.column("receivedAt", .datetime)
                t.column("receivedBy", .text)
            }
        }]
    }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        for e in try seeds.decode(FAQEntry.Seed.self, from: "social-security/faq.yaml").entries {
            var entry = FAQEntry(id: nil, questions: e.questions, answer: e.answer, source: e.source, checked: e.checked,
                                 verified: e.verified ?? false, retired: false)
            try entry.insert(db)
        }
        for s in try seeds.decode(ProxyService.Seed.self, from: "social-security/proxy.yaml").services {
            try ProxyService(id: s.id, name: s.name, aliases: s.aliases ?? [], documents: s.documents, place: s.where,
                             usualTime: s.usualTime).insert(db)
        }
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        switch service.code {
        case "retirement": return RetirementReading(text).fields
        case "ss-question": return ["question": .text(text)]
        case "ss-proxy": return ["item": .text(text)]
        default: return text.isEmpty ? [:] : ["command": .text(text)]
        }
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        switch request.service.code {
        case "retirement": return try retirement(request, today: context.today)
        case "ss-question": return try question(request, in: context)
        case "ss-proxy": return try ProxyDesk(context: context).start(request)
        case "ss-proxy-documents": return try ProxyDesk(context: context).progress(request["command"]?.text ?? "")
        default: return try KnowledgeBaseCommands(context: context).run(request["command"]?.text ?? "")
        }
    }

    private func retirement(_ request: ServiceRequest, today: CalendarDay) throws -> Reply {
        let citizen = request["id"]?.idNumber
        var category = request["category"]?.choice.flatMap(WorkerCategory.init(rawValue:))
        if let citizen, citizen.sex == .male { category = .male }
        if let citizen, citizen.sex == .female, category == .male {
            throw DeskError("category-conflict", "身份证号显示为女性，不能按男职工计算")
        }
        let birth = request["birth"]?.yearMonth ?? citizen.map { YearMonth($0.birthDate) }
        let year = request["birthYear"]?.integer
        guard birth != nil || year != nil else {
            throw NeedsField("birth", question: "请问是哪年哪月出生的？例如 1968年3月，或报身份证号")
        }
        if let date = birth ?? year.flatMap({ YearMonth(year: $0, month: 1) }), date > YearMonth(today) {
            throw DeskError("birth-in-future", "出生年月 \(date.chinese) 在今天之后，请核对")
        }
        guard let category else {
            throw NeedsField("category", question: "请问是哪一类？1. 男职工 2. 原55岁退休的女职工（干部） 3. 原50岁退休的女职工（工人）")
        }
        guard let birth else {
            return .answer(RetirementAnswer.yearRange(year!, category: category), module: id)
        }
        let plan = RetirementRule.plan(birth: birth, category: category)
        var text = RetirementAnswer.plan(plan, today: today)
        if let years = request["paidYears"]?.integer {
            text += "\n" + RetirementAnswer.contribution(plan, paidMonths: years * 12 + (request["paidMonths"]?.integer ?? 0), today: today)
        }
        return .answer(text, module: id)
    }

    private func question(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let asked = request["question"]?.text ?? request.text
        if let best = try KnowledgeBase.search(asked, db: context.db).first, best.score >= KnowledgeBase.goodEnough {
            return .answer(KnowledgeBase.answer(best.entry), module: id)
        }
        // No good answer: the first desk to receive the question owns it (首接负责制) and follows it up.
        let owner = request.channel == .desk ? request.operatorName : "社区服务台"
        let record = try context.cases.open(
            CaseDraft(title: "社保咨询：" + String(asked.prefix(30)), category: "咨询", timeLimit: "general", assignee: owner, details: asked),
            for: request)
        let limit = context.directory.timeLimit(id: "general").map { DeskFormat.hours($0.hours) } ?? "7天"
        return Reply(module: id, status: .created, caseID: record.id,
                     text: "这个问题需要工作人员核实后答复，已登记咨询工单 \(record.id)，由 \(owner) 负责，\(limit)内答复。")
    }
}

/// What a retirement question's free text says: birth month or year, sex and category, years paid.
struct RetirementReading {
    var fields: [String: FieldValue] = [:]

    init(_ raw: String) {
        let text = TextNormalizer.normalize(raw)
        if let ym = YearMonth.find(in: text) {
            fields["birth"] = .yearMonth(ym)
        } else if let r = text.range(of: #"(?<![0-9])(19|20)[0-9]{2}(?=\s*年)"#, options: .regularExpression) {
            fields["birthYear"] = .integer(Int(text[r])!)
        }
        let female = ["女", "老婆", "妻子", "我妈", "母亲", "爱人"].contains { text.contains($0) }
        if ["干部", "管理岗", "原55"].contains(where: text.contains) { fields["category"] = .choice(WorkerCategory.female55.rawValue) }
        else if ["工人", "女工", "原50"].contains(where: text.contains) && (female || !text.contains("男")) {
            fields["category"] = .choice(WorkerCategory.female50.rawValue)
        } else if ["男的", "男职工", "男性", "老公", "丈夫", "我爸", "父亲"].contains(where: text.contains) || (text.contains("男") && !female) {
            fields["category"] = .choice(WorkerCategory.male.rawValue)
        }
        if let r = text.range(of: #"(缴|交)[了费过]*\s*[0-9]{1,2}\s*年(\s*[0-9]{1,2}\s*个?月)?"#, options: .regularExpression) {
            let numbers = text[r].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            fields["paidYears"] = .integer(numbers[0])
            if numbers.count > 1 { fields["paidMonths"] = .integer(numbers[1]) }
        }
    }
}
