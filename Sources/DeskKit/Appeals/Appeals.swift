import Foundation

/// 诉求: the kernel's own services, for what no module handles — complaints, reports, suggestions, praise, other
/// requests for help (rules.md §5 names these request types) and emergencies that are not a repair (a fire, a
/// fall, someone missing). Every one opens a case (受理) owned by the community office, so nothing a resident
/// asks is dropped. ``ModuleRegistry`` registers it on every desk, before the modules.
public struct Appeals: ServiceModule {
    public let id = "appeals"
    public let name = LocalizedName("诉求", "Appeals")
    public let summary = "投诉、举报、建议、表扬、其他求助和紧急求助：不属于任何服务模块的诉求也受理"
    public let casePrefix = "SQ"

    public init() {}

    /// The kinds of appeal, by service code.
    enum Kind: String, CaseIterable {
        case complaint, report, suggestion, praise
        case other = "other-request"
        case emergency

        var name: String {
            switch self {
            case .complaint: "投诉"
            case .report: "举报"
            case .suggestion: "建议"
            case .praise: "表扬"
            case .other: "求助"
            case .emergency: "紧急求助"
            }
        }
    }

    public var services: [Service] {
        let description = Field("description", name: "内容", kind: .longText, question: "请说一下具体是什么事？")
        let place = Field("location", name: "位置", kind: .address(), required: false, question: "在哪里？")
        func service(_ kind: Kind, english: String, summary: String, verbs: [String], alias: String,
                     routing: [RoutingWord], needsWord: Bool = false, conduct: [String] = []) -> Service {
            Service(code: ServiceCode(kind.rawValue), name: kind.name, englishName: english, description: summary, group: name.chinese,
                    verbs: verbs, aliases: [alias], routing: routing, fields: [description, place], routingNeedsWord: needsWord,
                    routingIsCatchAll: kind == .other, conduct: conduct)
        }
        return [
            service(.complaint, english: "Complaint", summary: "对服务、环境、物业等的投诉，受理后转相关单位",
                    verbs: ["投诉"], alias: "complaint", routing: [RoutingWord("投诉", weight: 2), "太吵", "扰民", "没人管", "不作为",
                                                      RoutingWord("我要投诉", weight: 3), RoutingWord("投诉一下", weight: 3), RoutingWord("强烈要求", weight: 3)]
                        // pests about the homes, for the property company or the health campaign to treat (爱国卫生;
                        // `蚊子好多 物业能不能打一下药`, `好多蟑螂 从下水道爬出来的`): nothing there to repair
                        + ["蚊子", "蟑螂", "老鼠", "苍蝇", "孑孓"].map { RoutingWord($0, weight: 1) }
                        + ["打药", "打一下药", "打点药", "撒药", "撒点药", "喷药", "投药", "消杀", "消一下", "灭鼠", "灭蟑", "杀虫",
                           "杀一次", "杀一下"].map { RoutingWord($0, weight: 2) }
                        // the community asked to step in (`社区搞块牌子立在那里撒`, `巡逻怎么冇人来了`, `请物业调一下监控`):
                        // what people do, for someone to watch or warn — read as talk by the model
                        + ["社区搞", "社区么样说", "社区怎么说", "社区管不管", "立个牌子", "立块牌子", "搞块牌子", "立牌子",
                           "竖个牌子", "派人看着", "巡逻", "调监控", "调一下监控", "查一下监控", "查监控"].map { RoutingWord($0, weight: 2) }
                        // what was done or promised in vain (`签了承诺有什么用`, `物业说了三回 他就是不拆`): see ``Grievance``
                        // (not `说了好几回` alone: `我说了好几回她不听 你去了跟她说一下` asks the grid worker on a matter)
                        + ["有什么用", "有么用", "有啥用", "有么子用", "不算数", "就是不", "硬是不", "白说了"].map { RoutingWord($0, weight: 1) },
                    // people's conduct, however the things it names read to the model (`有人把狗拴在楼道里一天到晚叫`)
                    conduct: ["消防通道", "拉线充电", "飞线充电", "乱停", "乱扔", "乱倒", "乱堆", "拴在楼道", "狗叫", "狗屎", "狗粪", "遛狗",
                              // dogs let loose, strays, a dog shut in while its owner is away (`那几条野狗又在北门追人`)
                              "追人", "不拴绳", "没拴绳", "冇拴绳", "不牵绳", "没牵绳", "冇牵绳", "野狗", "流浪狗", "把狗关", "狗关在",
                              "电锤", "电钻", "噪音", "吵得", "吵死", "唱K", "唱k", "K歌", "卡拉OK", "烧纸", "占道", "堆放", "扔在",
                              "车停在", "停满", "高空抛物", "往楼下扔", "养鸡", "广场舞", "音响", "打麻将", "拉屎", "油烟", "烧烤", "装修", "在钻", "开始钻", "在烧",
                              // in the park: what people do there, not a thing of it broken (`有人在池塘边钓鱼`, `伢在冰面上走`)
                              "喝酒", "打牌", "钓鱼", "垂钓", "放炮", "摔炮", "打桂花", "踢球", "冰上走", "冰面上",
                              // a neighbour's air conditioner dripping on the flat below (`楼上外机滴水 滴到我阳台上`): between
                              // two households, for the community to mediate — nothing of the building's to repair
                              "外机滴水", "外机的水", "外机冷凝水", "外机一直滴", "外机水管", "外机的管子", "外机管子", "冷凝水滴",
                              "空调滴水滴到", "空调水滴", "楼上空调", "楼上的空调", "楼上外机", "楼上的外机", "楼上那家的空调",
                              "楼上那家的外机", "空调滴水的事",
                              // things kept in the stairwell by a neighbour (`三楼那家把旧家具堆在楼道里`, `楼道里堆满杂物`): to be talked
                              // round and cleared, nothing broken
                              "堆在楼道", "楼道里堆", "在楼道堆", "楼道堆", "堆杂物", "堆纸壳", "堆废品", "堆纸箱",
                              // quarrels and smoke in a shared room, again (`棋牌室今天又吵起来了`, `又有人吵 这次是为抽烟`)
                              "吵起来", "吵架", "抽烟"]),
            service(.report, english: "Report", summary: "举报违建、群租、乱倒垃圾等违法违规行为", verbs: ["举报"], alias: "report",
                    routing: [RoutingWord("举报", weight: 2), "违建", "违章搭建", "群租", "乱倒", RoutingWord("我要举报", weight: 3),
                              // fire hazards: nothing broken to repair (`楼道里又有人拉线充电瓶车`, `消防通道停了三台车`)
                              RoutingWord("消防通道", weight: 2), RoutingWord("拉线充电", weight: 2.5), RoutingWord("飞线充电", weight: 2.5),
                              RoutingWord("楼道充电", weight: 1.5), RoutingWord("楼道里充电", weight: 1.5), RoutingWord("推进屋里充电", weight: 2.5),
                              RoutingWord("楼道堆", weight: 2), RoutingWord("堆杂物", weight: 2)]),
            service(.suggestion, english: "Suggestion", summary: "对社区的意见和建议", verbs: ["建议"], alias: "suggest",
                    routing: [RoutingWord("建议", weight: 1.5), RoutingWord("提个意见", weight: 3), RoutingWord("提点意见", weight: 3), "希望社区"]),
            service(.praise, english: "Praise", summary: "表扬网格员、志愿者、物业等", verbs: ["表扬"], alias: "praise",
                    routing: [RoutingWord("表扬", weight: 2), RoutingWord("表扬一下", weight: 3), RoutingWord("要表扬", weight: 3), "感谢信", "锦旗", "夸一下", "夸夸", "好评", "负责任", "热心肠"],
                    needsWord: true),
            service(.other, english: "Other request", summary: "不属于其他服务的求助，由社区居委会受理后转办",
                    verbs: ["诉求", "其他诉求"], alias: "request", routing: [RoutingWord("求助", weight: 1.5), "帮帮忙", "调解",
                                                      RoutingWord("调解一下", weight: 3), RoutingWord("出面调解", weight: 3), RoutingWord("帮忙调解", weight: 3),
                                                      // the community asked to step in between neighbours (`想请社区出面跟那家说清楚`)
                                                      RoutingWord("请社区出面", weight: 3), RoutingWord("社区出面", weight: 2.5),
                                                      // wages owed (`老板欠我们三个月工钱 社区能不能帮忙找一下`)
                                                      RoutingWord("老板欠", weight: 2.5), RoutingWord("欠工钱", weight: 2.5), RoutingWord("不给工钱", weight: 2.5),
                                                      RoutingWord("欠薪", weight: 2.5), RoutingWord("讨薪", weight: 2.5),
                                                      RoutingWord("拖欠工资", weight: 2.5), RoutingWord("欠工资", weight: 2.5),
                                                      // wages held back, said plainly (`工资拖到现在还冇发`)
                                                      RoutingWord("拖工资", weight: 2.5), RoutingWord("工资拖", weight: 2.5), RoutingWord("不发工资", weight: 2.5),
                                                      RoutingWord("工资不给", weight: 2.5), RoutingWord("工资冇发", weight: 2.5), RoutingWord("工资没发", weight: 2.5),
                                                      RoutingWord("工钱不给", weight: 2.5), RoutingWord("工钱冇给", weight: 2.5), RoutingWord("工钱没给", weight: 2.5),
                                                      RoutingWord("欠我工资", weight: 2.5), RoutingWord("欠我们工资", weight: 2.5), RoutingWord("讨工资", weight: 2.5),
                                                      RoutingWord("拖了我", weight: 2.5), RoutingWord("拖了我们", weight: 2.5),
                                                      RoutingWord("工钱冇拿到", weight: 2.5), RoutingWord("工钱没拿到", weight: 2.5), RoutingWord("工钱都冇拿到", weight: 2.5),
                                                      RoutingWord("工资冇拿到", weight: 2.5), RoutingWord("工资没拿到", weight: 2.5), RoutingWord("包工头跑了", weight: 2.5)]),
            Service(code: ServiceCode(Kind.emergency.rawValue), name: Kind.emergency.name, englishName: "Emergency",
                    description: "火情、有人摔倒受伤、走失等危及人身安全的情况：先告诉怎么做、打哪个电话，立即通知网格员",
                    group: name.chinese, verbs: ["紧急求助"], aliases: ["emergency"],
                    fields: [Field("location", name: "位置", kind: .address(), question: "请马上告诉我们在哪里：哪个小区、几栋几单元？"),
                             Field("description", name: "内容", kind: .longText, question: "发生了什么？")],
                    opensCaseWhenIncomplete: true),
        ]
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        let meaningful = text.filter { $0.isLetter || $0.isNumber }
        return meaningful.count >= 2 ? ["description": .text(text)] : [:]
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        guard let kind = Kind(rawValue: request.service.code), let description = request["description"]?.text else {
            throw DeskError("invalid-request", "诉求缺少内容")
        }
        let address = request["location"]?.address ?? request.requester.address
        let emergency = kind == .emergency || request.emergency != nil
        let office = context.directory.organisation(id: "community-office")?.name ?? "社区居委会"
        // Emergencies go straight to the grid worker who covers the place; the rest to the community office,
        // which owns the case (首接负责制, rules.md §5) and passes it on.
        let grid = address?.compound.flatMap(context.directory.grid(forCompound:))
        let assignee = emergency ? (grid.map { "\($0.worker)（\($0.name)网格员）" } ?? office) : office
        let summary = DisplayWidth.truncate(description, to: 40)
        let title = "\(kind.name)：" + (address.map { "\($0) " } ?? "") + summary
        let record = try context.cases.open(
            CaseDraft(title: title, category: kind.name, timeLimit: emergency ? "emergency" : "general", urgent: emergency,
                      assignee: assignee, address: address, details: description),
            for: request)
        var text: String
        switch kind {
        case .emergency:
            text = "已开紧急工单 \(record.id)，已通知 \(assignee) 马上赶到现场。"
        case .praise:
            text = "谢谢您的表扬！已登记，工单 \(record.id)，我们会转达给本人和所在单位。"
        case .suggestion:
            text = "谢谢您的建议！已登记，工单 \(record.id)，社区会研究并答复您。"
        default:
            text = "已受理您的\(kind.name)，工单 \(record.id)，由\(office)核实处理"
            if let deadline = record.deadline { text += "，\(DeskFormat.time(deadline)) 前答复" }
            text += "。"
        }
        return Reply(module: id, status: .created, caseID: record.id, text: text)
    }
}
