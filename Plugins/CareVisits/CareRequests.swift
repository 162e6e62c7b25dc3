import DeskKit

/// A resident who asks the community to arrange care for someone (`能不能请志愿者平时多去看看她`,
/// `想给我妈申请个定期上门看看的`, `申请中午送餐`): the care question's answer alone would leave it with nobody to
/// act on. It opens a case for the grid worker of the place (or the counter), who visits, and registers the
/// elder with 关爱登记 when they agree; the answer on how care visits work still follows.
///
/// The same case, titled for what it is, takes what else a care line tells that someone must act on: care paused or
/// ended by a death (the volunteers told), an elder without cooling or left alone by a husband's or wife's death (a
/// visit), and care given that staff record at the counter (the elder's file).
enum CareRequests {
    /// The case for a request to arrange care, or nil when the line only asks how care visits work. Staff at the
    /// counter who type an elder's home and no question (`刘婆婆 村湾31号 女儿接走了 上门探访暂停`) are arranging.
    static func opened(_ request: ServiceRequest, answer: String, context: ServiceContext) throws -> Reply? {
        let text = request.text
        let read = context.addresses.read(text)
        guard asksToArrange(text, home: read.building != nil) || hardshipTold(text) || endsAfterADeath(text)
                || leftAloneByADeath(text) || leftAloneTold(text) || missed(text)
                || request.channel == .desk && !asksAbout(text)
                    && (typesAnElder(text, household: read.isHousehold) || recordsCareGiven(text))
        else { return nil }
        return try open(request, answer: answer, context: context)
    }

    /// Whether staff at the counter type the elder the care is for: their home, a phone or ID number, or an elder
    /// with a wish (`马爹爹说年三十一个人过 想初一有志愿者上门陪他坐一下`, `丁婆婆说她还想要个上门理发`).
    static func typesAnElder(_ text: String, household: Bool) -> Bool {
        if household || PhoneNumber.find(in: text) != nil || CitizenID.candidate(in: text) != nil { return true }
        return elderWords.contains(where: text.contains) && wishWords.contains(where: text.contains)
    }

    /// Whether staff at the counter record care given to an elder (`独居 曾爹爹 电话问候 他说屋里还好`, `景婆婆 周三送菜
    /// 巾帼红按名单送了`), or an elder's meal card seen to (`简姐带她母亲来办了助餐卡 … 充了300`): a record for the elder's
    /// file, not a question on how care works.
    static func recordsCareGiven(_ text: String) -> Bool {
        (elderWords.contains(where: text.contains) || aloneWords.contains(where: text.contains))
            && careGivenWords.contains(where: text.contains)
            || assistanceWords.contains(where: text.contains)
            || text.contains("助餐卡") && mealCardSeenTo.contains(where: text.contains)
    }

    /// A meal card made, replaced or topped up at the counter (`来办助餐卡`, `挂失补办`, `又充了200`).
    static let mealCardSeenTo = ["办了", "来办", "办卡", "挂失", "补办", "充了", "充值"]

    /// A household in hardship helped to the assistance it may have, as staff record it (`低保申请材料收齐 递街道`,
    /// `临时救助批5000 已到账 回访`, `阿彬哥哥重度残疾护理补贴申请`, `送温暖 困难家庭14户`): the care team follows the
    /// family, whichever office decides.
    static let assistanceWords = ["低保申请", "申请低保", "低保材料", "低保入户", "低保复核", "低保批", "临时救助申请", "临时救助批",
                                  "救助申请", "护理补贴申请", "护理补贴批", "两项补贴申请", "送温暖", "困难家庭", "困难户走访",
                                  "取暖补贴"]

    /// Words of care given, as staff record it.
    static let careGivenWords = ["电话问候", "打电话问", "问候了", "走访", "探访了", "上门看", "上门了", "去看了", "看了一下", "送菜", "送了",
                                 "接他", "接她", "纳凉", "教他", "教她", "修好了", "换了", "陪他", "陪她",
                                 // home care seen to (`邱爹爹居家养老上门服务回访 每周五次`, `失能评估申请 代递`)
                                 "上门服务", "失能评估", "每天上门", "隔天上门",
                                 // an elder's home made safe, assessed, fitted, checked (`鄂婆婆 扶手和洗澡椅装好 家属验收`,
                                 // `评估完成 部分补贴`, `护理床送到`)
                                 "装好", "验收", "送到", "评估完成", "评估做了"]

