import DeskKit
import Foundation
import Synchronization

/// 报修: property and household repairs, from report to follow-up — the reference module.
///
/// A report needs a place, a category and a description; free text fills what it can ("3栋2单元的电梯又坏了，
/// 卡在5楼，有老人被困" → 电梯, 3栋2单元, emergency) and the kernel asks for the rest. Each category is dispatched
/// at once to the unit configured in `seeds/repairs/routing.yaml`, with the deadline of its time limit. A second
/// report of the same category at the same place is linked to the open case instead of opening another.
public struct Repairs: ServiceModule {
    public let id = "repairs"
    public let name = LocalizedName("报修", "Repairs")
    public let summary = "物业报修、公共区域维修、志愿者家电维修：受理、派单、办结、回访"
    public let casePrefix = "BX"

    public init() {}

    public var services: [Service] {
        let report = [
            Field("location", name: "位置", kind: .address(),
                  question: "请问是哪里？例如 水印桃源3栋2单元502、3-2-502，或 东门、地下车库"),
            Field("category", name: "类别", kind: .choice(RepairCategory.choices), question: "请问是哪一类问题？"),
            Field("description", name: "描述", kind: .longText, question: "请简单描述一下问题（例如 厨房水管漏水）"),
            Field("urgency", name: "紧急程度", kind: .choice([Choice("normal", "一般"), Choice("urgent", "紧急", aliases: ["急"])]),
                  required: false, question: "紧急吗？"),
            Field("name", name: "报修人", kind: .text, required: false, question: "报修人怎么称呼？"),
            Field("phone", name: "电话", kind: .phone, required: false, question: "联系电话？"),
            // The veterans' appliance service is for the elderly and the disabled: asked unless the text says so.
            Field("eligible", name: "服务对象", kind: .choice(ApplianceEligibility.choices), required: false,
                  question: ApplianceEligibility.question),
        ]
        // `保修`: the pinyin input's homophone of 报修 (`我要保修`).
        let general: [RoutingWord] = ["坏了", "报修", "维修", "保修", RoutingWord("报个修", weight: 1.5), RoutingWord("修一下", weight: 0.8), RoutingWord("修理", weight: 0.8),
                                      RoutingWord("不能用", weight: 0.6), RoutingWord("物业", weight: 0.4)]
        func words(_ service: RepairService, weight: Double) -> [RoutingWord] {
            RepairCategory.all.filter { $0.service == service }.flatMap { $0.words }.map { RoutingWord($0, weight: weight) }
        }
        return [
            Service(code: ServiceCode(RepairService.household.rawValue), name: "住户报修", englishName: "Household repair",
                    description: "家中的水、电、燃气、门窗、下水道等问题，派给小区物业", group: name.chinese,
                    verbs: ["报修", "物业报修"], aliases: ["repair"],
                    routing: general + words(.household, weight: 1.2) + ["家里", "我家", "厨房", "卫生间"].map { RoutingWord($0, weight: 0.3) }
                        + [RoutingWord("老是跳", weight: 1), RoutingWord("装修", weight: 0.5)],
                    fields: report, opensCaseWhenIncomplete: true,
                    usageExamples: ["报修 水印桃源3栋2单元502 厨房漏水", "报修 3-2-502 王阿姨 13971234567 下水道堵了",
                               "报修 顺驰泊林5栋1单元301 紧急 门锁坏了进不了家", "我家厨房漏水（缺什么会问）"]),
            Service(code: ServiceCode(RepairService.publicArea.rawValue), name: "公共区域报修", englishName: "Public-area repair",
                    description: "电梯、路灯、屋面、外墙、道闸车库等公共设施", group: name.chinese,
                    verbs: ["公共报修"], aliases: ["public-repair"],
                    routing: general + words(.publicArea, weight: 1.3) + ["楼道", "公共区域"].map { RoutingWord($0, weight: 0.5) }
                        // the building's fire equipment, which the property company keeps
                        + ["灭火器", "消防栓", "消火栓", "消防箱"].map { RoutingWord($0, weight: 2) }
                        // a wet, slippery hall the property company is asked to mop (`大堂地板滑得很 请物业拖一下`)
                        + ["拖一下", "拖干", "防滑垫", "湿滑", "地滑", "滑得很"].map { RoutingWord($0, weight: 1) },
                    fields: report, opensCaseWhenIncomplete: true),
            Service(code: ServiceCode(RepairService.appliance.rawValue), name: "家电维修", englishName: "Appliance repair by volunteers",
                    description: "为老年人、残疾人上门维修家电，由志愿服务队承接", group: name.chinese,
                    verbs: ["家电维修"], aliases: ["appliance"],
                    routing: general + words(.appliance, weight: 1.3),
                    fields: report, opensCaseWhenIncomplete: true),
            Service(code: "repair-info", name: "报修咨询", englishName: "Repair questions",
                    description: "怎么报修、多久来修、收不收费、不满意怎么办", group: name.chinese,
                    verbs: ["报修咨询"], aliases: ["repair-help"],
                    routing: [RoutingWord("多久来修", weight: 3), RoutingWord("几天修好", weight: 3), RoutingWord("什么时候来修", weight: 3),
                              RoutingWord("多久能修", weight: 3), RoutingWord("收费吗", weight: 2.5), RoutingWord("要钱吗", weight: 2.5),
                              RoutingWord("怎么报修", weight: 3), RoutingWord("找谁修", weight: 2.5), RoutingWord("收费的吗", weight: 2.5),
                              RoutingWord("收不收费", weight: 3), RoutingWord("要不要钱", weight: 2.5), RoutingWord("谁出钱", weight: 3),
                              RoutingWord("我出还是", weight: 3), RoutingWord("报修电话是", weight: 3), RoutingWord("电话是好多", weight: 2.5),
                              RoutingWord("电话是多少", weight: 2.5),
                              // who pays (`顶楼漏水是物业修还是我们自己出钱`, `屋面维修基金能用啵`); the fund named alone weighs
                              // less: staff's notes of its progress (`维修基金签字15户 物业报房管`) are the repair's record
                              RoutingWord("维修基金", weight: 1.5), RoutingWord("维修资金", weight: 1.5), RoutingWord("物业修还是", weight: 3),
                              RoutingWord("物业出还是", weight: 3), RoutingWord("自己出钱", weight: 2.5), RoutingWord("自己出", weight: 1.5),
                              RoutingWord("一家出", weight: 2.5),
                              // whose job the mending is (`这个是物业管还是我自己找人`, `是供电所的还是物业的`, `物业管不管`)
                              RoutingWord("物业管不管", weight: 3), RoutingWord("物业管还是", weight: 3), RoutingWord("是物业的还是", weight: 3),
                              RoutingWord("供电所的还是", weight: 3), RoutingWord("还是物业的", weight: 2.5), RoutingWord("自己找人", weight: 1.5),
                              RoutingWord("归谁管", weight: 2.5), RoutingWord("归谁修", weight: 3), RoutingWord("该谁修", weight: 3),
                              // in Wuhan words (`这个钱是我出还是物业出`, `重新刷要哪个出钱`, `该哪个出`)
                              RoutingWord("哪个出钱", weight: 3), RoutingWord("该哪个出", weight: 3), RoutingWord("是我出还是", weight: 3),
                              RoutingWord("还是物业出", weight: 3), RoutingWord("是物业管还是", weight: 3), RoutingWord("还是自己换", weight: 3),
                              RoutingWord("管还是自己", weight: 3),
                              // how to thaw a frozen pipe or meter
                              RoutingWord("么样化开", weight: 3), RoutingWord("怎么化开", weight: 3), RoutingWord("解冻", weight: 2.5), RoutingWord("怎么防冻", weight: 3), RoutingWord("么样防冻", weight: 3)]
                        // planned work asked about — an outage's days and reach, a lift's inspection, the holiday's duty
                        // (`5栋停不停`, `年检是哪两天`, `年检完了冇`, `国庆物业有冇人值班 报修的话哪个接`)
                        + ["停不停", "停多久", "几点来水", "几点来电", "哪两天", "年检完了冇", "年检完了没", "检修完了冇", "有冇人值班",
                           "有没有人值班", "值不值班",
                           // a tenant asking whose the mending is (`卫生间门关不上了 … 找房东还是找物业`)
                           "找房东还是", "还是找物业", "还是找房东", "找物业还是", "房东还是物业"].map { RoutingWord($0, weight: 3) },
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    usageExamples: ["报修了多久来修", "修水管要钱吗", "怎么报修"], answersCosts: true),
            Service(code: "repair-query", name: "报修查询", englishName: "Repair query",
                    description: "按电话或房号查住户的报修；按小区、类别、超期查未办结报修", group: name.chinese,
                    verbs: ["报修查询", "查报修"], aliases: ["repairs"],
                    fields: [
                        Field("phone", name: "电话", kind: .phone, required: false, question: "电话？"),
                        Field("location", name: "位置", kind: .address(), required: false, question: "房号或小区？"),
                        Field("category", name: "类别", kind: .choice(RepairCategory.choices), required: false, question: "类别？"),
                        Field("scope", name: "范围", kind: .choice([Choice("open", "未办结"), Choice("overdue", "超期"), Choice("all", "全部")]),
                              required: false, question: "范围？"),
                    ],
                    audience: .staff),
            Service(code: "repair-stats", name: "报修月报", englishName: "Monthly repair figures",
                    description: "某月受理、办结、办结用时中位数、超期比例、满意率", group: name.chinese,
                    verbs: ["报修月报", "报修统计"], aliases: ["repair-stats"],
                    fields: [Field("month", name: "月份", kind: .yearMonth, required: false, question: "哪个月？例如 2026-11")],
                    audience: .staff),
        ]
    }

