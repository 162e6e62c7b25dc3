import Foundation
import DeskKit

/// 公园维护: the pocket park in 水印桃源 — its assets, residents' reports, inspection rounds and volunteer tasks.
public struct ParkUpkeep: ServiceModule {
    public let id = "park-upkeep"
    public let name = LocalizedName("公园维护", "Park upkeep")
    public let summary = "口袋公园设施台账、故障报修、巡检、志愿者除草和环境整治"
    public let casePrefix = "GY"

    public init() {}

    public var services: [Service] {
        func staff(_ code: String, _ name: String, _ english: String, _ verb: String, _ alias: String, _ usage: String,
                   required: Bool = true) -> Service {
            .staffCommand(code: ServiceCode(code), name: name, englishName: english, group: self.name.chinese, verbs: [verb], alias: alias,
                          usage: usage, argumentRequired: required)
        }
        return [
            Service(code: "park-report", name: "公园设施报修", englishName: "Park report",
                    description: "口袋公园的健身器材、座椅、路灯、花坛、垃圾桶、洗手池、地面坏了", group: name.chinese,
                    verbs: ["公园报修"], aliases: ["park"],
                    routing: [RoutingWord("口袋公园", weight: 2), RoutingWord("公园", weight: 1), RoutingWord("扭腰器", weight: 2),
                              RoutingWord("漫步机", weight: 2), RoutingWord("健身器材", weight: 1.5), RoutingWord("器材", weight: 0.8),
                              RoutingWord("长椅", weight: 1), RoutingWord("座椅", weight: 1), RoutingWord("花坛", weight: 1.2),
                              RoutingWord("洗手池", weight: 1.2), RoutingWord("转不动", weight: 1), RoutingWord("地砖", weight: 0.8),
                              RoutingWord("树枝", weight: 1), RoutingWord("狗屎", weight: 1)],
                    fields: [Field("asset", name: "设施", kind: .text, required: false, question: "请问是哪个设施？"),
                             Field("description", name: "描述", kind: .longText, question: "请描述一下问题")],
                    placeWords: ["公园", "园里", "园子", "健身区", "扭腰器", "漫步机", "秋千", "滑梯"],
                    // The park of seeds/park-upkeep/parks.yaml lies in 水印桃源: other compounds have fitness
                    // equipment and gardens of their own.
                    placeCompound: "shuiyin", placeNames: ["公园", "水印桃源"],
                    // the park's own taps, toilet and lamps, whatever is wrong with them (`公园厕所的水龙头一直在滴`): its
                    // upkeep mends them, not the property company's repairs
                    faultsAt: ["公园厕所", "公园的厕所", "公园的灯", "公园里的灯", "公园路灯", "公园的路灯", "公园的水龙头", "公园水龙头"],
                    // the times its lights, toilet or sprinklers keep, asked to change (`公园的灯能不能开到九点半`)
                    placeRequests: ["开到", "开晚", "关灯", "几点关", "亮到", "锁门", "调到晚上", "改回来"]),
            Service(code: "park-signup", name: "志愿活动报名", englishName: "Volunteer sign-up",
                    description: "报名参加除草、环境整治等志愿活动：报名 T1 张三，或在群里说“周六除草我想报名”", group: name.chinese,
                    verbs: ["报名"], aliases: ["signup"],
                    routing: [RoutingWord("我想报名", weight: 2), RoutingWord("报名", weight: 1.5), RoutingWord("除草", weight: 1),
                              RoutingWord("环境整治", weight: 1), RoutingWord("志愿活动", weight: 1)]
                        // What signing up is said with — signing, joining, counting oneself in, a list, a team's
                        // headcount. Without any of them a line is no sign-up, however much it reads like one: staff's
                        // note of a volunteer's job (`兵哥哥说明天来加固`, `兵哥哥明天上午去看`).
                        + RoutingWord.mentions(["报个名", "我报", "也报", "报一个", "报两个", "加我", "baoming", "算我", "算上",
                                                "算两", "参加", "加入", "接龙", "帮忙", "我来", "叫上", "叫我", "也去", "都去",
                                                "想去", "个人", "名额", "+1", "🙋", "志愿", "活动", "义务", "登记", "认养"]),
                    fields: [Field("volunteer", name: "报名人", kind: .text, required: false, question: "请问报名人的姓名？"),
                             Field("phone", name: "电话", kind: .phone, required: false, question: "电话？")],
                    routingNeedsWord: true),
            Service(code: "park-info", name: "公园咨询", englishName: "Park questions",
                    description: "口袋公园开放时间、设施坏了找谁、志愿活动怎么报名、服务时长怎么算", group: name.chinese,
                    verbs: ["公园咨询"], aliases: ["park-help"],
                    routing: [RoutingWord("公园几点", weight: 3.5), RoutingWord("公园开放", weight: 3.5), RoutingWord("怎么报名", weight: 2.5),
                              RoutingWord("工时证明", weight: 3), RoutingWord("志愿证明", weight: 3), RoutingWord("服务时长", weight: 2.5),
                              RoutingWord("坏了找谁", weight: 2),
                              // the fountain's hours asked after (`喷泉星期一开不开`, `喷泉一天开几个钟头`)
                              RoutingWord("喷泉", weight: 1.5), RoutingWord("喷泉几点", weight: 3), RoutingWord("喷泉开不开", weight: 3), RoutingWord("喷泉开了冇", weight: 3),
                              RoutingWord("喷泉什么时候开", weight: 3), RoutingWord("喷泉么时候开", weight: 3), RoutingWord("喷泉一天开", weight: 3),
                              RoutingWord("喷泉怎么冇开", weight: 3), RoutingWord("喷泉么样冇开", weight: 3), RoutingWord("喷泉怎么没开", weight: 3)],
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    usageExamples: ["口袋公园几点关门", "志愿活动怎么报名", "志愿服务时长能开证明吗"], answersCosts: true),
            Service(code: "park-hours-report", name: "报志愿工时", englishName: "Report volunteer hours",
                    description: "志愿者在群里报服务时长（“今天除草我干了2小时”），组织者用 工时 确认后计入", group: name.chinese,
                    verbs: ["报工时"], aliases: ["report-hours"],
                    routing: [RoutingWord("干了", weight: 1), RoutingWord("服务了", weight: 1.5), RoutingWord("小时", weight: 0.6),
                              RoutingWord("工时", weight: 1)],
                    fields: [Field("hours", name: "时长", kind: .text, required: false, question: "服务了几个小时？例如 2小时")]),
            staff("park-round", "巡检", "Inspection round", "巡检", "inspect",
                  "记录一次巡检：巡检 口袋公园 [巡检人] NZ-01转不动了，其他都正常；或 巡检 口袋公园 [巡检人] | NZ-01 故障 转不动 | LD-02 故障 不亮（未列出的设施为正常）"),
            staff("park-checklist", "巡检表", "Checklist", "巡检表", "checklist", "打印巡检表：巡检表 口袋公园", required: false),
            staff("park-history", "公园记录", "Park history", "公园记录", "park-history", "巡检、工单和故障最多的设施：公园记录 口袋公园", required: false),
            staff("park-assets", "设施台账", "Assets", "设施", "assets", AssetCommands.usage, required: false),
            staff("park-tasks", "志愿活动", "Volunteer tasks", "活动", "tasks", VolunteerTasks.usage, required: false),
            staff("park-hours", "志愿工时", "Volunteer hours", "工时", "hours", "记录出勤和工时：工时 T1 张三 2小时 [确认人]"),
            staff("park-roster", "活动名单", "Roster", "名单", "roster", "活动的报名和出勤名单：名单 T1"),
            staff("park-volunteer", "志愿者记录", "Volunteer record", "志愿者", "volunteer", "志愿者的服务记录和总工时：志愿者 张三"),
            staff("park-teams", "志愿队", "Volunteer teams", "志愿队", "team",
                  "编入或调整志愿队、各队队员、每月按队的工时：\(VolunteerTeams.usage)", required: false),
        ]
    }