    /// Whether `text` tells that care arranged did not come (`送餐的今天冇来 我爸到现在还冇吃饭`, `饭还冇送来`,
    /// `探访的志愿者这礼拜没来`): the worker has to find out why and see the elder has eaten.
    /// (The words that it did not come follow who brings it closely: `老人没来过驿站` after `送饭` is no missed meal.)
    static func missed(_ text: String) -> Bool {
        careGivers.contains { giver in
            var rest = Substring(text)
            while let found = rest.range(of: giver) {
                rest = rest[found.upperBound...]
                if notCome.contains(where: rest.prefix(6).contains) { return true }
            }
            return false
        }
    }

    /// Who brings care, as families name them.
    static let careGivers = ["送餐", "送饭", "饭", "志愿者", "探访"]
    /// Words that it did not come.
    static let notCome = ["冇来", "没来", "冇送来", "没送来", "冇送到", "没送到", "还冇到", "还没到", "冇人送", "没人送"]

    /// Whether `text` tells of an elder left without what the heat or cold calls for, alone (`5栋的杜婆婆屋里连电扇都冇得
    /// 今天35度 她一个人`): someone should go round, though nothing is asked — not a question how care works. (Someone
    /// already unwell in the heat is an emergency, read before any module.)
    static func hardshipTold(_ text: String) -> Bool {
        !asksAbout(text) && hardshipWords.contains(where: text.contains)
            && (aloneWords.contains(where: text.contains) || elderWords.contains(where: text.contains))
    }

    /// Whether `text` tells that the elder cared for has died and the care should stop (`我爸走了 以后探访的志愿者就不用来了`):
    /// the volunteers must hear of it and the roll lose a name — a case, not the answer on how care works.
    static func endsAfterADeath(_ text: String) -> Bool {
        deathWords.contains(where: text.contains) && stopWords.contains(where: text.contains)
            && !movedWords.contains(where: text.contains)
    }

    /// Words of a move away, which `走了` may tell too (`我婆婆跟我姑妈走了 住到青山去了`).
    static let movedWords = ["住到", "搬到", "搬去", "去住", "接走", "接过去", "接到"]

    /// Whether `text` tells of someone left alone by a husband's or wife's death (`老伴走了以后 我一个人在屋里 晚上睡不着`),
    /// told by the widow or by the family (`我公公过世了 我婆婆一个人住`, `堂兄走了 屋里就剩个嫂子`): someone should go
    /// round, though nothing is asked. Not a move away (`走了 住到青山去了`).
    static func leftAloneByADeath(_ text: String) -> Bool {
        !asksAbout(text) && (widowedWords.contains(where: text.contains) || deathWords.contains(where: text.contains))
            && (aloneWords + leftWords).contains(where: text.contains) && !movedWords.contains(where: text.contains)
    }

    /// Whether `text` tells of an elder left on their own again, by the family gone or not coming (`庞婆婆一个人了 她耳朵聋
    /// 儿子在外地`, `柏婆婆女儿初五要回广州了 婆婆又一个人`): someone should go round, though nothing is asked.
    static func leftAloneTold(_ text: String) -> Bool {
        !asksAbout(text) && elderWords.contains(where: text.contains) && lonelyWords.contains(where: text.contains)
            && !movedWords.contains(where: text.contains)
    }

    /// Words of an elder on their own now, said by neighbours and family.
    static let lonelyWords = ["一个人了", "又一个人", "一个人对着", "一个人过年", "冷清清", "冷冷清清"]

    /// Words of the one who is left (`就剩个嫂子`, `只剩她一个`).
    static let leftWords = ["就剩", "只剩", "剩下她", "剩下他"]

