import DeskKit
import Foundation

/// What residents ask the elder-certification desk: the 老年人优待证 and the 高龄津贴 (rules.md §4, answered from
/// `seeds/elder-certification/info.yaml` and `config.yaml`), and a home certification visit for someone who
/// cannot come (a case for the grid worker).
struct ResidentAnswers {
    let context: ServiceContext

    /// `老年人优待证怎么办`, `我爸1966年3月出生，什么时候可以办优待证`; an errand (`帮黄秀兰办老年人优待证`) opens a case.
    func benefitCard(_ request: ServiceRequest) throws -> Reply {
        let text = request.text
        let info = try ElderInfo.load(context.db).benefitCard
        if let errand = try onBehalf(request, benefit: "老年人优待证", bring: info.bring) { return errand }
        if let check = try standingAsked(request, benefit: "老年人优待证") { return check }
        let before = try ElderConfig.load(context.db).benefitCard.applyMonthsBefore
        var lines = ["老年人优待证：",
                     "谁可以办：\(info.who)。",
                     "什么时候办：60岁生日所在月的前\(before)个月起可以申请。",
                     "在哪里办：\(info.where)。",
                     "要带什么：\(info.bring)。",
                     "\(info.over65)。"]
        let now = YearMonth(context.today)
        let birth = YearMonth.find(in: text)
        if let birth {
            let sixty = birth.adding(months: 60 * 12), opens = sixty.adding(months: -before)
            lines.insert(opens <= now ? "\(birth.chinese)出生的，\(sixty.chinese)满60岁，现在就可以申请。"
                                      : "\(birth.chinese)出生的，\(sixty.chinese)满60岁，\(opens.chinese)起可以申请。", at: 1)
        }
        // rules.md §4: free public transport from 65; 60–64 hold a card with other benefits.
        let stated = Self.statedAge(in: text)
        let asksTransport = ["公交", "坐车", "乘车", "地铁"].contains(where: text.contains)
        if let age = stated ?? (asksTransport ? birth.map({ (now.index - $0.index) / 12 }) : nil) {
            let transport = age >= 65 ? "\(age)岁，已满65周岁，可以凭优待证免费乘坐公交。"
                : age >= 60 ? "\(age)岁，可以办60–64周岁的优待证；免费乘坐公交要满65周岁，现在还不能免费坐。"
                : "\(age)岁，还没到60周岁，暂时不能办优待证；满65周岁起才免费乘坐公交。"
            lines.insert(transport + "（具体以武汉市公布的优待办法为准）", at: 1)
        }
        return .answer(lines.joined(separator: "\n"), module: "elder-certification")
    }

    /// An age said in years (`我64岁`, `今年七十八了`).
    static func statedAge(in text: String) -> Int? {
        guard let groups = agePattern.firstGroups(in: TextNormalizer.normalize(text))?.groups,
              let age = (groups[0] ?? groups[1]).flatMap(ChineseNumber.parse), (40...120).contains(age) else { return nil }
        return age
    }