    public var migrations: [ModuleMigration] { RepairRecord.migrations }

    /// Upserts: a changed `routing.yaml` or `faq.yaml` is applied at the next start.
    public var seedUpdates: SeedUpdates { .reapply }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        let routing = try seeds.decode(RepairRouting.Seed.self, from: "repairs/routing.yaml")
        for category in RepairCategory.all {
            guard let entry = routing.categories[category.key] else {
                throw SeedError.invalid("repairs/routing.yaml 缺少类别 \(category.key)（\(category.name)）")
            }
            try RepairRouting(category: category.key, timeLimit: entry.timeLimit, responsible: entry.responsible).upsert(db)
        }
        try seeds.decode(FAQ.self, from: "repairs/faq.yaml").save(in: "repairsFAQ", db: db)
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        switch service.code {
        case "repair-query":
            var fields: [String: FieldValue] = [:]
            if let category = RepairCategory.detect(in: text) { fields["category"] = .choice(category.key) }
            if text.contains("超期") || text.contains("逾期") { fields["scope"] = .choice("overdue") }
            else if text.contains("全部") { fields["scope"] = .choice("all") }
            return fields
        case "repair-stats":
            return [:]
        case "repair-info":
            return ["question": .text(text)]
        default:
            return ReportReading(text: text, directory: context.directory, channel: context.channel, sender: context.requester.sender).fields
        }
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        switch request.service.code {
        case "repair-query": return try RepairQueries(context: context).query(request)
        case "repair-stats": return try RepairQueries(context: context).monthly(request)
        case "repair-info": return try info(request["question"]?.text ?? request.text, directory: context.directory, db: context.db)
        default: return try report(request, in: context)
        }
    }

    /// Residents' questions: the time limits from the directory (rules.md §5), the rest from `repairs/faq.yaml`.
    func info(_ question: String, directory: CommunityDirectory, db: Database) throws -> Reply {
        var lines: [String] = []
        if ["多久", "几天", "什么时候", "多长时间", "时限"].contains(where: question.contains) {
            lines.append("多久处理：" + directory.timeLimits.map { "\($0.name) \(DeskFormat.hours($0.hours))" }.joined(separator: "，")
                         + "（从受理时算起；有人被困、漏电、燃气味等按紧急处理）。")
        }
        let faq = try FAQ.load(from: "repairsFAQ", db: db)
        lines += faq.matches(question).map(\.answer)
        if lines.isEmpty { lines = faq.entries.map(\.answer) }
        return .answer(lines.joined(separator: "\n"), module: id)
    }

    /// Opens (or links) a repair case and dispatches it.
    private func report(_ incoming: ServiceRequest, in context: ServiceContext) throws -> Reply {
        var request = incoming
        // The reporter named in the fields is the requester of the case.
        if let name = request["name"]?.text { request.requester.name = name }
        if let phone = request["phone"]?.phone { request.requester.phone = phone }
        guard let location = request["location"]?.address, let categoryKey = request["category"]?.choice,
              let category = RepairCategory.named(categoryKey), let description = request["description"]?.text else {
            throw DeskError("invalid-request", "报修缺少位置、类别或描述")
        }
        guard description.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw DeskError("empty-description", "描述：请写明是什么问题，例如 厨房水管漏水")
        }
        let urgent = request["urgency"]?.choice == "urgent" || request.emergency != nil
        // An emergency is never held up by the question of who the volunteers serve.
        if request.service.code == RepairService.appliance.rawValue && !urgent {
            try ApplianceEligibility.check(request)
        }
        let key = "\(location.key)|\(category.key)"
        // (The open case read into the few columns the check needs: ``CaseBook/openDuplicateBrief(module:key:)``.)
        if let open = try context.cases.openDuplicateBrief(module: id, key: key) {
            try context.cases.link(request, to: open)
            if urgent && !open.urgent {
                // A later report adds danger to a person: the open case becomes an emergency.
                let raised = try context.cases.escalate(open.id, reason: request.emergency?.name ?? "报告人说明情况紧急")
                return Reply(module: id, status: .updated, caseID: raised.id,
                             text: "这个问题已有工单 \(raised.id)，已升级为紧急，要求 \(DeskFormat.time(raised.deadline ?? context.now)) 前处理，并把您登记为报告人。")
            }
            return Reply(module: id, status: .duplicate, caseID: open.id,
                         text: "这个问题已有工单 \(open.id)（\(open.title)，\(open.status.chinese)），已把您登记为报告人，不再重复开单。")
        }
        // A database seeded before a category was added routes it like 其他.
        guard let routing = try RepairRouting.find(category.key, in: context.db) ?? RepairRouting.find("other", in: context.db) else {
            throw DeskError("no-routing", "报修类别「\(category.name)」没有配置派单去向（seeds/repairs/routing.yaml）")
        }
        let assignee = routing.responsibleName(at: location, in: context.directory)
        let title = "\(location) \(category.name)" + (urgent ? "（紧急）" : "")
        let record = try context.cases.open(
            CaseDraft(title: title, category: category.name, timeLimit: urgent ? "emergency" : routing.timeLimit, urgent: urgent,
                      assignee: assignee, address: location, dedupeKey: key, details: description),
            for: request)
        try RepairRecord(caseID: record.id, category: category.key, compound: location.compound, building: location.building,
                         unit: location.unit, room: location.room, place: location.place, urgent: urgent).insertRow(context.db)
        let limit = context.directory.timeLimit(id: urgent ? "emergency" : routing.timeLimit)
        var text = "已受理报修，工单 \(record.id)：\(title)。"
        if urgent { text += "这是紧急情况，要求 \(limit.map { DeskFormat.hours($0.hours) } ?? "2小时") 内处理。" }
        text += "已派单给 \(assignee)"
        if let deadline = record.deadline { text += "，请于 \(DeskFormat.time(deadline)) 前处理" }
        text += "。"
        // 回访 needs a number: the kernel asks for it once the case is saved, when the report gave none.
        return Reply(module: id, status: .created, caseID: record.id, text: text)
    }
}