    /// Words that tell of a husband's or wife's death.
    static let widowedWords = ["老伴走了", "老伴过世", "老伴去世", "老伴不在了", "老头子走了", "老婆子走了", "老伴也走了", "老伴刚走",
                               "老伴上个月走了", "老伴前几天走了", "老伴去年走了", "老伴上个月过世", "老伴前几天过世", "老伴去年过世"]

    /// Words that tell of a death, as families say it; `走了` only with who it was (`我爸走了`), not a move away (`我妈跟我弟
    /// 走了 住到汉阳去了`).
    static let deathWords = ["过世", "去世", "不在了", "病故", "人走了", "爸走了", "妈走了", "爹爹走了", "婆婆走了", "爷爷走了", "奶奶走了",
                             "外公走了", "外婆走了", "老人走了", "老爷子走了", "老太太走了", "老伴走了", "老头子走了"]
    /// Words that ask for a service to stop coming.
    static let stopWords = ["不用来了", "不用再来", "不用上门了", "不用送了", "不用再送", "别送了", "莫送了", "停了吧", "就停了", "停掉"]

    /// Words that name an elder.
    static let elderWords = ["爹爹", "婆婆", "奶奶", "爷爷", "老人"]
    /// Words of someone living alone, with no one to look after them.
    static let aloneWords = ["一个人", "独居", "冇人管", "没人管"]

    /// Words of a home without cooling or heating in the season that needs it.
    static let hardshipWords = ["连电扇都", "连个电扇", "冇得电扇", "没有电扇", "冇电扇", "没电扇", "连空调都", "冇得空调", "没有空调", "冇空调", "没空调",
                                "连电热毯都", "冇得取暖", "没有取暖"]

    /// An elder's wish told by staff.
    static let wishWords = ["想要", "想请", "要人", "想有", "上门", "每天送", "送饭"]

    /// The case for a request to arrange care, with `answer` (how care visits work, or nothing) after it.
    static func open(_ request: ServiceRequest, answer: String, context: ServiceContext) throws -> Reply {
        let text = request.text
        let (address, worker) = context.placeAndWorker(in: text, request: request)
        let place = address.isEmpty ? "住址待补" : address.description
        let kind = Kind(of: text, channel: request.channel)
        let record = try context.cases.open(
            CaseDraft(title: kind.title + "（\(place)）", category: "关爱申请", timeLimit: "general",
                      assignee: worker, address: address.isEmpty ? nil : address, details: text),
            for: request)
        var reply = kind.reply(case: record.id, worker: worker, place: place)
        if address.isEmpty, let ask = kind.askForTheElder { reply += ask }
        // Only a new application is followed by the answer on how care works; the rest say all there is.
        let answered = answer.isEmpty || kind != .application
        return Reply(module: CareVisits.moduleID, status: .created, caseID: record.id, text: answered ? reply : reply + "\n" + answer)
    }

    /// What a care line opens a case for, read once, the first that fits.
    enum Kind: Equatable {
        /// Care that ends because the elder has died: the volunteers told, the name taken off the roll.
        case ended
        /// Care already arranged, paused while the elder is away (`社区送的饭先停一下`): no new application.
        case paused
        /// Care asked after (`探访这礼拜安排了冇`): a question for the worker to answer, not a new application.
        case askedAfter
        /// Care arranged that did not come (`送餐的今天冇来`): for the worker to find out why, at once.
        case missed
        /// Care given, recorded by staff at the counter: kept on the elder's file.
        case recorded
        /// Care asked for.
        case application

        init(of text: String, channel: Channel) {
            if endsAfterADeath(text) { self = .ended }
            else if pauseWords.contains(where: text.contains) { self = .paused }
            else if askedAfterWords.contains(where: text.contains) { self = .askedAfter }
            else if CareRequests.missed(text) { self = .missed }
            else if channel == .desk && recordsCareGiven(text) { self = .recorded }
            else { self = .application }
        }

        /// The case's title, before its place.
        var title: String {
            switch self {
            case .ended: "停止关爱服务"
            case .paused: "暂停关爱服务"
            case .askedAfter: "关爱问询"
            case .missed: "关爱服务未到"
            case .recorded: "关爱记录"
            case .application: "关爱申请"
            }
        }