    static let agePattern = TextPattern(#"([0-9零一二两三四五六七八九十百]{2,4})\s*(?:岁|周岁)|今年\s*([0-9零一二两三四五六七八九十百]{2,4})\s*了"#)

    /// `高龄津贴怎么申请`; an errand (`帮居民代办高龄津贴申请 陶秀英 90岁`) opens a case.
    func ageAllowance(_ request: ServiceRequest) throws -> Reply {
        let info = try ElderInfo.load(context.db).ageAllowance
        if let errand = try onBehalf(request, benefit: "高龄津贴", bring: "老人身份证、户口簿和本人银行卡") { return errand }
        if let check = try standingAsked(request, benefit: "高龄津贴") { return check }
        let config = try ElderConfig.load(context.db).ageAllowance
        let amounts = config.monthlyYuan.isEmpty ? info.amounts
            : config.ages.compactMap { age in config.monthlyYuan[String(age)].map { "\(age)岁起每月 \($0) 元" } }.joined(separator: "，")
        let lines = ["高龄津贴：",
                     "谁可以领：\(info.who)。",
                     "怎么申请：\(info.how)。",
                     "标准：\(amounts)。"]
        return .answer(lines.joined(separator: "\n"), module: "elder-certification")
    }

    /// An application made on someone's behalf (帮办代办): a case for the grid worker of the place, with what to
    /// bring. Nil when the text asks about the benefit rather than for the errand.
    private func onBehalf(_ request: ServiceRequest, benefit: String, bring: String) throws -> Reply? {
        let text = TextNormalizer.normalize(request.text)
        let asks = ["怎么", "哪里", "什么时候", "多少", "吗", "?", "么样"].contains(where: text.contains)
        let places = context.directory.compounds.flatMap(\.allNames)
        // Staff who type an elder with the benefit and nothing asked (`泊林 林爹爹 老年优待证 他刚满60 11月生的`,
        // `郑爹爹家里人说想给爹爹办个优待证 … 身份证…`) bring the application; a question passed on (`婆婆问…`) is one.
        let counterErrand = request.channel == .desk && !asks && !text.contains("问")
            && (Self.atTheCounter(text, places: places) || CitizenID.candidate(in: text) != nil || PhoneNumber.find(in: text) != nil
                || Self.name(in: text, places: places) != nil || ["爹爹", "婆婆", "奶奶", "爷爷"].contains(where: text.contains))
        // Staff telling where an application they took stands (`高龄津贴 材料收了 报街道`, `在制卡 到了打电话给他`).
        let inProgress = request.channel == .desk && Self.applicationUnderway.contains(where: text.contains)
        let namesTheErrand = text.contains("代办") || text.contains("帮办")
        let errand = namesTheErrand || (Self.errandFrame.firstMatch(in: text) != nil && !asks) || counterErrand || inProgress
        guard errand else { return nil }
        let name = Self.name(in: text, places: places)
        let (address, worker) = context.placeAndWorker(in: text, request: request)
        var caller = request
        if caller.requester.phone == nil { caller.requester.phone = PhoneNumber.find(in: text) }
        let record = try context.cases.open(
            CaseDraft(title: "代办：\(benefit)（\(name ?? "姓名待补")）", category: "代办", timeLimit: "general", assignee: worker,
                      address: address.isEmpty ? nil : address, details: request.text),
            for: caller)
        // (An application already underway has its papers in: what to bring is no news to staff who took them.)
        let underway = inProgress && !namesTheErrand
        var reply = "已登记代办，工单 \(record.id)：\(benefit)（\(name ?? "姓名待补")）。由 \(worker) 跟进"
            + (underway ? "到办好、交到老人手上。" : "，请准备：\(bring)。")
        if name == nil { reply += "请补充老人的姓名和住址。" }
        return Reply(module: "elder-certification", status: .created, caseID: record.id, text: reply)
    }

    /// Someone's own application or payment asked after (`她的高龄津贴这个月冇到账 帮查`, `我爸的优待证办好了冇`): not the
    /// rules again but a look-up for staff, opened as a case for the grid worker of the place (or the counter).
    /// Nil when the line asks about the benefit in general.
    private func standingAsked(_ request: ServiceRequest, benefit: String) throws -> Reply? {
        let text = TextNormalizer.normalize(request.text)
        guard Self.standingWords.contains(where: text.contains) else { return nil }
        let places = context.directory.compounds.flatMap(\.allNames)
        let name = Self.name(in: text, places: places)
        let (address, worker) = context.placeAndWorker(in: text, request: request)
        let record = try context.cases.open(
            CaseDraft(title: "查询：\(benefit)（\(name ?? "姓名待补")）", category: "查询", timeLimit: "general", assignee: worker,
                      address: address.isEmpty ? nil : address, details: request.text),
            for: request)
        var reply = "已登记，工单 \(record.id)：查\(benefit)办理和发放情况（\(name ?? "姓名待补")）。由 \(worker) 查到结果后告诉您。"
        if name == nil || address.isEmpty { reply += "请补充老人的姓名和住址。" }
        return Reply(module: "elder-certification", status: .created, caseID: record.id, text: reply)
    }

    /// Words that ask how one's own application or payment stands: not arrived, done yet, looked up yet.
    static let standingWords = ["冇到账", "没到账", "还冇到", "还没到", "冇发", "没发", "办好了冇", "办好了没", "办了冇", "办了没",
                                "下来了冇", "下来了没", "批了冇", "批了没", "查了冇", "查了没", "帮查", "帮忙查", "帮我查", "查一下",
                                "拿到了冇", "到了冇", "好了冇", "好了没", "好了啵", "查到冇", "查到没",
                                // an application's review asked after (`高龄津贴审核过了冇 1月份交的`)
                                "审核过了冇", "审核通过了冇", "审核了冇", "通过了冇", "通过了没",
                                // …or put in standard Chinese (`优待证办下来了吗 我上个月交的材料`, `问优待证做好冇`)
                                "办下来了吗", "批下来了吗", "下来了吗", "办好了吗", "做好冇", "做好了冇", "做好了没", "做好了吗",
                                // a card that stopped working (`优待证坐公交刷不了了`)
                                "刷不了", "刷不出", "用不了了", "不能用了",
                                // asked to be looked into (`过年后冇到 一起帮忙看看`)
                                "帮忙看看", "帮我看看", "帮着看看", "帮她看看", "帮他看看"]

    /// Staff at the counter typing an application for the elder in front of them (`王春兰 办老年人优待证 带了身份证和
    /// 户口本`, `谢春华 婆婆 优待证丢了 要补办 本人在`): a named person, a verb of applying, and the person or
    /// their papers there.
    static func atTheCounter(_ text: String, places: [String]) -> Bool {
        ["办", "补办", "申请", "换"].contains(where: text.contains) && ["本人在", "带了", "带来了", "材料齐", "来办", "来补办", "来申请", "来换", "在柜台", "人在"].contains(where: text.contains)
            && (name(in: text, places: places) != nil || ["爹爹", "婆婆", "奶奶", "爷爷"].contains(where: text.contains))
    }

    /// Words of an application staff took and follow (`材料收了 报街道`, `在制卡`, `街道说下周到 到了打电话`): the errand's
    /// progress, to be followed to the card in the elder's hand.
    static let applicationUnderway = ["材料收了", "材料已收", "收了材料", "材料交了", "材料齐了", "报街道", "报到街道", "报上去了", "在制卡",
                                      "新卡", "卡下周到", "卡下个月到", "卡下月到", "到了打电话", "到了送上门", "到了通知", "差一寸照",
                                      "照片到了"]

    /// `帮黄秀兰办`, `帮我妈申请`, `帮居民登记`, a card lost or out of date (`想请你们帮我补一张`, `请我们帮忙换新证`).
    static let errandFrame = TextPattern(#"帮\p{Han}{0,4}?(办|申请|登记|补|换)"#)

    static let nameFrames = [TextPattern(#"(?:她叫|他叫|我叫|名叫|叫做)(\p{Han}{2,3})"#), TextPattern(#"帮(\p{Han}{2,3}?)(?:办|代办|申请)"#)]

    /// The elder's name: `帮黄秀兰办`, `她叫王翠英`, or a name standing alone (`… 陶秀英 90岁`) that is none of
    /// `places` (the compounds' names: `奥园 2栋 谢春华`).
    static func name(in text: String, places: [String] = []) -> String? {
        let frames = nameFrames
        let notNames = ["居民", "老人", "我妈", "我爸", "我们", "家里", "老娘", "老爷子", "婆婆", "公公", "社区", "大家"]
        for frame in frames {
            if let n = frame.firstGroups(in: text)?.groups[0], !notNames.contains(n) { return n }
        }
        let words = text.split(whereSeparator: { " ,，。、".contains($0) }).map(String.init)
        let taken = ["办", "证", "津贴", "申请", "居民", "老人", "社区", "岁", "我", "帮", "代", "小区", "栋", "村", "登记"]
        return words.first { w in
            // A word shaped like a name (`么样搞` is not): a surname first, or a form of address.
            (2...3).contains(w.count) && PersonName.isName(w[...]) && !taken.contains(where: w.contains) && !places.contains(w)
        }
    }

    /// A home address said along with the name (`她叫王淑珍 住在6栋1单元301`), in the group's compound when the
    /// text names none; nil when there is none or it is not a household.
    private func addressSaid(in text: String, group: String?) -> Address? {
        var address = context.addresses.read(text)
        guard !address.isEmpty else { return nil }
        if address.compound == nil, let group, let compound = context.directory.compound(forGroup: group) {
            address.compound = compound.id; address.compoundName = compound.name
        }
        guard case .valid(let checked)? = try? context.addresses.check(address, text: text), checked.isHousehold else { return nil }
        return checked
    }

    /// `帮我妈约个上门认证`: opens the home-visit case for the grid worker of the elder's compound.
    func requestVisit(_ request: ServiceRequest) throws -> Reply {
        // The field holds the answer as said (`她叫王淑珍 住在6栋1单元301`): the name is taken out of it.
        let said = try request.value(ElderFields.elder)
        let name = ElderCertification.personName(in: said) ?? said
        let onRegister = try ElderPeople.load(Elder.filter(Column("leftOn") == nil).fetchAll(context.db), in: context.residents)
            .filter { $0.name == name }
        // The address given, else one said with the name, else the register's when only one elder has the name.
        guard let address = request["address"]?.address ?? addressSaid(in: said, group: request.group)
                ?? (onRegister.count == 1 ? context.addresses.read(onRegister[0].address).filled(from: Address(compound: onRegister[0].compound)) : nil) else {
            throw NeedsField("address", question: ElderCertification.visitAddressQuestion)
        }
        var request = request
        if request["phone"] == nil, let elder = onRegister.first(where: { $0.compound == address.compound }),
           let phone = try ElderPeople.phone(of: elder, in: context.residents).flatMap({ try? PhoneNumber($0) }) {
            request.fields["phone"] = .phone(phone)
        }
        if request.channel == .desk && request["phone"] == nil {
            throw NeedsField("phone", question: "联系电话？（上门前网格员会先打电话约时间）")
        }
        let registered = onRegister.first { $0.compound == address.compound }
        let worker = address.compound.flatMap(context.directory.grid(forCompound:))?.worker ?? "网格员"
        let when = request["date"]?.datetime
        if let phone = request["phone"]?.phone { request.requester.phone = phone }
        let record = try context.cases.open(
            CaseDraft(title: "上门认证申请：\(name)（\(address)）", category: "上门认证", timeLimit: "general", assignee: worker,
                      address: address, details: request.text + (registered == nil ? "（名册中没有这位老人，上门时请登记）" : "")),
            for: request)
        if let elder = registered {
            try context.db.execute(sql: "INSERT INTO elderVisits(caseID, elderID, day, worker) VALUES (?, ?, ?, ?)",
                                   arguments: [record.id, elder.id!, (when?.day ?? context.today).description, worker])
        }
        let limit = context.directory.timeLimit(id: "general").map { DeskFormat.hours($0.hours) } ?? "7天"
        let time = when.map { "，希望 \($0.day.chinese)" } ?? ""
        return Reply(module: "elder-certification", status: .created, caseID: record.id,
                     text: "已登记上门认证申请，工单 \(record.id)：\(name)（\(address)）\(time)。由 \(worker) 在\(limit)内联系约时间上门，不用跑腿。")
    }
}