/// What a report's free text says: the category, the urgency, and a description without the address.
struct ReportReading {
    let fields: [String: FieldValue]

    init(text: String, directory: CommunityDirectory, channel: Channel, sender: String? = nil) {
        var fields: [String: FieldValue] = [:]
        if let category = RepairCategory.detect(in: text) { fields["category"] = .choice(category.key) }
        if Emergency.word(in: text) != nil { fields["urgency"] = .choice("urgent") }
        // Staff at the desk may mark a report urgent themselves (`报修 … 紧急 门锁坏了进不了家`). (Searched with
        // CharacterPresence, which finds what Foundation's `contains` finds, at a fraction of its cost.)
        if channel == .desk, case let present = CharacterPresence(text), present.containsAny(of: ["紧急", "加急", "特急"]),
           !present.containsAny(of: ["不紧急", "不急"]) {
            fields["urgency"] = .choice("urgent")
        }
        // `5-1-302 张爹爹` in a group says who the resident is as well as the text does.
        if let eligible = ApplianceEligibility.read(text + " " + (sender ?? "")) { fields["eligible"] = .choice(eligible) }
        if let name = RepairContact.name(in: text) { fields["name"] = .text(name) }
        if Self.describesTheProblem(text, directory: directory) { fields["description"] = .text(text) }
        self.fields = fields
    }