        /// The reply for case `id`, followed by `worker`.
        func reply(case id: String, worker: String, place: String) -> String {
            switch self {
            case .ended: "请节哀。已登记停止关爱服务，工单 \(id)。由 \(worker) 转告送餐、探访的志愿者，关爱名册上去掉；家里还有老人需要照应的，跟驿站说一声。"
            case .paused: "已登记暂停，工单 \(id)。由 \(worker) 转告送餐、探访的志愿者；要恢复时在群里说一声或告诉驿站。"
            case .askedAfter: "已记下您问的事，工单 \(id)，由 \(worker) 查明后答复您。"
            case .missed: "已记下，工单 \(id)。由 \(worker) 马上联系送餐、探访的志愿者查明原因，先确保老人有饭吃、有人照应。"
            case .recorded: "已记下关爱记录，工单 \(id)（\(place)），由 \(worker) 跟进。"
            case .application: "已登记关爱申请，工单 \(id)。由 \(worker) 联系您、上门了解情况，符合条件的加入关爱名册定期探访。"
            }
        }

        /// What is asked when the line names no home: the elder's name and address, gently after a death; nothing for a
        /// question asked after care or a record staff keep.
        var askForTheElder: String? {
            switch self {
            case .ended: "方便时请告诉我们老人的姓名和住址。"
            case .paused, .application: "请补充老人的姓名和住址。"
            case .askedAfter, .missed, .recorded: nil
            }
        }
    }

    /// Whether `text` asks the community to arrange care (`能不能安排志愿者隔天去看下`, `麻烦登记一下 每周去一次就行`,
    /// `探访的志愿者能不能换成下午来`), not how care works. Asking about the terms (`有冇得那种定期上门看老人的 要么样
    /// 申请`, `想给她申请那个送饭的 村湾也能送吗 要好多钱一餐`) is a question, unless the line also plainly asks to be
    /// put down (`麻烦`, `帮我登记`). Whether there is such a service (`有冇得志愿者可以中午送个饭`) is a request when
    /// the line says whose home it is (`home`: a building and a room).
    static func asksToArrange(_ text: String, home: Bool) -> Bool {
        let plainly = plainAsks.contains(where: text.contains) || pleads(text)
        guard plainly || askWords.contains(where: text.contains) else { return false }
        return plainly || !termWords.contains(where: text.contains) && (home || !whetherWords.contains(where: text.contains))
    }

    /// Whether `text` asks something (a question mark, `吗`), about the terms of care or whether there is such care.
    static func asksAbout(_ text: String) -> Bool {
        text.contains(where: { "?？吗".contains($0) }) || (termWords + whetherWords).contains(where: text.contains)
    }

    /// `能不能 … 看一下`, `可不可以 … 换成下午`, `能不能跟食堂说下`, `能不能给我妈装个报警器`, `能不能再带一次`, `能不能加上`,
    /// `能不能每天有人给她打个电话`, `能不能用保温的盒子`: a plea for someone to come, go, change, fit, bring, buy, book,
    /// add, carry, call or use something, or pass something on, within a few characters.
    static func pleads(_ text: String) -> Bool {
        text.contains(anyOf: ["能不能", "可不可以", "可以帮", "能否"], followedWithin: 10, byOneOf: "看去克来送陪换改登安装派帮说带买约加背打用")
    }

    /// Words that pause care already arranged.
    static let pauseWords = ["先停", "暂停", "停一个月", "停送", "先不送", "饭先不", "先不用来", "不用来了", "不用送了", "停一下"]

    /// Words that ask after care already arranged or asked for.
    static let askedAfterWords = ["安排了冇", "安排了没", "安排好了冇", "安排好了没", "安排好冇", "安排好没", "来劝过冇", "来劝过没", "来过冇", "来过没", "定下来冇", "定下来没", "定了冇", "定了没"]

