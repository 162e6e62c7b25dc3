import DeskKit
import Foundation

/// 老年认证: the register of older residents, pension qualification certification (Wuhan's natural year by
/// default, or a rolling 12 months), home visits for those who cannot come, reminders, and age-based benefits.
public struct ElderCertification: ServiceModule {
    public let id = "elder-certification"
    public let name = LocalizedName("老年认证", "Elder certification")
    public let summary = "老人名册、养老金资格认证、上门认证、认证提醒、优待证和高龄津贴"
    public let casePrefix = "RZ"

    public init() {}

    /// Words any question about certification has — the word itself or a typo of it (`认正`), the face check, a
    /// pension stopped — which let the model's reading stand (``RoutingWord/mentions(_:)``). A pension late or low
    /// without them (`我这个月的养老金么样还冇到`) is a social-security question.
    static let certificationMentions = ["认", "人脸", "识别", "刷脸", "资格", "年审", "生存", "停发",
                                        "renzheng", "ren lian", "renlian", "shuaren"]

    public var services: [Service] {
        let elder = Field("elder", name: "老人", kind: .text, question: "请问是哪位老人？写姓名（重名加身份证后四位）或身份证号")
        return [
            Service(code: "cert-question", name: "认证咨询", englishName: "Certification question",
                    description: "养老金资格认证怎么做、今年还要不要做、不会用手机怎么办", group: name.chinese,
                    verbs: ["认证咨询"], aliases: ["cert-help"],
                    routing: [RoutingWord("养老金认证", weight: 3), RoutingWord("资格认证", weight: 3), RoutingWord("认证", weight: 2),
                              RoutingWord("刷脸", weight: 1.5), RoutingWord("人脸识别", weight: 1.5), RoutingWord("生存认证", weight: 3)]
                        + RoutingWord.mentions(Self.certificationMentions),
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    // The model leans here for any line with a year, an amount or an elder in it (`去年是380 好像年底前交`,
                    // `已经打120了`); a question about certification says what it is about.
                    routingNeedsWord: true,
                    // Staff telling a certification made or a visit arranged: the module records it (`toldCertification`).
                    recordsWork: ["认证", "刷脸", "人脸识别", "人脸", "人工核验"],
                    // The answer offers a home visit for an elder who cannot come: a next line naming the elder asks for it.
                    invites: "cert-visit-request", answersCosts: true),
            Service(code: "benefit-card-info", name: "优待证咨询", englishName: "Benefit card question",
                    description: "老年人优待证：谁可以办、什么时候办、在哪里办、带什么", group: name.chinese,
                    verbs: ["优待证咨询"], aliases: ["benefit-card-help"],
                    routing: [RoutingWord("优待证", weight: 3), RoutingWord("老年证", weight: 2.5), RoutingWord("老年人优待", weight: 2.5),
                              RoutingWord("敬老卡", weight: 2), RoutingWord("老年卡", weight: 2), RoutingWord("免费坐公交", weight: 1.5),
                              RoutingWord("补办优待证", weight: 3), RoutingWord("办优待证", weight: 2)],
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    answersCosts: true),
            Service(code: "age-allowance-info", name: "高龄津贴咨询", englishName: "Age allowance question",
                    description: "高龄津贴：谁可以领、怎么申请、标准", group: name.chinese,
                    verbs: ["高龄津贴咨询"], aliases: ["age-allowance-help"],
                    routing: [RoutingWord("高龄津贴", weight: 3), RoutingWord("高龄补贴", weight: 3), RoutingWord("高龄老人补贴", weight: 3),
                              RoutingWord("津贴", weight: 1.5), RoutingWord("80岁", weight: 0.5)],
                    fields: [Field("question", name: "问题", kind: .longText, required: false, question: "请问想了解什么？")],
                    answersCosts: true),
            Service(code: "cert-visit-request", name: "预约上门认证", englishName: "Ask for a home visit",
                    description: "卧床、行动不便的老人申请网格员上门做养老金资格认证", group: name.chinese,
                    verbs: ["预约上门认证", "申请上门认证"], aliases: ["visit-request"],
                    routing: [RoutingWord("上门认证", weight: 3), RoutingWord("约个上门", weight: 2), RoutingWord("能不能上门", weight: 2.5),
                              RoutingWord("上门", weight: 0.5), RoutingWord("上门做", weight: 2), RoutingWord("瘫在床上", weight: 2), RoutingWord("瘫痪在床", weight: 2),
                              RoutingWord("卧床", weight: 1.5), RoutingWord("来家里认证", weight: 3), RoutingWord("走不动", weight: 1)],
                    // Only a name is a name (`王淑珍`, `她叫王淑珍 住在…`): a question or another message is not taken for it.
                    fields: [Field("elder", name: "老人姓名", kind: .text, question: "请问老人叫什么名字？", validate: { value, _ in
                                 let text = value.text ?? ""
                                 if Self.isQuestion(text) && Self.introducedName(in: text) == nil {
                                     throw DeskError("invalid-field", "老人姓名：还没有收到（「\(text)」不是姓名），登记好后网格员会联系约上门时间")
                                 }
                                 guard Self.personName(in: text) != nil else {
                                     throw DeskError("invalid-field", "老人姓名：请只写姓名，例如 周桂兰")
                                 }
                             }),
                             // Not asked when the elder is on the register: the register's address is used.
                             Field("address", name: "地址", kind: .address(home: true), required: false, question: Self.visitAddressQuestion),
                             Field("phone", name: "联系电话", kind: .phone, required: false, question: "联系电话？"),
                             Field("date", name: "希望日期", kind: .datetime, required: false, question: "希望哪天上门？")],
                    opensCaseWhenIncomplete: true),
            Service(code: "elder-register", name: "老人登记", englishName: "Register an elder",
                    description: "登记老人：姓名、身份证号、地址、电话、养老金类型、居住情况、家属联系人", group: name.chinese,
                    verbs: ["老人登记"], aliases: ["elder-add"],
                    fields: [
                        Field("name", name: "姓名", kind: .text, question: "老人的姓名？"),
                        // Asked by the module after the others, so that an ill-formed number gets its reason.
                        Field("id", name: "身份证号", kind: .idNumber, required: false, question: "身份证号？"),
                        Field("address", name: "地址", kind: .address(home: true), question: "住址？例如 水印桃源3栋2单元502 或 李家墩村湾3组12号"),
                        Field("phone", name: "电话", kind: .phone, required: false, question: "电话？"),
                        Field("pension", name: "养老金类型", kind: .choice(Elder.pensionTypes), question: "养老金类型？"),
                        Field("living", name: "居住情况", kind: .choice(Elder.livingSituations), question: "居住情况？"),
                        Field("family", name: "家属联系人", kind: .text, required: false, question: "家属联系人？"),
                    ],
                    audience: .staff),
            Service(code: "elder-show", name: "老人查询", englishName: "Look up an elder",
                    description: "查看一位老人的记录：地址、电话、家属、认证记录、修改记录（号码打码）", group: name.chinese,
                    // `老人` only as a word of its own (`老人 周桂兰`), so that `老人摔倒了` is never taken for a lookup.
                    verbs: ["老人查询", "查老人"], aliases: ["elder", "老人"],
                    fields: [elder], audience: .staff, usageExamples: ["老人 周桂兰", "老人 周桂兰 0026（重名时加身份证后四位）"]),
            Service(code: "elder-edit", name: "老人修改", englishName: "Correct an elder's record",
                    description: ElderRecords.editUsage, group: name.chinese, verbs: ["老人修改"], aliases: ["elder-edit"],
                    fields: [Field("text", name: "内容", kind: .text, question: ElderRecords.editUsage)], audience: .staff,
                    usageExamples: ["老人修改 周桂兰 电话 13907181234", "老人修改 周桂兰 家属 女儿 李芳 13900000002", "老人修改 周桂兰 居住情况 空巢"]),
            Service(code: "elder-leave", name: "老人注销", englishName: "Record a death or a move",
                    description: "老人去世或迁出：移出认证名单和提醒，记录保留。" + ElderRecords.leaveUsage, group: name.chinese,
                    verbs: ["老人注销"], aliases: ["elder-leave"],
                    routing: [RoutingWord("去世", weight: 3), RoutingWord("过世", weight: 3), RoutingWord("迁出", weight: 2), RoutingWord("搬走了", weight: 2),
                              RoutingWord("注销", weight: 2.5)],
                    fields: [elder,
                             Field("reason", name: "原因", kind: .choice([Choice("去世", "去世", aliases: ["过世", "死亡", "走了"]),
                                                                        Choice("迁出", "迁出", aliases: ["搬走", "搬家", "户口迁走"])]),
                                   question: "去世还是迁出？"),
                             Field("date", name: "日期", kind: .datetime, question: "哪一天？例如 11月20日"),
                             Field("note", name: "说明", kind: .text, required: false, question: "说明？")],
                    audience: .staff),
            Service(code: "elder-import", name: "老人导入", englishName: "Import elders",
                    description: "从表格导出的 CSV 批量导入老人名册（列：\(ElderRegister.columns.joined(separator: "、"))），全部正确行一起导入或都不导入",
                    group: name.chinese, verbs: ["老人导入"], aliases: ["elder-import"],
                    fields: [Field("path", name: "文件", kind: .text, question: "CSV 文件的路径？"),
                             Field("confirm", name: "确认", kind: .choice([Choice("yes", "确认导入", aliases: ["确认", "导入", "是"]), Choice("no", "不导入", aliases: ["否", "不"])]),
                                   required: false, question: "确认导入吗？")],
                    audience: .staff),
            Service(code: "cert-record", name: "认证登记", englishName: "Record a certification",
                    description: "登记一次认证：老人、方式（大数据静默、人脸识别、社区现场、上门）、日期、经办人", group: name.chinese,
                    verbs: ["认证登记"], aliases: ["certify"],
                    // Staff telling the desk `周桂兰今天来驿站现场认证了`.
                    routing: [RoutingWord("认证了", weight: 3), RoutingWord("现场认证了", weight: 1), RoutingWord("来认证", weight: 1),
                              RoutingWord("已拍照", weight: 3), RoutingWord("拍照留存", weight: 3)],
                    fields: [elder,
                             Field("method", name: "方式", kind: .choice(Certification.methods), question: "认证方式？"),
                             Field("date", name: "日期", kind: .datetime, required: false, question: "哪天认证的？"),
                             Field("by", name: "经办人", kind: .text, required: false, question: "经办人？"),
                             Field("note", name: "备注", kind: .text, required: false, question: "备注？")],
                    audience: .staff),
            Service(code: "cert-list", name: "认证名单", englishName: "Certification lists",
                    description: "未认证、即将到期（默认30天）、超期名单，可按小区或网格；卧床老人标注需上门", group: name.chinese,
                    verbs: ["认证名单"], aliases: ["cert-list"],
                    fields: [Field("filter", name: "条件", kind: .text, required: false, question: "条件？")], audience: .staff),
            Service(code: "cert-visit", name: "上门认证", englishName: "Home visit",
                    description: "为行动不便的老人预约网格员上门认证", group: name.chinese,
                    verbs: ["上门认证"], aliases: ["home-visit"],
                    fields: [elder,
                             Field("date", name: "日期", kind: .datetime, question: "哪天上门？例如 12月3日上午"),
                             Field("worker", name: "网格员", kind: .text, required: false, question: "哪位网格员去？")],
                    audience: .staff),
            Service(code: "cert-visit-result", name: "上门结果", englishName: "Home visit outcome",
                    description: "记录上门认证的结果：上门结果 RZ-0001 已认证", group: name.chinese,
                    verbs: ["上门结果"], aliases: ["visit-result"],
                    fields: [Field("outcome", name: "结果", kind: .text, question: "上门结果 工单号 结果，如 上门结果 RZ-0001 已认证")],
                    audience: .staff),
            Service(code: "cert-visits", name: "上门计划", englishName: "Upcoming visits",
                    description: "待上门的认证", group: name.chinese, verbs: ["上门计划"], aliases: ["visits"], audience: .staff),
            Service(code: "cert-remind", name: "认证提醒", englishName: "Certification reminders",
                    description: "为即将到期（默认30天）和超期的老人生成群提醒，放入待发消息", group: name.chinese,
                    verbs: ["认证提醒"], aliases: ["cert-remind"],
                    fields: [Field("days", name: "天数", kind: .integer(1...366), required: false, question: "多少天内到期？")],
                    audience: .staff),
            Service(code: "benefit-cards", name: "优待证名单", englishName: "Benefit cards",
                    description: "未来N个月（默认3）可申请老年人优待证和满65岁的老人", group: name.chinese,
                    verbs: ["优待证名单"], aliases: ["benefit-cards"],
                    fields: [Field("span", name: "月数", kind: .integer(1...24), required: false, question: "未来几个月？")], audience: .staff),
            Service(code: "age-allowance", name: "高龄津贴名单", englishName: "Age allowance",
                    description: "未来N天（默认90）满80、90、100岁的老人；金额只来自配置", group: name.chinese,
                    verbs: ["高龄津贴名单"], aliases: ["age-allowance"],
                    fields: [Field("span", name: "天数", kind: .integer(1...366), required: false, question: "未来多少天？")], audience: .staff),
            Service(code: "cert-stats", name: "认证统计", englishName: "Certification figures",
                    description: "本周期已认证人数/总人数，按小区", group: name.chinese,
                    verbs: ["认证统计"], aliases: ["cert-stats"], audience: .staff),
        ]
    }