    /// Whether `text` says what the problem is once its address is taken out: whether two letters or numbers at
    /// least are left of it without the compounds' names and the address parts (``withoutAddressParts(_:)``).
    /// `3栋2单元` alone does not; `3栋2单元电梯坏了` does.
    static func describesTheProblem(_ text: String, directory: CommunityDirectory) -> Bool {
        let present = CharacterPresence(text)
        let rest = withoutNames(text, present: present, directory: directory)
        // Two of a plain line's letters that no address part can hold are left whatever the patterns take out: the
        // patterns (ICU's matching, some 25,000 instructions a report with a building's or unit's number; 7.5 K of a
        // relayed message's 470 K: docs/performance.md, sixty-fourth pass) are run only when the line has fewer.
        if present.allPlain, holdsTwoLettersOutsideAddressParts(rest) { return true }
        return withoutAddressParts(rest).count >= 2
    }

    /// `text` without the compounds' names (each replaced by a space); `present` is `text`'s.
    static func withoutNames(_ text: String, present: CharacterPresence, directory: CommunityDirectory) -> String {
        var rest = text
        // Foundation's replacing, name after name, was a sixth of relaying a report (perf, relay): a name of
        // ideographs that the text lacks is not in what is left of it either (a space, put where a name was, joins
        // no ideographs), so it is not searched again.
        for (name, ideographic) in namesLongestFirst(directory) where present.contains(name) || !ideographic {
            rest = CharacterPresence.replacing(name, with: " ", in: rest)
        }
        return rest
    }