    /// Words that plainly ask to be put down or helped.
    static let plainAsks = ["麻烦社区", "麻烦你们", "麻烦登记", "登记一下", "登记上", "帮我登记", "帮她登记", "帮他登记", "能不能请",
                            "请社区", "帮忙照看", "帮着照看", "安排一下", "安排人", "派人", "派个人", "帮我报", "帮她报", "帮他报",
                            "报个名", "请微关爱", "帮忙送",
                            // put down for meals, or care told to start (`想报助餐 中午一顿`, `助餐从今天开始 麻烦安排`)
                            "想报", "报助餐", "麻烦安排",
                            // a team asked by name, another visit or a word to the canteen (`请银发队去看看`, `请再安排一次`,
                            // `请跟食堂说少放点盐`)
                            "请银发队", "请兵哥哥", "请巾帼", "请志愿", "请再安排", "再安排一次", "跟食堂说",
                            // a carer who cannot cope alone (`就我一个 照顾不过来`): help for that household
                            "照顾不过来", "一个人照顾不了", "照顾不了她", "照顾不了他", "顾不过来", "照顾不到她", "照顾不到他"]

    /// Words about the terms of care: how to apply, what it costs, whether it reaches a place.
    static let termWords = ["么样申请", "怎么申请", "如何申请", "哪里申请", "在哪申请", "哪里登记", "申请条件", "什么条件", "么条件",
                            "好多钱", "多少钱", "收费", "要钱", "可以申请吗", "能申请吗"]

    /// Words that ask whether the service exists or reaches a place.
    static let whetherWords = ["有冇得", "有没有", "能送吗", "送不送"]

    /// Words that ask for care, though a question about its terms beside them makes the line a question.
    /// (`有冇得给独居老人送饭的服务` asks whether the service exists: no words of its own here.)
    static let askWords = ["申请", "登记", "送个饭", "帮她送饭", "帮他送饭", "给她送饭", "给他送饭", "买个菜", "买点菜", "帮我买菜", "帮她买菜",
                           "帮他买菜", "打扫一下", "帮个忙", "每周探访", "每周看", "定期探访",
                           // A change to care already arranged, or a wish said for the elder (`一月份的送饭停一个月`,
                           // `她想每个礼拜有人来看看她 陪她说说话`).
                           "停一个月", "停送", "暂停", "先停", "有人来看看", "来陪她", "来陪他", "陪她说说话", "陪他说说话",
                           "陪我去医院", "陪她去医院", "陪他去医院", "陪着去医院",
                           // a wish for help told at the counter (`想每周三请人上门帮她洗个头`, `想请邵阿姨陪她去一趟超市`,
                           // `她说那每个礼拜来一回`)
                           "想请", "请人上门", "上门帮", "陪她去", "陪他去", "陪我去", "每个礼拜来", "每礼拜来", "每周来", "每个月来",
                           "洗个头", "理个发", "剪个头",
                           // care arranged that did not come, or a neighbour who may be missing from the list
                           "冇人来", "没人来", "冇得人来", "在不在名单", "加到名单", "加进名单", "加个名单",
                           // meals paused for a few days, a visit asked after, an elder to be talked round, a wish to book
                           // the cleaners again (`这三天助餐停一下`, `探访这礼拜安排了冇`, `社区的人来劝过冇`, `下个月还想约一次`)
                           "停一下", "安排了冇", "安排了没", "来劝", "劝劝", "还想约", "再约一次", "来看一次就行",
                           // company, bathing, carrying wished for the elder (`想有个人来跟她说说话`, `有冇志愿者能背一下`)
                           "说说话", "聊聊天", "洗个澡", "洗澡", "背一下", "背下楼",
                           // a visit arranged asked after (`每周去看我妈的事 定下来冇`)
                           "定下来冇", "定下来没", "定了冇", "定了没", "安排好了冇", "安排好了没", "安排好冇", "安排好没",
                           // someone to go along (`有冇得志愿者能陪一趟`, `下次复查 还要人陪`)
                           "陪一趟", "能陪", "要人陪",
                           // a visit or meal moved (`每天上午去看的事 改成下午四点`)
                           "改成下午", "改成上午", "改到下午", "改到上午", "改成每", "改到周", "改成周"]
}