    public var migrations: [ModuleMigration] { ParkSchema.migrations }

    /// Assets are taken out of use and added at the prompt (`设施`): a changed seed file is reported, not applied over them.
    public var seedUpdates: SeedUpdates { .report }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        let seed = try seeds.decode(ParkSeed.self, from: "park-upkeep/parks.yaml")
        for park in seed.parks { try park.insert(db) }
        for type in seed.types { try type.insert(db) }
        for asset in seed.assets { try asset.insert(db) }
        try seeds.decode(FAQ.self, from: "park-upkeep/faq.yaml").save(in: "parkFAQ", db: db)
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        switch service.code {
        case "park-report": ["description": .text(text)]
        case "park-info": ["question": .text(text)]
        case "park-signup":
            // 报名 T1 张三 13800000000: the name after the task number.
            text.range(of: #"^[Tt][0-9]+\s+[^\s0-9]+"#, options: .regularExpression)
                .map { ["volunteer": .text(String(text[$0].split(separator: " ").last!))] } ?? [:]
        default: text.isEmpty ? [:] : ["text": .text(text)]
        }
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let text = request["text"]?.text ?? ""
        let reports = ParkReports(context: context)
        let tasks = VolunteerTasks(context: context)
        switch request.service.code {
        case "park-report": return try reports.report(request)
        case "park-round": return try reports.round(request)
        case "park-checklist": return try reports.checklist(text)
        case "park-history": return try reports.history(text)
        case "park-assets": return try AssetCommands(context: context).run(text)
        case "park-tasks": return try tasks.run(text)
        case "park-signup": return try tasks.signUp(request)
        case "park-info":
            return .answer(try FAQ.load(from: "parkFAQ", db: context.db).reply(to: request["question"]?.text ?? request.text), module: id)
        case "park-hours-report":
            var request = request
            if let hours = request["hours"]?.text { request.text += " " + hours }
            return try tasks.reportHours(request)
        case "park-hours": return try tasks.recordHours(text)
        case "park-roster": return try tasks.rosterReply(text)
        case "park-teams": return try VolunteerTeams(context: context).run(text)
        default: return try tasks.volunteer(text)
        }
    }
}