    /// `text` (without the compounds' names) with building/unit/room numbers and the short form removed, and
    /// trimmed of punctuation: what is left says what the problem is.
    static func withoutAddressParts(_ text: String) -> String {
        var rest = text
        for pattern in addressParts { rest = pattern.replacing(in: rest, with: " ") }
        let meaningful = rest.filter { $0.isLetter || $0.isNumber }
        return ["的", "在", "了"].contains(meaningful) ? "" : meaningful
    }

    /// Whether the plain text `text` (``CharacterPresence/allPlain``: each character one scalar, and a space put in
    /// its neighbour's place joins none to it) holds two letters or numbers that no match of ``addressParts`` holds —
    /// none of ``addressLetters``; a match holds nothing else but white space and `-`. Both are then left by
    /// ``withoutAddressParts(_:)``. (The line's scalars are its characters; each is looked up in the short list
    /// before the letter's property is asked: the property and the walk by characters were some 6,500 instructions
    /// a report, asked of every digit and address word too — docs/performance.md, sixty-fifth pass.)
    static func holdsTwoLettersOutsideAddressParts(_ text: String) -> Bool {
        var found = 0
        for scalar in text.unicodeScalars where !addressLetters.contains(scalar) {
            let character = Character(scalar)
            guard character.isLetter || character.isNumber else { continue }
            found += 1
            if found == 2 { return true }
        }
        return false
    }

