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

    // MARK: Service codes and typed fields, declared once

    static let welfareCheck: ServiceCode = "welfare-check"
    static let careInfo: ServiceCode = "care-info"
    static let careRequest: ServiceCode = "care-request"
    static let careAdd: ServiceCode = "care-add"
    static let careShow: ServiceCode = "care-show"
    static let careEdit: ServiceCode = "care-edit"
    static let careRemove: ServiceCode = "care-remove"
    static let careOffers: ServiceCode = "care-offers"
    static let visitRecord: ServiceCode = "visit-record"
    static let visitsDue: ServiceCode = "visits-due"

    static let who = FieldKey<String>.text("who")
    static let place = FieldKey<Address>.address("place")
    static let question = FieldKey<String>.text("question")
    static let person = FieldKey<String>.text("person")
    static let risk = FieldKey<RiskLevel>.choice("risk")
    static let phone = FieldKey<PhoneNumber>.phone("phone")
    static let address = FieldKey<Address>.address("address")
    static let text = FieldKey<String>.text("text")
    static let reason = FieldKey<String>.choiceKey("reason")
    static let filter = FieldKey<String>.text("filter")
    static let details = FieldKey<String>.text("details")

    public var fieldKeys: [any AnyFieldKey] {
        [Self.who, Self.place, Self.question, Self.person, Self.risk, Self.phone, Self.address, Self.text, Self.reason, Self.filter, Self.details]
    }

    // MARK: Settings: how often each risk level is visited (设置 care-visits 高风险周期 7天)

    static let highRisk = Setting("高风险周期", default: Days(7), summary: "高风险老人多少天探访一次", range: Days(1)...Days(90))
    static let mediumRisk = Setting("中风险周期", default: Days(14), summary: "中风险老人多少天探访一次", range: Days(1)...Days(90))
    static let lowRisk = Setting("低风险周期", default: Days(30), summary: "低风险老人多少天探访一次", range: Days(1)...Days(180))

    public var settings: [any SettingDeclaration] { [Self.highRisk, Self.mediumRisk, Self.lowRisk] }

    // MARK: Jobs and events

    /// 每天 08:00: a case for each visit due or overdue (``DueVisitCases``).
    public var jobs: [ScheduledJob] { [DueVisitCases.job] }

    /// Elders living alone that 老年认证 registers are offered for the care register; a death takes the person off
    /// it; a home certification counts as a visit (``CareOffers``).
    public var subscriptions: [EventSubscription] { CareOffers.subscriptions }

    /// A welfare check or due visit closed by anyone (`办结 GA-0001 人在家，感冒了`) records the visit; reopened,
    /// the visit it recorded is taken back.
    public func caseChanged(_ change: CaseChange, in context: ServiceContext) throws {
        try VisitLog(context: context, register: CareRegister(context: context, intervals: VisitIntervals(context.settings)))
            .caseChanged(change)
    }

    /// What a worried neighbour or relative says of an elder not heard from — not seen, not answering, no sound,
    /// the door not opened, the worry itself. Without one of them the model's reading is not enough for an urgent
    /// welfare check (``RoutingWord/mentions(_:)``).
    static let worryWords = ["冇看到", "没看到", "冇看见", "没看见", "冇见", "没见", "冇接", "没接", "不接", "打不通", "关机",
                             "不回", "冇回", "没回", "联系不上", "联系不到", "联系不尚", "没反应", "冇反应", "冇应", "没应", "冇人应", "没人应",
                             "冇动静", "没动静", "冇开", "没开", "冇出来", "没出来", "冇下楼", "没下楼", "冇出门", "没出门",
                             "冇露面", "没露面", "冇拿", "没拿", "担心", "不放心", "出什么事", "出么事", "出了事", "冇听到",
                             "没听到", "去看看", "去看一下", "去看下", "去看一哈", "看一眼", "敲门", "敲下门", "敲个门", "喊门", "冇人答应",
                             "一直亮", "冇来了", "没来了", "冇打", "没打", "好几天", "一个人影", "人接", "人应", "人开", "不关",
                             "报纸", "牛奶", "窗帘", "几天", "两天", "三天", "声音", "动静", "出事", "急死",
                             "哼", "喊不应", "叫不应", "不出门"]

    public var services: [Service] {
        let group = name.chinese
        let person = Field(Self.person, name: "关爱对象", kind: .text, question: "请问是哪位？写姓名或居民编号（R12）")
        return [
            Service(code: Self.welfareCheck, name: "安全探视", englishName: "Welfare check",
                    description: "独居老人多日没露面、电话不接、敲门没人应：网格员马上上门查看", group: group,
                    verbs: ["安全探视", "探视"], aliases: ["welfare"],
                    // Only words that name the worry outright weigh: `电话也不接` or `联系不上` alone is as often about a
                    // property office. The danger itself is recognised first by the kernel's emergency table (`welfare`).
                    routing: [RoutingWord("没见人", weight: 2), RoutingWord("冇见人", weight: 2), RoutingWord("敲门没人应", weight: 2),
                              RoutingWord("敲门冇人应", weight: 2)] + RoutingWord.mentions(Self.worryWords),
                    fields: [Field(Self.who, name: "老人", kind: .text, required: false, question: "是哪位老人？例如 王奶奶"),
                             Field(Self.place, name: "住址", kind: .address(), required: false, question: "老人住在哪里？例如 水印桃源7栋")],
                    opensCaseWhenIncomplete: true,
                    // An urgent case sends the grid worker at once: a line that only mentions an elder
                    // (`那是12栋的孙爹爹 他喜欢捡纸箱卖`) is not one, however much it reads like the examples.
                    routingNeedsWord: true,
                    usageExamples: ["7栋的王奶奶好几天没见人了，电话也不接", "探视 水印桃源7栋 王奶奶"]),
            Service(code: Self.careInfo, name: "关爱咨询", englishName: "Care visits question",
                    description: "微关爱：谁可以申请定期探访、怎么申请、多久来一次", group: group,
                    verbs: ["关爱咨询"], aliases: ["care-help"],
                    routing: [RoutingWord("微关爱", weight: 3), RoutingWord("定期探访", weight: 2.5), RoutingWord("上门看看", weight: 1.5),
                              RoutingWord("关爱", weight: 1), RoutingWord("探访", weight: 1), RoutingWord("一个人住", weight: 1),
                              // the care team's meals and baths (`助餐送来的饭都凉了`, `助浴那天能不能派个女师傅`)
                              RoutingWord("助餐", weight: 1.5), RoutingWord("助浴", weight: 1.5),
                              // the community's canteen for the elderly (`老年食堂吃一餐要好多钱`)
                              RoutingWord("老年食堂", weight: 1.5), RoutingWord("长者食堂", weight: 1.5), RoutingWord("社区食堂", weight: 1.5),
                              RoutingWord("老人食堂", weight: 1.5), RoutingWord("爱心食堂", weight: 1.5),
                              // the meal card, and making an elder's home safe (`助餐卡在哪里充`, `适老化改造怎么申请`); the card
                              // named outright, whatever sums or losses come with it (`助餐卡丢失，挂失补办，旧卡余额…`)
                              RoutingWord("助餐卡", weight: 3), RoutingWord("适老化", weight: 2), RoutingWord("紧急呼叫器", weight: 1.5),
                              // a haircut at home (`社区有冇得上门理发的`), which a certification's home visit is not
                              RoutingWord("上门理发", weight: 2.5), RoutingWord("理发上门", weight: 2.5), RoutingWord("上门剪头", weight: 2.5),
                              // home care and its assessment (`居家养老上门服务`, `失能评估申请 代递`), visits by the day
                              // (`每天上门看一次`, `隔天上门`) and company to hospital (`陪诊改到24号`)
                              RoutingWord("上门服务", weight: 2), RoutingWord("居家养老", weight: 2), RoutingWord("失能评估", weight: 2),
                              RoutingWord("每天上门", weight: 1.5), RoutingWord("隔天上门", weight: 1.5), RoutingWord("陪诊", weight: 1.5),
                              // aids for daily life and a home-care bed (`洗澡椅装好`, `家庭养老床位要不要钱`)
                              RoutingWord("洗澡椅", weight: 1.5), RoutingWord("淋浴凳", weight: 1.5), RoutingWord("坐便椅", weight: 1.5),
                              RoutingWord("马桶扶手", weight: 2), RoutingWord("护理床", weight: 1.5), RoutingWord("养老床位", weight: 2.5)]
                        // an elder without a fan in the heat (`龚爹爹家里冇空调 今天37度 他一个人在屋里`): care to arrange
                        // (``CareRequests/hardshipTold(_:)``), not talk
                        + CareRequests.hardshipWords.map { RoutingWord($0, weight: 2) }
                        // someone left alone by a husband's or wife's death (``CareRequests/leftAloneByADeath(_:)``)
                        + CareRequests.widowedWords.map { RoutingWord($0, weight: 1.5) }
                        // an elder on their own again (``CareRequests/leftAloneTold(_:)``): `庞婆婆一个人了 儿子在外地` is no
                        // urgent welfare check, and no remark either
                        + CareRequests.lonelyWords.map { RoutingWord($0, weight: 2) },
                    fields: [Field(Self.question, name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    usageExamples: ["我妈一个人住 社区能不能定期上门看看", "关爱咨询 多久来一次"],
                    // The answer asks for the elder's name, address and phone: a next line giving them is the request.
                    invites: Self.careRequest, answersCosts: true),
            Service(code: Self.careRequest, name: "关爱申请", englishName: "Ask for care",
                    description: "为独居、空巢或行动不便的老人申请定期探访、送餐、陪同就医等：网格员联系、上门了解情况", group: group,
                    verbs: ["关爱申请", "申请关爱"], aliases: ["care-request"],
                    // Care already arranged, paused while the elder is away (`社区送的饭先停一下`).
                    routing: ["送的饭先停", "饭先停一下", "送饭先停", "暂停送饭", "送饭暂停", "先不送饭", "饭先不送", "饭先不用送", "探访先停",
                              "先不用来探访", "送餐先停", "暂停送餐", "助餐暂停", "暂停助餐", "助餐先停", "开始暂停", "上门先暂停", "上门暂停", "探访暂停",
                              "助洁先停", "助洁暂停", "暂停助洁", "上门先停", "电话先停",
                              // …or stopped for good, the elder having died (`我爸走了 以后探访的志愿者就不用来了`;
                              // ``CareRequests/endsAfterADeath(_:)``)
                              "探访就不用", "探访不用来了", "志愿者就不用来", "志愿者不用来了", "志愿者不用再来", "送的饭就停", "送饭就停", "助餐就停",
                              "助餐停掉", "送餐就停", "送餐停掉", "饭就不用送",
                              // …resumed when the elder is back, or a meal that did not come (`今天中午饭送到了冇`)
                              "接着送", "恢复送餐", "送餐恢复", "恢复送饭", "送饭恢复", "饭送到了冇", "饭送到了没", "饭冇送", "饭没送",
                              "冇送饭", "没送饭", "送饭的冇来", "送饭的没来", "送餐的冇来", "送餐的没来", "助餐恢复", "恢复助餐",
                              // (`我屋的饭今天冇送来`, `饭还冇来 都一点了`)
                              "饭今天冇送", "饭今天没送", "饭今天冇来", "饭今天没来", "饭还冇送", "饭还没送", "饭还冇来", "饭还没来",
                              // an errand asked again of the volunteers (`下礼拜还能不能再帮我买一回`, `降压药吃完了 能不能再带一次`)
                              "再帮我买", "再帮她买", "再帮他买", "再带一次", "再带一回", "再帮我带", "再帮她带", "再帮他带",
                              // shopping asked of the volunteers (`有冇得志愿者能来帮我买点菜`)
                              "帮我买点菜", "帮我买菜", "帮忙买菜", "买点菜", "志愿者能来", "志愿者来帮",
                              // bathing, medicine fetched, carried down the stairs (`想有人帮她洗个澡`, `有冇志愿者能背一下`)
                              "帮她洗澡", "帮他洗澡", "帮她洗个澡", "帮他洗个澡", "帮她开药", "帮他开药", "代开药", "送药上楼",
                              "背下楼", "背一下", "背他下楼", "背她下楼",
                              // a visit or a helper arranged who did not come (`打扫卫生的志愿者上周冇来`, `每周看望 … 这周还冇去`)
                              "志愿者上周冇来", "志愿者冇来", "志愿者没来", "这周还冇去", "这周还没去", "来不来看",
                              // a blood test at home waited for (`上门抽血的医生么时候来`)
                              "上门抽血",
                              // an elder's small job or appliance asked of the volunteers, or something brought in the heat
                              // (`请兵哥哥去修一下或者送个新的`, `想请志愿者来换`, `请社区给她送点冰的`); the first corpus files
                              // an elder's appliance for the volunteers as a repair, the later ones as care (docs/understanding.md)
                              "请兵哥哥", "请志愿者", "想请志愿者", "兵哥哥下回", "请人去教", "送个电扇", "送点冰",
                              "接他去驿站", "接她去驿站",
                              // the tracker bracelet for an elder who wanders, a bowl brought, a haircut at home asked for
                              // (`想问下那个防走失的手环`, `能不能给我家婆婆送一碗`, `来屋里帮她剪个头`)
                              "防走失手环", "防走失的手环", "手环登记", "送一碗", "剪个头", "剪下头",
                              // the meal's time asked to change, or a meal come cold (`送饭的能不能晚一点`, `饭都凉了 … 能不能早点`)
                              "送饭的能不能", "送饭能不能", "送餐能不能", "送饭的时间", "送餐的时间", "饭能不能早点", "饭能不能晚点",
                              "早点送", "晚点送", "饭都凉了",
                              // the meal come cold, too much, or one of the day's two not wanted (`饭送到是凉的`, `要小份的`,
                              // `晚饭不用送了 中午的照常`)
                              "饭都是凉的", "饭是凉的", "送到是凉的", "送到的时候是凉的", "要小份", "小份的", "晚饭不用送", "午饭不用送",
                              "晚上的不要了", "中午的不要了", "中午的照常", "晚上的照常",
                              // the family doctor asked to come to an elder (`想请家庭医生上门看看`), which the care team arranges
                              "请家庭医生", "家庭医生上门看", "家庭医生来看", "医生上门看一下",
                              // a bedridden elder to enrol, visits or calls at a set rhythm (`瘫痪老人 … 要登记 每月上门一次`,
                              // `每天中午打个电话 看着点`, `改成隔天打`)
                              "瘫痪老人", "每天中午打", "每天打个电话", "隔天打",
                              // a call a day asked for while the family is away (`申请每天一个电话`, `每天有人打个电话`)
                              "每天一个电话", "每天打一个电话", "每天一通电话", "每天有人打个电话", "每天有人打电话"].map { RoutingWord($0, weight: 2.5) }
                        // visits at a set rhythm are the care team's, not a certification's one visit (`每月上门一次`)
                        + ["每月上门", "每个月上门", "每周上门", "每个礼拜上门"].map { RoutingWord($0, weight: 4.5) }
                        + [RoutingWord("送饭", weight: 1.5), RoutingWord("送餐", weight: 1.5)]
                        // a haircut at home asked for (`重阳节理发能不能上门`): it outweighs the certification's home visit
                        // (`能不能上门`, `上门`) that its words hold
                        + ["理发能不能上门", "剪头能不能上门"].map { RoutingWord($0, weight: 4.5) }
                        // the care team asked for (`想请银发队每周来看下我婆婆`): its visits are care, not a certification's;
                        + ["请银发队", "让银发队", "银发队每", "银发队能不能", "银发队来看", "银发队来陪", "请银发志愿队",
                           // someone to go with an elder to the hospital (`社区有冇得人陪她去`, `想请人陪诊`)
                           "人陪她去", "人陪他去", "人陪我去", "人陪我妈", "人陪我爸", "请人陪", "陪同就医",
                           "请陪诊", "约个陪诊", "约陪诊", "帮约陪诊", "能陪一下", "陪一下我", "派人陪", "派个人陪", "安排人陪", "要人陪", "想有人陪", "希望有人陪", "每周有人陪",
                           "有冇人陪", "有没有人陪",
                           // an elder looked in on while the family is away (`能不能上门看一眼`), not a certification's visit
                           "上门看一眼", "能不能上门看", "每天上门看", "上门看看他", "上门看看她",
                           // water carried up before a cut, an aid lent (`明天停水 我提不动 哪个帮我接两桶水`, `要借个坐便椅`)
                           "拎不动水", "提不动水", "接两桶水", "帮我接两桶", "送两桶水", "坐便椅", "助行器", "借轮椅", "借个轮椅",
                           // who looks after an elder just home from hospital (`刚出院回来 现在哪个在管他`)
                           "哪个在管她", "哪个在管他", "谁在管她", "谁在管他", "冇人管她", "冇人管他",
                           // an elder low in spirits or losing their memory, told by the family (`我爸说活着冇得意思`,
                           // `婆婆最近老是忘事 认不得人`): someone to go and see them
                           "活着没意思", "活着冇意思", "活着没得意思", "活着冇得意思", "天天在家哭", "整天哭", "一个人在家哭",
                           "情绪低落", "心情不好", "闷闷不乐", "老是忘事", "总是忘事", "认不得人", "认不出人", "糊里糊涂",
                           // the care team's visits paused while the family is home (`我哥回来了 这一阵先不用去了`)
                           "先不用去了", "先不用去", "可以先停了", "问候可以先停",
                           // shopping, bedding or a doctor brought to an elder who cannot go out (`请巾帼红队这几天送菜`,
                           // `请巾帼红队送床冬被`, `请社区医生上门量血压`), and an elder's own small task they cannot reach or
                           // bend to (`门口水龙头要包 我弯不下腰`, `灯泡坏了 够不到`, `谁帮我带点白菜`)
                           "请巾帼", "冬被", "请社区医生上门", "社区医生上门量", "弯不下腰", "够不到",
                           "帮我带点", "谁帮我带", "哪个帮我带"]
                            .map { RoutingWord($0, weight: 2.5) },
                    fields: [Field(Self.details, name: "情况", kind: .longText, required: false, question: "老人的姓名、住址、需要什么帮助？")],
                    // Staff noting care arranged from now on after a visit or a call (`出院回来请银发队隔天去看一下`, `改成
                    // 一个礼拜两回`, `想报助餐 1月4号起送`): a case for the care team, not a visit's news to leave.
                    recordsWork: ["请银发队", "请志愿队", "请兵哥哥", "每天去看", "隔天去看", "每天来看", "每礼拜", "每个礼拜", "礼拜两回",
                                  "礼拜一回", "每周", "一周两次", "每天一个电话", "报助餐", "起送", "开始送", "请人来看", "请人礼拜",
                                  // calls or visits kept up or changed (`出院回家了 以后每晚打电话问一声`, `上门改成隔天`), things
                                  // brought round by the care team (`给她的被子送到了`, `冬至送饺子`)
                                  "每晚电话", "每晚打电话", "每天晚上打电话", "每天晚上打个电话", "电话照旧", "改成隔天",
                                  "送饺子", "加一个热水袋", "送热水袋", "送个热水袋", "被子送到", "送被子", "送一床被子", "慰问名单",
                                  "上门名单",
                                  // visits, meals and help at home arranged at the counter (`清明那几天 每天上门看一眼 银发队排好了`,
                                  // `助餐换软的 一周五天`, `想请人上门洗澡`), things brought round at a festival
                                  "每天上门", "两次上门", "银发队排", "银发队白天", "银发队周", "助餐送", "助餐软", "助餐改",
                                  "上门洗澡", "洗头擦身", "送年货", "送汤圆", "请巾帼", "冬被",
                                  // a visit or a call made to someone in the care team's charge, told at the counter (`邓婆婆 探访
                                  // 闪灯门铃好用`, `银发队陪聊 第一次`, `独居老人电话问候7户 都好`, `褚爹爹上门 吃了饭`)
                                  // (Not `上门看了` or `上门帮` alone: staff go round for a mailbox's lock or a quarrel too.)
                                  "探访", "陪聊", "电话问候", "慰问", "上门教", "隔天上门", "婆婆上门", "爹爹上门", "妈妈上门", "老人上门",
                                  // an elder's home made safe, applied for, assessed, fitted (`家卫生间要装扶手、防滑垫 … 申请`,
                                  // `适老化评估`, `床头呼叫按钮装好`): the care team's case, not a repair of the building
                                  "适老化", "马桶加高", "淋浴凳", "洗澡椅", "呼叫按钮", "卫生间扶手", "卫生间要装扶手",
                                  "卫生间装扶手", "浴室扶手", "浴室装扶手", "扶手、防滑", "扶手和防滑",
                                  // the aids fitted and a home-care bed set up (`马桶扶手装好`, `家庭养老床位 评估完成 中度 护理床下周送`)
                                  "马桶扶手", "护理床", "养老床位",
                                  // an elder taken somewhere or kept company by staff or the care team (`陪葛婆婆去派出所补户口本 …`,
                                  // `银发队陪麦爹爹走到驿站3 投了票`, `约投票日服务队推轮椅接`)
                                  "银发队陪", "巾帼队陪", "志愿队陪", "服务队陪", "志愿者陪", "陪她去", "陪他去", "陪着去", "陪她到",
                                  "陪他到", "陪同去", "推轮椅", "轮椅接"] + CareRequests.assistanceWords,
                    usageExamples: ["关爱申请 水印桃源11栋1单元701 王翠兰 每周看一次", "申请关爱 奥园12栋3单元802 刘光明 换灯泡"]),
            Service(code: Self.careAdd, name: "关爱登记", englishName: "Add to the care register",
                    description: "把独居老人加入关爱名册（连到居民名册，不另存姓名电话）：" + CareRegister.addUsage, group: group,
                    verbs: ["关爱登记"], aliases: ["care-add"],
                    fields: [Field(Self.person, name: "关爱对象", kind: .text, question: CareRegister.addUsage),
                             Field(Self.risk, name: "风险等级", kind: .choice(RiskLevel.choices), question: "风险等级？"),
                             Field(Self.phone, name: "电话", kind: .phone, required: false, question: "电话？"),
                             Field(Self.address, name: "住址", kind: .address(home: true), required: false, question: "住址？例如 水印桃源7栋1单元301")],
                    audience: .staff,
                    usageExamples: ["关爱登记 王秀英 13812345678 水印桃源7栋1单元301 高", "关爱登记 R12 中"]),
            Service(code: Self.careShow, name: "关爱查询", englishName: "Look up a care record",
                    description: "查看一位关爱对象：住址、电话（打码）、风险、探访记录、下次探访", group: group,
                    verbs: ["关爱查询"], aliases: ["care", "关爱"], fields: [person], audience: .staff,
                    usageExamples: ["关爱 王秀英", "关爱 R12"]),
            Service.staffCommand(code: Self.careEdit, name: "关爱修改", englishName: "Change a risk level", group: group,
                                 verbs: ["关爱修改"], alias: "care-edit", usage: CareRegister.editUsage, argumentRequired: true,
                                 usageExamples: ["关爱修改 王秀英 中", "关爱修改 R12 高风险"]),
            Service(code: Self.careRemove, name: "关爱移除", englishName: "Take off the care register",
                    description: "移出关爱名册（去世、迁出、入住养老院…），记录保留：" + CareRegister.removeUsage, group: group,
                    verbs: ["关爱移除"], aliases: ["care-remove"],
                    fields: [person, Field(Self.reason, name: "原因", kind: .choice(Self.leaveReasons), question: "移出的原因？")],
                    audience: .staff, usageExamples: ["关爱移除 王秀英 入住养老院"]),
            Service(code: Self.careOffers, name: "关爱待登记", englishName: "People offered for the register",
                    description: "老年认证登记的独居、空巢老人中，还没有加入关爱名册的", group: group,
                    verbs: ["关爱待登记"], aliases: ["care-offers"], audience: .staff),
            Service(code: Self.visitRecord, name: "探访登记", englishName: "Record a visit",
                    description: "记录一次探访：" + VisitLog.usage, group: group,
                    verbs: ["探访登记", "探访记录"], aliases: ["visit", "探访"],
                    fields: [Field(Self.text, name: "内容", kind: .text, question: VisitLog.usage)], audience: .staff,
                    usageExamples: ["探访 王秀英 精神不错", "探访 R12 11月27日 探访人 王网格 冰箱空了 需跟进"]),
            Service(code: Self.visitsDue, name: "探访名单", englishName: "Visits due", description: DueList.usage, group: group,
                    verbs: ["探访名单"], aliases: ["visits-due"],
                    fields: [Field(Self.filter, name: "条件", kind: .text, required: false, question: DueList.usage)], audience: .staff,
                    usageExamples: ["探访名单", "探访名单 超期", "探访名单 水印桃源"]),
        ]
    }

    static let leaveReasons = [
        Choice("去世", "去世", aliases: ["过世", "走了"]), Choice("迁出", "迁出", aliases: ["搬走", "搬家"]),
        Choice("入住养老院", "入住养老院", aliases: ["养老院", "住养老院"]), Choice("家人同住", "家人同住", aliases: ["子女接走", "和子女住"]),
        Choice("不再需要", "本人不再需要", aliases: ["不需要", "不要了"]),
    ]

    public var migrations: [ModuleMigration] { CareSchema.migrations + [CareOffers.migration] }

    /// The FAQ is upserted whole, so a changed `faq.yaml` is applied at the next start.
    public var seedUpdates: SeedUpdates { .reapply }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        try seeds.decode(FAQ.self, from: "care-visits/faq.yaml").save(in: "careFAQ", db: db)
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        let words = text.split(separator: " ").map(String.init)
        switch service.code {
        case Self.welfareCheck:
            if let who = WelfareChecks.who(in: text) { fields[Self.who.code] = .text(who) }
        case Self.careInfo:
            if !text.isEmpty { fields[Self.question.code] = .text(text) }
        case Self.careRequest:
            if !text.isEmpty { fields[Self.details.code] = .text(text) }
        case Self.careAdd:
            if !text.isEmpty { fields[Self.person.code] = .text(text) }
            if let risk = words.lazy.compactMap({ RiskLevel(word: $0) }).first { fields[Self.risk.code] = .choice(risk.rawValue) }
        case Self.careShow:
            if !text.isEmpty { fields[Self.person.code] = .text(text) }
        case Self.careRemove:
            if let first = words.first { fields[Self.person.code] = .text(first) }
            if let reason = Self.leaveReasons.first(where: { c in ([c.name] + c.aliases).contains { text.contains($0) } }) {
                fields[Self.reason.code] = .choice(reason.key)
            }
        case Self.visitRecord, Self.careEdit:
            if !text.isEmpty { fields[Self.text.code] = .text(text) }
        case Self.visitsDue:
            if !text.isEmpty { fields[Self.filter.code] = .text(text) }
        default:
            break
        }
        return fields
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let register = CareRegister(context: context, intervals: VisitIntervals(context.settings))
        switch request.code {
        case Self.welfareCheck: return try WelfareChecks(context: context, register: register).handle(request)
        case Self.careInfo:
            let faq = try FAQ.load(from: "careFAQ", db: context.db)
            let answer = faq.reply(to: request[Self.question] ?? "")
            return try CareRequests.opened(request, answer: answer, context: context) ?? .answer(answer, module: id)
        case Self.careRequest: return try CareRequests.open(request, answer: "", context: context)
        case Self.careAdd: return try register.add(request)
        case Self.careShow: return try register.show(try request.value(Self.person))
        case Self.careEdit: return try register.edit(try request.value(Self.text))
        case Self.careRemove:
            let key = try request.value(Self.reason)
            return try register.remove(try request.value(Self.person), reason: Self.leaveReasons.first { $0.key == key }?.name ?? key)
        case Self.careOffers: return try CareOffers(context: context).list()
        case Self.visitRecord:
            do {
                return try VisitLog(context: context, register: register).record(request)
            } catch let error as DeskError where error.code == "unknown-care-person" && !CareRegister.namesAPerson(request.text) {
                // `6月19日周二上午 桃 5-1-402 鄂婆婆 扶手和洗澡椅装好`: care told at the counter for an elder not on the
                // register (the line opens with a date or a place, not a name) is kept on a care case, not refused.
                return try CareRequests.open(request, answer: "", context: context)
            }
        case Self.visitsDue: return try DueList(context: context, register: register).list(request[Self.filter] ?? "")
        default: throw DeskError("unknown-service", "微关爱没有服务「\(request.service.code)」")
        }
    }
}