    public var migrations: [ModuleMigration] { ElderSchema.migrations }

    /// Both seed files replace one row each: a changed `config.yaml` or `info.yaml` is applied at the next start.
    public var seedUpdates: SeedUpdates { .reapply }

    public func seed(_ db: Database, from seeds: SeedFiles) throws {
        try seeds.decode(ElderConfig.self, from: "elder-certification/config.yaml").save(db)
        try seeds.decode(ElderInfo.self, from: "elder-certification/info.yaml").save(db)
    }

    /// The number written in `word` (its digits); a number too large for an `Int` reads as `Int.max`, so that
    /// the field's range refuses it instead of the request silently taking the default.
    static func number(_ word: String) -> Int? {
        let digits = word.filter(\.isNumber)
        guard !digits.isEmpty else { return nil }
        return Int(digits) ?? Int.max
    }

    public func prefill(_ text: String, for service: Service, in context: PrefillContext) -> [String: FieldValue] {
        let words = text.split(separator: " ").map(String.init)
        var fields: [String: FieldValue] = [:]
        func choose(_ code: String, _ choices: [Choice]) {
            if let c = choices.first(where: { c in ([c.name] + c.aliases).contains { text.contains($0) } }) { fields[code] = .choice(c.key) }
        }
        switch service.code {
        case "cert-question", "benefit-card-info", "age-allowance-info":
            fields["question"] = .text(text)
        case "cert-visit-request":
            // A name anywhere among the words when it has a name's shape (`那帮我登记 熊长根 5栋1单元301`).
            if let name = Self.visitedElder(in: text) ?? words.first.flatMap(Self.personName(in:))
                ?? words.dropFirst().first(where: { PersonName.isName($0[...]) && Self.personName(in: $0) != nil }) {
                fields["elder"] = .text(name)
            }
            if case .success(let d)? = DateParser.find(in: text, today: context.today) { fields["date"] = .datetime(d) }
        case "elder-show", "elder-edit":
            if !text.isEmpty { fields[service.code == "elder-show" ? "elder" : "text"] = .text(text) }
        case "elder-leave":
            if let name = Self.leadingName(words.first ?? "") { fields["elder"] = .text(name + (words.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isNumber) }.map { " \($0)" } ?? "")) }
            choose("reason", service.field("reason")!.kind.choices)
            if case .success(let d)? = DateParser.find(in: text, today: context.today) { fields["date"] = .datetime(d) }
        case "elder-register":
            if let name = words.first(where: { w in w.count >= 2 && w.count <= 4 && w.allSatisfy { !$0.isASCII }
                && !context.directory.compounds.contains { c in c.allNames.contains { w.contains($0) } }
                && !(Elder.pensionTypes + Elder.livingSituations).contains { c in ([c.name] + c.aliases).contains(w) } }) {
                fields["name"] = .text(name)
            }
            choose("pension", Elder.pensionTypes)
            choose("living", Elder.livingSituations)
            if let r = text.range(of: #"(家属|儿子|女儿|老伴|孙子|孙女)\s*\S+(\s*1[3-9][0-9]{9})?"#, options: .regularExpression) {
                fields["family"] = .text(String(text[r]))
            }
            // A number meant as the ID but ill-formed: the module asks for it again with the reason.
            if CitizenID.candidate(in: text) == nil, let run = Self.idLike.firstMatch(in: text) {
                fields["idProblem"] = .text(CitizenIDError.wrongLength(run.count).description)
            }
        case "cert-record", "cert-visit":
            let dateless = words.filter { DateParser.find(in: $0, today: context.today) == nil }
            // A place is no name: `奥园3-1-601` after `周桂兰今天来驿站现场认证了` names where she lives.
            let places = Self.placeNames(in: context.directory)
            let spoken = words.first.flatMap(Self.leadingName).flatMap { places.contains($0) ? nil : $0 }
            if words.count == 1 || DateParser.find(in: words[0], today: context.today) != nil, let name = spoken {
                fields["elder"] = .text(name)          // `周桂兰今天来驿站现场认证了 奥园3-1-601`
            } else if let who = dateless.first(where: { w in !Certification.methods.contains { c in ([c.name] + c.aliases).contains(w) }
                && !Self.notAName(w, places: places) }) {
                let tail = dateless.first { $0.count == 4 && $0.allSatisfy { $0.isNumber || $0 == "X" } }
                // `程金秀来驿站现场认证 汉口道3-1-604`: the name at the head of a sentence, not the sentence.
                fields["elder"] = .text([Self.leadingName(who) ?? who, tail].compactMap { $0 }.joined(separator: " "))
            }
            choose("method", Certification.methods)
            if case .success(let d)? = DateParser.find(in: text, today: context.today) { fields["date"] = .datetime(d) }
            if service.code == "cert-visit", let worker = context.directory.grids.first(where: { text.contains($0.worker) }) {
                fields["worker"] = .text(worker.worker)
            }
        case "cert-list":
            if !text.isEmpty { fields["filter"] = .text(text) }
        case "cert-visit-result":
            if !text.isEmpty { fields["outcome"] = .text(text) }
        case "elder-import":
            if let path = words.first { fields["path"] = .text(path) }
        case "cert-remind":
            if let n = words.first.flatMap(Self.number) { fields["days"] = .integer(n) }
        case "benefit-cards", "age-allowance":
            if let n = words.lazy.compactMap(Self.number).first { fields["span"] = .integer(n) }
        default:
            break
        }
        return fields
    }

    /// The names of the community's compounds and places, none of them an elder's name.
    static func placeNames(in directory: CommunityDirectory) -> [String] {
        directory.compounds.flatMap(\.allNames) + directory.places
    }

    /// A word of the counter's shorthand that is no elder's name: the verb and its words (`认证`, `上门`, `完成`,
    /// `人脸`, `ok`), an address (`水印6-2-501`; ASCII digits only: `三` of `张三` is a number to Unicode), a grid
    /// worker (`王网格`), a group of the village (`五组`), a single character (a compound's shorthand standing apart,
    /// `奥 21-2-1703 钱爹爹 上门`).
    static func notAName(_ word: String, places: [String]) -> Bool {
        word.count < 2 || shorthandWords.contains(word) || word.contains { $0.isASCII && $0.isNumber } || word.allSatisfy(\.isASCII)
            || word.hasSuffix("网格") || places.contains(where: word.hasPrefix)
            || word.hasSuffix("组") && word.dropLast().allSatisfy("一二三四五六七八九十".contains)
    }

    static let shorthandWords: Set<String> = ["认证", "上门", "上门认证", "现场", "现场认证", "完成", "已完成", "做了", "过了", "人脸",
                                              "人脸识别", "刷脸", "通过", "已认证", "登记", "今天", "昨天", "上午", "下午", "驿站"]

    static let idLike = TextPattern(#"(?<![0-9])[0-9]{15,17}[0-9Xx]?(?![0-9])|(?<![0-9])[0-9]{19,20}(?![0-9])"#)

    /// The name at the start of a sentence about an elder (`周桂兰今天来驿站现场认证了`, `周桂兰去世了`).
    static func leadingName(_ text: String) -> String? {
        leadingNamePattern.firstGroups(in: text)?.groups[0]
    }

    static let leadingNamePattern = TextPattern(#"^(\p{Han}{2,4}?)(?=今天|昨天|前天|上午|下午|已经|刚|来|去|在|于|的|老人|婆婆|爹爹|奶奶|爷爷|当场|刷脸|现场|[0-9]|$)"#)

    /// Who the home visit is for: `帮王秀英约个上门认证`, `我妈周桂兰瘫在床上`.
    static let visitFrames = [TextPattern(#"(?:帮|给|为)(\p{Han}{2,3}?)(?:约|预约|申请|办|做)"#),
                              TextPattern(#"(?:我妈|我爸|母亲|父亲|老人|婆婆|爹爹|奶奶|爷爷)(?:叫)?(\p{Han}{2,3}?)(?:瘫|卧床|行动|走不|在床|,|，|\s)"#)]

    static func visitedElder(in text: String) -> String? {
        let frames = visitFrames
        let kin: Set<String> = ["我妈", "我爸", "老人", "家里", "我家", "我们", "母亲", "父亲", "婆婆", "奶奶", "爷爷", "老娘"]
        for frame in frames {
            if let name = frame.firstGroups(in: text)?.groups[0], !kin.contains(name) { return name }
        }
        return introducedName(in: text)
    }

    static let visitAddressQuestion = "老人住在哪里？例如 水印桃源3栋2单元502 或 李家墩村湾3组12号"

    /// A name introduced as one: `她叫王淑珍`, `我妈叫周桂兰`, `老人名叫刘翠兰`.
    static let introducedFrame = TextPattern(#"(?:她|他|老人|我妈|我爸|婆婆|爹爹|奶奶|爷爷|母亲|父亲)?(?:叫|名叫|叫做|姓名是|名字是|名字叫)\s*(\p{Han}{2,4}?)(?=\s|$|[,，。、;；住在身电今年的是0-9])"#)

    static func introducedName(in text: String) -> String? {
        introducedFrame.firstGroups(in: text)?.groups[0].flatMap { isQuestion($0) ? nil : $0 }
    }

    /// A question, never a person's name: `什么时候来啊`, `要带什么东西吗`, `哪天来`.
    static func isQuestion(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return ["吗", "呢", "啊", "吧", "嘛", "?", "？"].contains(where: t.hasSuffix)
            || ["什么", "怎么", "哪", "多少", "几时", "几点", "为啥", "咋"].contains(where: t.contains)
    }

    /// The person `text` names: a name introduced (`她叫王淑珍 住在6栋…`), or the whole text when it is only a
    /// name (`王淑珍`, `阿依古丽·买买提`). Nil for a question, a relation (`我妈`) or anything else.
    static func personName(in text: String) -> String? {
        if let introduced = introducedName(in: text) { return introduced }
        let t = text.trimmingCharacters(in: .whitespaces)
        // Nor the grid worker a line is said to (`陈网格 …`), nor the words that open a question (`问下 …`).
        let notNames = ["我", "她", "他", "妈", "爸", "老人", "家里", "认证", "上门", "社区", "小区", "栋", "单元", "婆婆", "爹爹", "奶奶", "爷爷", "谢谢", "好的", "收到",
                        "网格", "问下", "请问", "麻烦"]
        guard (2...8).contains(t.count), t.allSatisfy({ ($0.isLetter && !$0.isASCII) || $0 == "·" }), !isQuestion(t),
              !notNames.contains(where: t.contains) else { return nil }
        return t
    }

    public func handle(_ request: ServiceRequest, in context: ServiceContext) throws -> Reply {
        switch request.service.code {
        case "elder-register": return try ElderRegister(context: context).register(request)
        case "elder-show": return try ElderRecords(context: context).show(try request.value(ElderFields.elder))
        case "elder-edit": return try ElderRecords(context: context).edit(try request.value(ElderFields.text))
        case "elder-leave":
            return try ElderRecords(context: context).leave(elderText: try request.value(ElderFields.elder), reason: try request.value(ElderFields.reason),
                                                            day: try request.value(ElderFields.date).day, note: request["note"]?.text)
        case "benefit-card-info": return try ResidentAnswers(context: context).benefitCard(request)
        case "age-allowance-info": return try ResidentAnswers(context: context).ageAllowance(request)
        case "cert-visit-request": return try ResidentAnswers(context: context).requestVisit(request)
        case "elder-import": return try ElderRegister(context: context).importFile(request)
        default: break
        }
        let desk = try CertificationDesk(context: context)
        switch request.service.code {
        case "cert-question": return try desk.question(request)
        case "cert-record": return try desk.certify(request)
        case "cert-list": return try desk.list(request["filter"]?.text ?? "")
        case "cert-visit": return try desk.scheduleVisit(request)
        case "cert-visit-result": return try desk.visitOutcome(try request.value(ElderFields.outcome))
        case "cert-visits": return try desk.upcomingVisits()
        case "cert-remind": return try desk.remind(days: request["days"]?.integer ?? context.settings[Self.remindDays].count)
        case "benefit-cards": return try AgeBenefits(desk: desk).benefitCards(months: request["span"]?.integer ?? 3)
        case "age-allowance": return try AgeBenefits(desk: desk).ageAllowance(days: request["span"]?.integer ?? 90)
        default: return try AgeBenefits(desk: desk).completion()
        }
    }
}