    /// The compounds' names, longest first, each with whether it is all ideographs. Each name's characters are
    /// counted once, not at every comparison of the sort, where counting them was a quarter of the address's removal
    /// (docs/performance.md, nineteenth pass); the same comparisons, so the same order. The list is kept for the
    /// directory's names and made again only when they change: sorting and reading the names for every report was
    /// a third of what was left of it (twentieth pass).
    private static func namesLongestFirst(_ directory: CommunityDirectory) -> [(name: String, ideographic: Bool)] {
        let compounds = directory.compounds
        return preparedNames.withLock { prepared in
            if let prepared, areTheNames(of: compounds, prepared.names) { return prepared.sorted }
            let names = compounds.flatMap(\.allNames)
            let sorted = names.map { ($0, $0.count) }.sorted(by: { $0.1 > $1.1 })
                .map { (name: $0.0, ideographic: $0.0.unicodeScalars.allSatisfy(\.properties.isIdeographic)) }
            prepared = (names, sorted)
            return sorted
        }
    }

    /// Whether `names` is `compounds.flatMap(\.allNames)` — each compound's name, then its aliases, compound after
    /// compound — as `==` of the two arrays answers, compared in place. (Gathered into a new array for every report, only
    /// to find the kept list still current, the names were some 4 K instructions of a relayed message's 539 K:
    /// ``CommunityDirectory/Compound/allNames`` builds an array a compound; docs/performance.md, forty-ninth pass.)
    static func areTheNames(of compounds: [CommunityDirectory.Compound], _ names: [String]) -> Bool {
        var i = 0
        for c in compounds.indices {
            guard i < names.count, names[i] == compounds[c].name else { return false }
            i += 1
            for alias in compounds[c].aliases {
                guard i < names.count, names[i] == alias else { return false }
                i += 1
            }
        }
        return i == names.count
    }

    /// ``namesLongestFirst(_:)`` for the names it was last asked for.
    private static let preparedNames = Mutex<(names: [String], sorted: [(name: String, ideographic: Bool)])?>(nil)

    /// The short form, building, unit and room numbers, and numbers of three or four digits, in this order —
    /// compiled once (they were compiled at every report).
    private static let addressParts = [
        TextPattern(#"[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}"#, digits: 5),
        TextPattern("[0-9\(buildingNumerals)]+\\s*(\(buildingWords.joined(separator: "|")))", clues: TextPattern.digits + buildingNumerals),
        TextPattern("[0-9]{3,4}", digits: 3),
    ]

    /// The numerals of a building's, unit's or room's number (besides ASCII digits) and the words after it (`5栋`,
    /// `十二号楼`, `2单元`, `301室`): the building pattern of ``addressParts`` is made of them.
    private static let buildingNumerals = "零一二两三四五六七八九十"
    private static let buildingWords = ["栋", "幢", "号楼", "单元", "室", "号", "楼"]

    /// The letters and numbers a match of ``addressParts`` may hold: ASCII digits, the building pattern's numerals
    /// and the letters of its words.
    static let addressLetters = Set((TextPattern.digits + buildingNumerals + buildingWords.joined()).unicodeScalars)
}
