import DeskKit
import Foundation

/// 社保咨询: when can I retire (the 2024 reform, exactly), have I paid long enough, how do I get things done —
/// a knowledge base for questions, and proxy services (帮办代办) with document checklists.
public struct SocialSecurity: ServiceModule, AnswersWithoutWriting {
    public let id = "social-security"
    public let name = LocalizedName("社保咨询", "Social security")
    public let summary = "退休年龄计算、缴费年限核对、社保问答、帮办代办"
    public let casePrefix = "SB"

    /// The knowledge base's entries, held in memory until they change.
    let knowledge: KnowledgeIndex

    public init() { knowledge = KnowledgeIndex(module: id) }

    public var services: [Service] {
        [
            Service(code: "retirement", name: "退休年龄计算", englishName: "Retirement age",
                    description: "按2024年渐进式延迟退休办法算法定退休年龄、退休时间、弹性退休区间、最低缴费年限，核对缴费够不够",
                    group: name.chinese, verbs: ["退休", "退休计算"], aliases: ["retire"],
                    routing: [RoutingWord("退休", weight: 1.5), RoutingWord("延迟退休", weight: 2), RoutingWord("退休年龄", weight: 2),
                              RoutingWord("能退休", weight: 2), RoutingWord("缴费年限", weight: 1.5), RoutingWord("交够", weight: 1), RoutingWord("缴满", weight: 1),
                              RoutingWord("缴费", weight: 1), RoutingWord("够不够", weight: 0.8), RoutingWord("最低缴费", weight: 2),
                              RoutingWord("不够15年", weight: 2), RoutingWord("满15年", weight: 1.5), RoutingWord("男职工", weight: 1), RoutingWord("女职工", weight: 1),
                              // Retirement named as the matter asked about (`我想问问退休的事`).
                              RoutingWord("退休的事", weight: 2.5), RoutingWord("问退休", weight: 2.5), RoutingWord("问问退休", weight: 2.5),
                              // the age reached, the papers to file, the month one retires (`我这个月到龄了 手续么时候办`,
                              // `跟翠兰差两个月 是不是这个月就退`)
                              RoutingWord("到龄", weight: 2), RoutingWord("退休手续", weight: 2), RoutingWord("办退休", weight: 2),
                              RoutingWord("就退", weight: 1.5)],
                    fields: [
                        Field("id", name: "身份证号", kind: .idNumber, required: false, question: "身份证号？"),
                        // Answers read by RetirementReading: a date, an ID number, a category, or a whole new question.
                        Field("birthAnswer", name: "出生年月", kind: .text, required: false, question: RetirementQuestion.birthQuestion),
                        Field("categoryAnswer", name: "类别", kind: .text, required: false, question: RetirementQuestion.categoryQuestion),
                    ],
                    answersWhatStaffTold: true,
                    usageExamples: ["退休 1968年3月 男", "退休 420106196803150010（报身份证号也行）", "我妈71年4月出生，原来55岁退休的，什么时候退休",
                               "退休 男 1971年6月 缴费10年", "缴费10年够不够", "我2031年退休，最低要缴多少年"],
                    routingNeedsSign: RetirementSign.shows),
            Service(code: "ss-question", name: "社保问答", englishName: "Social security question",
                    description: "社保卡、医保、异地就医、失业金、灵活就业、转移接续、生育津贴等问题；答不了的登记咨询工单",
                    group: name.chinese, verbs: ["社保", "社保咨询"], aliases: ["ss"],
                    routing: [RoutingWord("社保", weight: 1.5), RoutingWord("医保", weight: 1.5), RoutingWord("社保卡", weight: 2),
                              RoutingWord("异地就医", weight: 2), RoutingWord("失业金", weight: 2), RoutingWord("失业", weight: 1.2), RoutingWord("失业保险", weight: 2),
                              RoutingWord("生育津贴", weight: 2), RoutingWord("灵活就业", weight: 2), RoutingWord("转移接续", weight: 2),
                              RoutingWord("养老保险", weight: 1.5), RoutingWord("医疗保险", weight: 1.5), RoutingWord("参保", weight: 1),
                              RoutingWord("报销", weight: 0.8),
                              // the residents' schemes by name (`伢上户口了 现在能交城乡居民医保了啵`: not a question for the police)
                              RoutingWord("居民医保", weight: 2.5), RoutingWord("城乡居民养老", weight: 2.5), RoutingWord("居民养老保险", weight: 2.5),
                              // long-term care insurance (`长护险是什么 我爸瘫在床上能不能申请`): a question about a scheme, not a visit
                              RoutingWord("长护险", weight: 2.5), RoutingWord("长期护理保险", weight: 2.5),
                              // work-injury insurance (`这个工伤么样认定 要么人去申请`, `评的九级 伤残补助金是按么事算的`)
                              RoutingWord("工伤", weight: 3), RoutingWord("工伤认定", weight: 2.5), RoutingWord("工伤保险", weight: 2.5),
                              RoutingWord("伤残补助", weight: 2.5), RoutingWord("伤残等级", weight: 2.5), RoutingWord("劳动能力鉴定", weight: 2.5)]
                        // One's pension late or low, without a word of certification (`元月的养老金冇到 往年15号就到了`).
                        + ["养老金冇到", "养老金没到", "养老金还冇到", "养老金还没到", "养老金少了", "养老金少发", "养老金怎么少了",
                           // the year's adjustment (`有冇得人晓得今年养老金涨好多`)
                           "养老金涨", "涨养老金", "养老金上调", "养老金要涨",
                           // the adjustment's arrears paid or not (`他爸养老金七月补了冇 … 补发到账冇`)
                           "补发到账冇", "补发了冇", "补发了没", "补了冇", "补发的钱少",
                           // one's years of contributions (`张先生还要查一下他交了几年了`)
                           "交了几年", "交了多少年", "交了好多年", "缴了几年", "缴了多少年",
                           // years served in the army and one's insurance (`我当兵那几年的社保 是不是要我自己去补`)
                           "当兵那几年", "当兵的年限", "当兵几年", "军龄"]
                            .map { RoutingWord($0, weight: 2.5) },
                    fields: [Field("question", name: "问题", kind: .longText, question: "请问想咨询什么社保问题？")],
                    usageExamples: ["社保 失业了能领什么", "异地就医怎么备案", "社保断了几年，还能补缴吗，我是王秀英 13907181234（答不了的登记工单，7天内回电）"],
                    // Many answers end with "the station can do it for you": a next line of particulars or a yes is the errand.
                    invites: "ss-proxy", answersCosts: true),
            Service(code: "ss-proxy", name: "帮办代办", englishName: "Proxy service",
                    description: "社保卡补办、异地就医备案、失业金申领等由驿站代办，列出所需材料并跟踪",
                    group: name.chinese, verbs: ["代办", "帮办"], aliases: ["proxy"],
                    // Above any topic word: `帮…代办异地就医备案` asks for the errand, not the answer.
                    routing: [RoutingWord("代办", weight: 2.5), RoutingWord("帮办", weight: 2.5), RoutingWord("代缴", weight: 2.5),
                              RoutingWord("帮我办", weight: 1.5), RoutingWord("帮忙交", weight: 1.5), RoutingWord("帮我交", weight: 1.5),
                              // an errand named with its verb (`想请社区帮我办转移`, `帮我办一下停保`, `来办失业登记`)
                              RoutingWord("办转移", weight: 1.5), RoutingWord("办停保", weight: 1.5), RoutingWord("办一下停保", weight: 1.5),
                              RoutingWord("办失业", weight: 1.5), RoutingWord("办理失业", weight: 1.5),
                              // staff registering an extension or booking the retirement window for the resident
                              // (`来柜台登记延长缴费`, `请帮约人社窗口 2月份办`)
                              RoutingWord("登记延长缴费", weight: 3), RoutingWord("登记延长", weight: 3), RoutingWord("帮约人社", weight: 3),
                              RoutingWord("帮她约人社", weight: 3), RoutingWord("帮他约人社", weight: 3), RoutingWord("约人社窗口", weight: 2.5)],
                    fields: [Field("item", name: "代办事项", kind: .text, question: "请问办哪一项？例如 社保卡补办")],
                    // staff filing a retirement for the resident, its papers taken or sent up (`来报退休 女 80年2月 … 收了资料`,
                    // `资料报上来了 核过了 等社保审批`): the errand followed, not the age worked out again
                    recordsWork: ["来办退休", "来报退休", "来报弹性", "资料报了", "资料报上来", "收了资料", "资料拿去", "等社保审批",
                                  // an errand run there and then, or passed on for the resident (`当场办了灵活就业参保登记`,
                                  // `社保卡没激活 帮她激活了`, `长护险 代递申请`)
                                  "当场办了", "当场办好", "帮她办了", "帮他办了", "帮她激活", "帮他激活", "帮忙激活", "帮她交了",
                                  "帮他交了", "代递申请", "代递了", "代缴",
                                  // done for the resident online or on the platform, papers brought in and checked, a list of
                                  // them drawn up, a missed step filled in (`已帮他在网上登记申领失业金`, `已在平台上办好`,
                                  // `来交退休材料 … 材料已核`, `帮她把材料清单列好了`, `医保街道已补录`)
                                  "帮他在网上", "帮她在网上", "帮他在平台上", "帮她在平台上", "在平台上办好", "来交退休材料", "材料已核",
                                  "材料清单列好", "已补录", "签到补上", "来补交",
                                  // the receipts put in order for a refund, the card reported lost by phone for them, a
                                  // subsidy passed to the sub-district to enter (`帮他整理了单据`, `已帮打12333临时挂失`,
                                  // `已报街道补录`)
                                  "整理了单据", "列了要的单据", "帮打12333", "临时挂失", "报街道补录"],
                    usageExamples: ["代办 社保卡补办", "帮顺驰泊林2栋1单元401的刘德明代办异地就医备案，电话13807161234"]),
            Service(code: "ss-proxy-documents", name: "代办材料", englishName: "Proxy documents",
                    description: "代办工单的材料清单：收到、递交、结果", group: name.chinese,
                    verbs: ["材料"], aliases: ["proxy-docs"],
                    fields: [Field("command", name: "内容", kind: .text, question: ProxyDesk.usage)], audience: .staff,
                    usageExamples: ["材料 SB-0002 — 看代办工单的材料清单，哪些已收到", "材料 SB-0002 收到 身份证 照片 — 勾上收到的材料",
                               "材料 SB-0002 递交 — 材料齐了，网格员已递交", "材料 SB-0002 结果 已领到新卡 — 记录结果并办结"]),
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
        },
        ModuleMigration("faqStamp", migrate: KnowledgeIndex.createStamp)]
    }

    /// FAQ entries are retired and corrected at the prompt: a changed seed file is reported, not applied over them.
    public var seedUpdates: SeedUpdates { .report }

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
        // The retirement question is read whole in handle (RetirementQuestion), answers included.
        case "retirement": return [:]
        case "ss-question": return ["question": .text(text)]
        case "ss-proxy": return ["item": .text(text)]
        default: return text.isEmpty ? [:] : ["command": .text(text)]
        }
    }

    /// A retirement question, and a question the knowledge base answers well, need no write: no transaction.
    public func answer(_ request: ServiceRequest, in context: AnswerContext) throws -> Reply? {
        switch request.service.code {
        case _ where Self.bringsAnErrand(request): return nil   // staff do it: an errand's case
        case "retirement":
            // `办退休要带什么材料`: a question about the procedure, with nothing to calculate, is answered as one.
            if Self.asksProcedureOnly(request, today: context.today) { return try context.read { try knownAnswer(to: request, db: $0, kept: context.kept) } }
            if let whole = Self.verbRunIntoAQuestion(request) {
                if Self.asksToLookUp(whole.text) { return nil }   // one's own pension looked up: a consultation case
                return try context.read { try knownAnswer(to: whole, db: $0, kept: context.kept) }
            }
            // `我12月退休了 医保还要交么`: the knowledge base's answer on life after retiring, when it has one.
            if Self.asksAboutLifeAfterRetiring(request, today: context.today),
               let known = try context.read({ try knownAnswer(to: request, db: $0, kept: context.kept) }) { return known }
            // `请查一下缴费年限`, `我的缴费年限查了冇`: one person's file to look up, not a table to read out.
            if Self.asksToLookUpForRetirement(request.text) { return nil }
            let reply = try retirement(request, today: context.today)
            // `第一个月的退休金是当月发还是下个月发`: no retirement age to work out, yet a question about social security —
            // the knowledge base's answer, or (nil) a consultation case, never left unanswered.
            if reply.status == .ignored, Self.asksAnotherQuestion(request) {
                return try context.read { try knownAnswer(to: request, db: $0, kept: context.kept) }
            }
            return reply
        case "ss-question":
            if Self.asksToLookUp(request.text) { return nil }   // staff look it up: a consultation case
            let known = try context.read { try knownAnswer(to: request, db: $0, kept: context.kept) }
            if known == nil, Self.answeredAtTheCounter(request) {
                return .answer("好的，这次咨询已经当面答复，不开工单。要跟进的请写明（例如 咨询 … 要回电）。", module: id)
            }
            return known
        default: return nil
        }
    }

    /// Whether staff at the counter write down a question they answered (`问能不能补 跟她说集中缴费期过了 … 要问区医保局`,
    /// `跟他说异地就医要备案 叫她问医保局`): nothing is left to follow up unless what they said promises it (`跟她说我们
    /// 帮她查 回头回电`).
    static func answeredAtTheCounter(_ request: ServiceRequest) -> Bool {
        guard request.channel == .desk,
              let told = KnowledgeBase.firstRange(of: toldWords, in: request.text) else { return false }
        let said = request.text[told.upperBound...]
        return said.count >= 4 && !promiseWords.contains(where: said.contains)
    }

    /// Words that introduce what staff told the resident: the knowledge base's, and where they were sent to ask.
    private static let toldWords = KnowledgeBase.toldWords + ["叫他问", "叫她问", "让他问", "让她问"]
    /// Words in what staff said that promise a follow-up: the question stays a case.
    private static let promiseWords = ["帮他查", "帮她查", "我们查", "回头", "再回", "回电", "回复她", "回复他", "等我", "核实后", "查了再", "问了再"]

    /// Whether the question is about the asker's own file — a pension lower or late this month, a transfer or an
    /// application waiting or asked after again (`养老金这个月怎么少了两百块`, `我社保转移的事有进展冇`, `社保转移 补材料 已交 等审核`): the
    /// knowledge base's general answer does not answer it; staff look the file up and call back.
    /// Not a call or a message passed on to ask whether it is a scam (`有人打电话说我爸养老金少发了 补发要先交手续费 靠谱吗`):
    /// the knowledge base answers that.
    static func asksAboutOwnFile(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: ownFileWords) && !present.containsAny(of: scamAskedAbout)
    }

    /// A scam's marks, or the question whether it is one.
    private static let scamAskedAbout = ["手续费", "点链接", "骗子", "诈骗", "靠谱", "是真的", "是不是真的", "是假的", "是不是假的"]

    /// ``asksAboutOwnFile(_:)``'s words: a file waiting or wrong, an errand pressed, and ``askedToLookUp``.
    private static let ownFileWords = ["卡住", "少了", "少发", "冇到账", "没到账", "冇打到", "没打到", "扣了", "有进展", "进展冇", "到哪一步",
        "有冇得消息", "有没有消息", "审核中", "等审核", "帮我问", "帮忙问", "帮他问", "帮她问", "问清楚", "帮我催", "跟进",
        // asked after days later (`转移的凭证开出来了吗`)
        "办好了冇", "办好了没", "开出来了", "开出来冇", "开好了冇", "冇收到通知", "没收到通知", "上次问", "上回问",
        // one's new card or transfer asked after (`补的卡到了冇`, `河南社保转移到了冇`, `深圳那边审核通过了冇`)
        "卡到了冇", "卡到了没", "卡到了吗", "补的到了冇", "换的到了冇", "转移到了冇", "审核通过了冇", "审核过了冇", "批了冇",
        // (`帮我看一下报销对不对`)
        "查清楚", "帮我看一下", "帮忙看一下", "帮我看下", "对不对"] + askedToLookUp

    /// Someone asked to look a file up, or asked after the look-up (`叫社区帮他查一下调整后的金额`,
    /// `上次问我爸居民医保那个事 … 查了冇`): a file of one's own, also in a retirement question.
    private static let askedToLookUp = ["帮我查", "帮忙查", "帮查", "帮他查", "帮她查", "帮我们查", "查了冇", "查了没", "查到冇", "查到没",
                                        "查好了冇", "结果出来", "查得怎么样", "查得么样", "查得怎样", "查得如何"]

    /// Whether the asker wants their own file looked up (``asksAboutOwnFile(_:)``, or `请查一下`, `她想查一下还剩几个月`)
    /// rather than told how to look it up (`在哪里查`, `手机上能查吗`).
    static func asksToLookUp(_ text: String) -> Bool {
        asksAboutOwnFile(text) || CharacterPresence(text).containsAny(of: lookUpWords) && !tellsHowToLookUp(text)
    }

    /// Whether a retirement question asks for the person's file looked up (`请查一下缴费年限`, `档案里是工人还是干部 …
    /// 帮她查一下`, `缴费年限查了冇`) — not a date to calculate (`帮花女士查下 76年9月 女工人 退休时间`), and not a
    /// calculation to check (`我算的是61岁多 对不对`).
    static func asksToLookUpForRetirement(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: retirementLookUpWords) && !tellsHowToLookUp(text) && !present.containsAny(of: retirementDates)
    }

    /// Asking someone to look one's file up (`请查一下`, `她想查一下还剩几个月`).
    private static let lookUpWords = ["查一下", "查下", "请查", "查查"]
    /// A look-up in a retirement question: asked for, or asked after.
    private static let retirementLookUpWords = lookUpWords + askedToLookUp
    /// A retirement date asked for, which the table answers.
    private static let retirementDates = ["退休时间", "退休年龄", "几岁退", "么时候退", "什么时候退", "哪年退", "几时退", "几月退"]

    /// `在哪里查`, `手机上能查吗`, `你查一下12333`: how to look it up, or advice to look it up oneself.
    private static func tellsHowToLookUp(_ text: String) -> Bool {
        CharacterPresence(text).containsAny(of: ["怎么查", "么样查", "哪里查", "在哪查", "哪查", "如何查", "能查", "可以查", "自己查", "上查",
                                                 "去查", "你查", "查一下就", "查下就", "12333"])
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        switch request.service.code {
        case _ where ["retirement", "ss-question"].contains(request.service.code) && Self.bringsAnErrand(request):
            return try errand(request, in: context)
        case "retirement":
            if let whole = Self.verbRunIntoAQuestion(request) { return try question(whole, in: context) }
            if Self.asksProcedureOnly(request, today: context.today) || Self.asksToLookUpForRetirement(request.text) {
                return try question(request, in: context)
            }
            let reply = try retirement(request, today: context.today)
            return reply.status == .ignored && Self.asksAnotherQuestion(request) ? try question(request, in: context) : reply
        case "ss-question": return try question(request, in: context)
        case "ss-proxy": return try ProxyDesk(context: context).start(request)
        case "ss-proxy-documents": return try ProxyDesk(context: context).progress(request["command"]?.text ?? "")
        default: return try KnowledgeBaseCommands(context: context, index: knowledge).run(request["command"]?.text ?? "")
        }
    }

    /// Whether staff at the counter bring a resident's errand rather than a question (`胡凤兰 来交2028年城乡居民医保`,
    /// `沈建国来登记灵活就业参保 … 要签代扣`, `蔡姐的妈妈想申请门诊慢特病 … 请帮着报上去`, `要改社保卡上的手机号`):
    /// staff do it and keep it on a case. Asking how (`来交医保要带什么`) is a question.
    static func bringsAnErrand(_ request: ServiceRequest) -> Bool {
        guard request.channel == .desk else { return false }
        let present = CharacterPresence(request.text)
        return present.containsAny(of: errandWords) && !present.containsAny(of: howWords)
            && !request.text.contains(where: { "?？吗".contains($0) })
            || booksAnOffice(request.text) || paidForThem(request.text)
    }

    /// Whether staff write down contributions they paid for residents (`代缴460 回执发葛姐`, `居民医保代缴4户7人`,
    /// `帮她代缴了两人`, `驿站代缴 今天办了6户`, `来驿站1代交 460`): `代缴` or `代交` followed by a sum, a count, `了`, `已`
    /// or the day's tally — not told as what can be done (`驿站可以帮代缴，`) or what a fund does (`由失业保险基金代缴
    /// 不用自己交`).
    static func paidForThem(_ text: String) -> Bool {
        paidForThem(text, saying: "代缴") || paidForThem(text, saying: "代交")
    }

    /// ``paidForThem(_:)`` for one spelling of the word.
    private static func paidForThem(_ text: String, saying word: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: word) {
            let after = rest[found.upperBound...].drop(while: { $0 == " " })
            if let next = after.first, next.isASCII && next.isNumber || next == "了" || next == "已" || after.hasPrefix("今天") {
                return true
            }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Whether staff write down an appointment they booked at an office's window for the resident (`约8/12周二上午区人社
    /// 窗口办退休`, `问能不能办 跟他说可以 约窗口下周一`): an errand to see through, whatever was asked before it — not
    /// advice to book it oneself (`让她儿子带身份证来约窗口`, `叫他自己约窗口 已答`).
    static func booksAnOffice(_ text: String) -> Bool {
        guard text.contains("约"), !text.contains("已答") else { return false }
        let characters = Array(text)
        for (i, c) in characters.enumerated() where c == "约" && (i == 0 || !"大节制公契来去己".contains(characters[i - 1])) {
            let after = String(characters[(i + 1)..<min(characters.count, i + 1 + bookingReach)])
            if offices.contains(where: after.contains) { return true }
        }
        return false
    }

    /// How far after `约` the office booked may be named (`约8/11周一上午区人社窗口`: a date and a time of day between).
    private static let bookingReach = 14
    /// The offices a booking names.
    /// (The station too, where staff do it with the resident: `失业登记 约礼拜五上午来驿站2`.)
    private static let offices = ["窗口", "人社", "政务中心", "社保局", "医保局", "社保所", "驿站"]

    /// A resident come to have something done (`来交`, `来登记`), or staff asked to pass it on (`报上去`).
    private static let errandWords = ["来交", "来登记", "来办", "来申请", "来续", "来补", "想申请", "要申请", "帮着报", "报上去", "帮她报",
                                      "帮他报", "签代扣", "要签", "帮她办", "帮他办", "要改", "改一下", "要办理",
                                      // an extension registered, the retirement window booked or gone to with the resident
                                      // (`来柜台登记延长缴费`, `请帮约人社窗口 2月份办`, `约3月19日下午陪同去驿站3`)
                                      "登记延长", "约人社", "帮约", "帮她约", "帮他约", "陪同去", "提交退休申请",
                                      // paid, enrolled, registered or handed in for them (`带新生儿出生证来 办居民医保参保 材料齐
                                      // 已提交`, `帮她交了`, `家属问长护险 已登记 等医保局评估`)
                                      "已提交", "帮她交", "帮他交", "代交了", "帮她备案", "帮他备案", "办参保", "办理参保", "已登记", "等医保局",
                                      // done on the resident's phone or online for them, papers taken in, the file followed to
                                      // its approval (`帮他操作`, `帮她在网上提交`, `退休申请材料收了 明天交区社保中心`,
                                      // `退休申请已交 跟进审批`, `8号带去区社保中心办退休`)
                                      "帮他操作", "帮她操作", "app上操作", "App上操作", "APP上操作", "网上提交", "材料收了", "交了材料", "申请已交", "申请提交",
                                      "跟进审批", "审批通过", "带去区社保", "帮他预约", "帮她预约",
                                      // the papers taken, the resident gone with to the office, a file to hand in, a pension
                                      // worked out by the office on request, a contribution changed on the resident's phone
                                      // (`材料已收 下周一陪去区社保中心`, `下周交档案`, `申请人社测算养老金`, `缴费档次在app上调高 已教会`)
                                      "材料已收", "陪去", "交档案", "测算", "app上调", "App上调", "app上选", "App上选", "已教会",
                                      // booked, submitted on the resident's app (`已帮预约区社保中心`, `帮她在湖北智慧人社上
                                      // 提交弹性申请`)
                                      "帮预约", "上提交",
                                      // the retirement papers checked with the resident or taken in for the employer to file
                                      // (`材料帮她核了 厂里报区社保中心`, `申请表和身份证复印件已收 转单位报`), a refund form
                                      // filled in (`退费申请表帮她填好`)
                                      "帮她核", "帮他核", "帮她对了", "帮他对了", "复印件已收", "转单位报", "帮她填", "帮他填",
                                      // filed on the resident's behalf, done there and then, a card activated or reported lost
                                      // with them, an office gone to with them (`在湖北智慧人社上帮他提了弹性退休申请`, `材料驿站3
                                      // 代递`, `帮她现场办了`, `在国家医保服务平台上办了异地就医临时外出备案`, `陪同到区社保中心`)
                                      "帮他提了", "帮她提了", "上提了", "提了退休申请", "提了弹性", "代递", "现场办了", "当场办了", "上办了",
                                      "帮她激活", "帮他激活", "补录", "帮他申领", "帮她申领", "做失业登记", "失业登记和", "陪她到",
                                      "陪他到", "陪同到", "帮她挂失", "帮他挂失"]
    /// Asking how, what or where: a question, though an errand's word is in it.
    private static let howWords = ["么样", "怎么", "如何", "要带", "带么", "带什么", "哪里", "在哪", "多少钱", "好多钱", "能不能", "可不可以"]

    /// An errand staff do for the resident at the counter: a case for the operator, with the knowledge base's
    /// answer on the matter when it has one.
    private func errand(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        let record = try context.cases.open(
            CaseDraft(title: "社保办理：" + String(Masking.redact(request.text).prefix(30)), category: "帮办", timeLimit: "general",
                      assignee: request.operatorName, details: request.text),
            for: Caller.fill(request, from: request.text))
        var text = "已登记办理工单 \(record.id)，由 \(request.operatorName) 办理，办好后在工单上记一笔。"
        if let known = try knownAnswer(to: request, db: context.db, kept: context.kept), !known.text.isEmpty { text += "\n" + known.text }
        return Reply(module: id, status: .created, caseID: record.id, text: text)
    }

    /// Whether a retirement request asks how it is done rather than when (`要带什么材料`, `手续怎么办`, `去哪里办`),
    /// with no birth month or category to calculate from.
    static func asksProcedureOnly(_ request: ServiceRequest, today: CalendarDay) -> Bool {
        // (Foundation's search only for a word whose first character the text has: ``CharacterPresence``.)
        return request["birthAnswer"] == nil && request["categoryAnswer"] == nil
            && CharacterPresence(request.text).containsAny(of: ["材料", "手续", "带什么", "准备什么", "流程", "去哪", "在哪", "哪里办",
                                                              "怎么办理", "怎么申请"])
            && RetirementReading(request.text, today: today).isEmpty
    }

    /// The retirement service's verb run into a longer word (`退休金这个月么样还冇到`, `退休工资…`, `退休以后…咋交`): the desk
    /// hands the service what follows its verb, which then starts with the rest of that word — a question about the
    /// pension or life after retiring, not about the retirement age. The request read whole, or nil.
    static func verbRunIntoAQuestion(_ request: ServiceRequest) -> ServiceRequest? {
        guard request["birthAnswer"] == nil, request["categoryAnswer"] == nil else { return nil }
        let text = request.text
        guard ["金", "工资", "费", "待遇"].contains(where: text.hasPrefix) || ["以后", "后医保", "后还要", "后要不要"].contains(where: text.hasPrefix) && QuestionForm.asks(text)
        else { return nil }
        var whole = request
        whole.text = "退休" + text
        return whole
    }

    /// Whether a retirement request tells the retirement as settled (`我12月退休了`, `退休以后`, `退休批下来了`) and asks
    /// about what comes after it — 医保 still to pay, the first pension's day — with no birth month to calculate from:
    /// a question for the knowledge base, when it knows the answer, not for the retirement age. (A note that tells it,
    /// `退休批了 下月起发`, asks nothing.)
    static func asksAboutLifeAfterRetiring(_ request: ServiceRequest, today: CalendarDay) -> Bool {
        guard request["birthAnswer"] == nil, request["categoryAnswer"] == nil else { return false }
        let present = CharacterPresence(request.text)
        guard present.containsAny(of: retirementSettled), present.containsAny(of: afterRetiring), QuestionForm.asks(request.text),
              !present.containsAny(of: ["几时退", "什么时候退", "么时候退", "哪年退", "能退", "退得了", "可以退"]) else { return false }
        let reading = RetirementReading(request.text, today: today)
        return reading.birth == nil && reading.birthYear == nil && reading.citizen == nil
    }

    /// Words that tell a retirement as settled: done, approved, or its month known.
    private static let retirementSettled = ["退休了", "退休以后", "退休后", "已经退休", "退了休", "退休批", "批下来"]
    /// Matters of life after retiring that the knowledge base answers.
    private static let afterRetiring = ["医保", "到账", "第一个月", "第一笔", "社保卡", "待遇"]

    private func retirement(_ request: ServiceRequest, today: CalendarDay) throws -> Reply {
        do { return .answer(try RetirementQuestion(request: request, today: today).answer(), module: id) } catch is RetirementQuestion.NotAQuestion {
            return Reply(module: id, status: .ignored, text: "")
        }
    }

    /// The knowledge base's answer to the question, when one matches well enough.
    /// - Parameter kept: where the index's kept form is read from and kept (``KnowledgeIndex``).
    private func knownAnswer(to request: ServiceRequest, db: Database, kept: KeptForms) throws -> Reply? {
        let asked = KnowledgeBase.askedPart(of: request["question"]?.text ?? request.text)
        guard let best = try KnowledgeBase.search(asked, in: knowledge, db: db, kept: kept).first, best.score >= KnowledgeBase.goodEnough else {
            return nil
        }
        return best.entry.reply
    }

    /// Whether a line the router gave the retirement age, with no age to work out in it, still asks a question about one
    /// of social security's matters (`差两年的话 我现在灵活就业接着交行不行`, `我当兵那几年的社保 是不是要我自己去补`).
    static func asksAnotherQuestion(_ request: ServiceRequest) -> Bool {
        QuestionForm.asks(request.text) && mattersAskedAbout.contains(where: request.text.contains)
    }

    /// Social security's matters and one's working years (`算不算工龄`).
    private static let mattersAskedAbout = matters + ["工龄"]

    /// Social security's matters by name: a group's line with none of them, asking nothing, is no question for it.
    static let matters = ["社保", "医保", "养老", "退休", "失业", "参保", "缴费", "交费", "报销", "备案", "灵活就业", "工伤", "生育",
                          "低保", "补缴", "断缴", "转移", "扣款", "扣费", "扣钱"]

    private func question(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        // The desk asked ``answer(_:in:)`` first, outside any transaction (``AnswersWithoutWriting``): a question
        // that reaches here has no good answer in the knowledge base, and is not searched for again.
        let asked = request["question"]?.text ?? request.text
        // In a group, a remark the model hears as social security's (`这样还差不多`, `材料交了 人社说下个月开始领`) that asks
        // nothing and names none of its matters is a neighbour's word, not a question to look into: no ticket.
        if request.channel == .group, !QuestionForm.asks(asked), !Self.matters.contains(where: asked.contains) {
            return Reply(status: .ignored, text: "")
        }
        // No good answer: the first desk to receive the question owns it (首接负责制) and follows it up.
        let owner = request.channel == .desk ? request.operatorName : "社区服务台"
        // The title is shown in every list: never a whole ID or phone number in it.
        let record = try context.cases.open(
            CaseDraft(title: "社保咨询：" + String(Masking.redact(asked).prefix(30)), category: "咨询", timeLimit: "general",
                      assignee: owner, details: asked),
            for: Caller.fill(request, from: asked))
        let limit = context.directory.timeLimit(id: "general").map { DeskFormat.hours($0.hours) } ?? "7天"
        return Reply(module: id, status: .created, caseID: record.id,
                     text: "这个问题需要工作人员核实后答复，已登记咨询工单 \(record.id)，由 \(owner) 负责，\(limit)内答复。"
                        + (record.requesterPhone == nil && request.channel == .group
                            ? "要电话答复的，请私信网格员留下号码，不要把号码发在群里。" : ""))
    }
}
