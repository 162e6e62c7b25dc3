import DeskKit

/// What residents ask about the room (frontdesk M1–M5): how much, how to pay, when it is open, how to join,
/// where the money went — from `seeds/pingpong/club.yaml` and the ledger, without asking for a member.
struct ClubInfo {
    let context: ServiceContext
    let club: ClubSeed.Club

    func answer(_ request: ServiceRequest) throws -> Reply {
        let question = request["question"]?.text ?? request.text
        let wantsToJoin = ["加入", "入会", "报个名", "想参加"].contains(where: question.contains)
            && !["怎么", "吗", "?", "多少", "么样", "如何"].contains(where: question.contains)
        if wantsToJoin { return try joinRequest(request) }
        if Self.wantsToLeave(question) { return try leaveRequest(request) }
        if Self.signsUpForAMatch(question) {
            return try managersReply("比赛报名", request) { "已登记比赛报名，工单 \($0)，转 \(club.managersName) 登记，比赛安排由管理员在群里通知。" }
        }
        if Self.signsUpAChild(question) {
            return try managersReply("少儿班报名", request) { "已登记少儿班报名，工单 \($0)，转 \(club.managersName) 登记，开班时间和收费由管理员联系您。" }
        }
        if request.channel == .desk, Self.recordsAFeeTaken(question) {
            return try managersReply("会费收取", request) {
                "已记下这笔收费，工单 \($0)，转 \(club.managersName) 核对后入账（会费登记），每月在 \(club.group) 公示。"
            }
        }
        if Self.asksForAReceipt(question) {
            return try managersReply("收据", request) { "已转 \(club.managersName) 给您开收据，工单 \($0)，可以到球室或驿站找管理员拿。" }
        }
        if Self.offersADonation(question) { return try donationOffer(request) }
        if Self.objectsToACharge(question) {
            return try managersReply("收费异议", request) {
                "已把您对收费的意见转 \(club.managersName) 答复，工单 \($0)。球室的收支每月在 \(club.group) 公示。"
            }
        }
        if Self.booksATable(question) {
            return try managersReply("预约", request) { "已转 \(club.managersName) 安排台子，工单 \($0)，能不能约上由管理员答复您。" }
        }
        if Self.asksAfterALostThing(question) {
            return try managersReply("失物", request) { "已转 \(club.managersName) 在球室找一找，工单 \($0)，找到了管理员会告诉您。" }
        }
        if Self.asksForMoneyBack(question) {
            return try managersReply("退费", request) { "已把退费的事转 \(club.managersName) 办理和答复，工单 \($0)。" }
        }
        if Self.pausesOrPassesOn(question) {
            return try managersReply("会员暂停或转让", request) { "已把会员暂停或转让的事转 \(club.managersName) 办理，工单 \($0)，办好后管理员告诉您。" }
        }
        if Self.asksTheManagersToAct(question) || Self.asksToChangeTheRoomsHours(question) {
            return try managersReply("球友会事务", request) { "已转 \(club.managersName) 办理和答复，工单 \($0)。" }
        }
        if request.channel == .desk, Self.recordsTheRoomsBusiness(question) {
            return try managersReply("球友会事务", request) { "已记到工单 \($0)，转 \(club.managersName) 跟进。" }
        }
        let plans = try Plan.order(Column("months").desc).fetchAll(context.db)
        let fees = "会费：" + plans.map { "\($0.name) \($0.amount)" }.joined(separator: "，") + "。"
        var lines: [String] = []
        let asks = { (words: [String]) in words.contains(where: question.contains) }
        if asks(["多少", "价格", "收费", "会费", "几多钱", "几块", "要钱", "收钱", "免费", "费用", "贵不贵", "年卡", "月卡", "次卡"]) { lines.append(fees) }
        if asks(["怎么交", "交给谁", "微信", "支付宝", "转账", "怎么付", "扫码", "现金", "哪里交", "在哪交"]) { lines.append("怎么交：\(club.pay ?? "交给球友会管理员")。") }
        if asks(["几点", "开门", "开放", "时间", "关门", "几时", "开不开", "营业", "么时候", "周末", "节假日", "晚上", "上午", "下午"]) { lines.append("开放时间：\(club.hours ?? "请到驿站询问")。") }
        if asks(["加入", "入会", "参加", "报名", "成为会员", "当会员", "办会员"]) { lines.append("怎么入会：\(club.join ?? "找球友会管理员登记")。") }
        if asks(["钱用", "用到哪", "账目", "公示", "收支", "花在"]) {
            let ledger = ClubLedger(context: context)
            let month = YearMonth(context.today).adding(months: -1)
            lines.append("钱用在哪里：会费只用于球室运维（电费、球、球网、设备维修等），每月在 \(club.group) 公示收支。当前余额 \(try ledger.balance())。")
            lines.append(try ledger.statement(month, csv: false, club: club.name).text)
        }
        if lines.isEmpty, Self.asksAfterAMatch(question) {
            lines.append("比赛安排：分组、对阵和每场的时间由 \(club.managersName) 排好后在 \(club.group) 公布；没看到的可以问管理员。")
        }
        if lines.isEmpty, !request.text.isEmpty, Self.isSpecificQuestion(question) {
            return try askManagers(request)
        }
        if lines.isEmpty {
            lines = [fees, "怎么交：\(club.pay ?? "交给球友会管理员")。", "开放时间：\(club.hours ?? "请到驿站询问")。",
                     "怎么入会：\(club.join ?? "找球友会管理员登记")。"]
        }
        lines.append("管理员：\(club.managers.joined(separator: "、"))。")
        return .answer(lines.joined(separator: "\n"), module: "pingpong")
    }

    /// A question the club's information does not answer (`可以带小孩去打吗`, `杜凤英 会员卡 做好了冇`), rather than a
    /// bare `球室咨询`.
    static func isSpecificQuestion(_ text: String) -> Bool {
        ["吗", "呢", "？", "?", "可以", "可不可以", "能不能", "能否", "行不行", "让不让", "允许", "了冇", "好了没", "了没有"]
            .contains(where: text.contains)
    }

    /// A fault in the room told to the room's questions (`空调不制热 球友会的负责人看一下撒`, `饮水机漏水了`): the
    /// room's repair, not its opening hours.
    static func reportsAFault(_ text: String) -> Bool {
        ["空调", "饮水机", "球台", "球网", "灯", "暖气", "门锁", "窗户"].contains(where: text.contains)
            && ["坏", "不制热", "不热", "不制冷", "不冷", "漏", "不亮", "破", "松了", "断了", "不出水", "打不开", "关不上", "响"].contains(where: text.contains)
    }

    /// `联赛收支能不能公布了`, `新会员说好能借球拍 去了说冇得`, `除颤仪议事会定了冇`, a member come to the counter to leave
    /// and be paid back: something asked of the managers to do or decide — or asked after — for them to answer, not
    /// the club's list. (Whether the room may stay open later, or the rest of a fee be paid back, is a question its
    /// rules answer.)
    static func asksTheManagersToAct(_ text: String) -> Bool {
        ["借球拍", "借拍子", "议事会", "定了冇", "定了没", "还冇动静", "还没动静", "冇得动静", "来退", "退乒乓球会员", "按月退",
         "能不能公布", "公布出来", "贴出来", "公布一下", "把账公布",
         // a rule asked for or a grievance about how the room is run (`能不能规定一个人打一个小时`, `空调开一晚上冇人关
         // 会费不是这么浪费的`, `郝教练私下收费`)
         "能不能规定", "规定一下", "冇人关", "没人关", "这么浪费", "私下收费",
         // a member's card lost or to be changed (`邓国华 换乒乓球室会员卡 原来的丢了`)
         "换会员卡", "补会员卡", "会员卡丢", "换乒乓球室会员卡", "补办会员卡", "乒乓球卡", "乒乓球会员卡", "球卡丢",
         // a locker or the door's card (`更衣柜3号的钥匙丢了 打不开`, `门禁卡刷不开`)
         "更衣柜", "柜子钥匙", "门禁卡"].contains(where: text.contains)
    }

    /// `暑假回老家 年卡能不能先停两个月`, `乒乓 洪师傅的年卡转给他爱人`: a member's time paused or passed to someone
    /// else, for the managers to arrange — asked or told, not a fee paid.
    static func pausesOrPassesOn(_ text: String) -> Bool {
        pauseOrTransfer.contains(where: text.contains)
            || ["年卡", "会员", "月卡"].contains(where: text.contains) && ["先停", "停两个月", "停一个月", "停几个月", "接着算", "顺延"].contains(where: text.contains)
    }

    /// How a member's year is paused or passed on.
    static let pauseOrTransfer = ["年卡停", "年卡先停", "会员停", "会员先停", "会员暂停", "暂停会员", "停卡", "卡先停", "会员冻结",
                                  "会员转给", "年卡转给", "卡转给", "会员转让", "转让会员", "年卡转让", "会员过户"]

    /// Whether staff at the counter record the room's business rather than a resident's question (`球友会说球室纱窗破了
    /// 请共建单位送一卷纱窗来`, `球室周末早上人多 改成每人限打四十分钟`): the managers' matter, kept on a case — not the fees and
    /// hours read back. A question asked (`有个爹爹问…`, `…吗`), answered (`已答`, `告知`), the month's accounts put up
    /// (`收支公示`), or a matter settled and told (`老孟签的字`, `球友会同意了 … 贴了通知`, `老肖确认`) is not.
    static func recordsTheRoomsBusiness(_ text: String) -> Bool {
        !QuestionForm.asks(text) && !["问", "已答", "答了", "答复", "告知", "告诉", "公示", "?", "？", "吗", "签字", "签的字", "签收", "贴了通知", "确认"]
            .contains(where: text.contains)
    }

    /// `乒乓球室能不能晚上开到十点`, `周末能不能给伢留一张台子`: a plea to open longer or keep a table, which the managers
    /// decide — not the opening hours read out again.
    static func asksToChangeTheRoomsHours(_ text: String) -> Bool {
        ["能不能", "可不可以", "能否", "希望", "建议", "附议"].contains(where: text.contains)
            && ["开到", "多开", "早点开", "晚点关", "晚一点关", "延长", "留一张", "留张", "留个台", "专门给"].contains(where: text.contains)
    }

    /// Whether `text` is one of the managers' errands that name the room's things without a fault: a table booked,
    /// a thing left, money asked back.
    static func isAnErrand(_ text: String) -> Bool {
        booksATable(text) || asksAfterALostThing(text) || asksForMoneyBack(text)
    }

    /// `周六下午能不能预约两张台子 我们老年组打个友谊赛`, `那改到周日下午 两张台`: tables booked, for the managers to
    /// arrange — not the opening hours read out.
    static func booksATable(_ text: String) -> Bool {
        ["预约", "约台", "订台", "留台", "包场", "两张台", "几张台", "一张台"].contains(where: text.contains)
            && !["怎么预约", "么样预约", "要不要预约", "能预约吗", "可以预约吗", "需要预约"].contains(where: text.contains)
    }

    /// `有冇得人在乒乓球室捡到一副红双喜的拍子`, `我的水杯落在球室了`: something left in the room, for the managers to
    /// look for.
    static func asksAfterALostThing(_ text: String) -> Bool {
        ["捡到", "落在", "落下", "忘在", "丢在", "拉在"].contains(where: text.contains)
            && ["拍", "杯", "钥匙", "衣服", "外套", "包", "毛巾", "眼镜", "手机", "卡"].contains(where: text.contains)
    }

    /// `空调费收了又不开 要么退钱`, `这两天没开空调的空调费退给大家`: money asked back, for the managers to settle.
    /// How much a leaving member gets back (`中途退费退多少`) is a question the club's rules answer.
    /// A fee paid twice and asked back (`年卡交了两次 微信扣了两回 能退一次吗`) is money asked back too.
    static func asksForMoneyBack(_ text: String) -> Bool {
        if text.contains("退"), paidTwice.contains(where: text.contains) { return true }
        return ["退钱", "退给", "退费", "退一半", "退回来", "要退"].contains(where: text.contains)
            && ["费", "钱"].contains(where: text.contains)
            && !["退多少", "怎么退", "么样退", "能退吗", "退不退", "可以退吗"].contains(where: text.contains)
    }

    /// Words of a fee paid twice.
    private static let paidTwice = ["交了两次", "交了两回", "交了两遍", "扣了两次", "扣了两回", "扣了两遍", "交重了", "重复交", "多扣了", "多交了"]

    /// `乒乓 退会 周强 说明年不打了`: a member leaving, for the managers to mark (`会员 退出 周强`).
    static func wantsToLeave(_ text: String) -> Bool {
        ["退会", "退出球友会", "不想打了", "明年不打了", "以后不打了"].contains(where: text.contains)
            && !["怎么退", "么样退", "能不能退会", "可以退会吗"].contains(where: text.contains)
    }

    /// `三月份的比赛么样报名 我想报双打`, `蔡建华 报春季赛 单打`: someone signing up for one of the club's matches, for the
    /// managers to list.
    ///
    /// A league's division signed up for by its name, in the thread of the league's notice (`男子组 我也报一个`,
    /// `60岁以上组 算我一个`), says which match without naming it.
    static func signsUpForAMatch(_ text: String) -> Bool {
        if divisions.contains(where: text.contains), ["报", "算我", "算上我", "加我", "+1"].contains(where: text.contains),
           !divisionQuestions.contains(where: text.contains) { return true }
        return text.contains("赛") && (["报名", "报个名", "报双打", "报单打", "参加"].contains(where: text.contains)
                                || text.contains(anyOf: ["报"], followedWithin: 3, byOneOf: "赛"))
            && ["我想", "我要", "想报", "帮我", "给我", "我报", "我们报", "报双打", "报单打", "来报", "单打", "双打", "女子组", "男子组"]
                .contains(where: text.contains)
    }

    /// The divisions of the club's league (`女子组`, `60岁以上组`).
    static let divisions = ["男子组", "女子组", "以上组", "老年组", "混双组", "青年组", "少年组"]
    /// Words that ask about a division's sign-up or its matches rather than sign up (`女子组报名截止了吗`, `少年组比赛是周几`).
    private static let divisionQuestions = ["怎么报", "么样报", "能不能报", "能报吗", "还能报", "报了冇", "报上了冇", "截止", "要不要", "周几",
                                            "几点", "几号"]

    /// `春季赛分组出来了冇 我打第几场`, `我跟我爱人的双打排在几点`: a match's draw or times asked after, which the
    /// managers post in the club's group.
    static func asksAfterAMatch(_ text: String) -> Bool {
        ["赛", "双打", "单打"].contains(where: text.contains)
            && ["分组", "对阵", "第几场", "下一轮", "赛程", "排在", "几点打", "几号打", "哪天打", "决赛", "八强", "四强", "晋级"].contains(where: text.contains)
    }

    /// `乒乓球少儿班第二期 帮我报一个 伢叫杨一诺 8岁`, `我家小宝少儿班报上了冇`: a child signed up for the club's
    /// class, or asked after, for the managers to list. Whether a child may join (`汉口道的伢能不能报少儿班`) is a
    /// question for them, not a sign-up.
    static func signsUpAChild(_ text: String) -> Bool {
        ["少儿班", "暑期班", "暑假班", "训练班", "培训班", "少儿培训", "兴趣班", "乒乓球班", "乒乓班", "春季班", "秋季班"].contains(where: text.contains)
            && ["帮我报", "给我报", "报一个", "报个名", "帮我家", "给我家", "报上了", "报上冇", "接了龙", "接龙", "登记一下",
                // told at the counter (`钱多多报少儿春季乒乓球班 7岁 … 交了学费`)
                "交了学费", "学费交了", "报少儿", "报暑期", "报暑假"]
                .contains(where: text.contains)
    }

    /// `泊林14栋 甘先生 交乒乓球室个人年费 现金 收据给了`, `续乒乓球室年费 … 收据给了`: staff at the counter telling of
    /// a fee taken, for the managers to enter in the ledger — not a question about fees, whatever else the resident
    /// asked on the way (`问他孙女能不能办少儿会员`); not a resident's question passed on (`居民问：会费交了能开发票吗`).
    static func recordsAFeeTaken(_ text: String) -> Bool {
        ["年费", "会费", "半年费", "月费", "季费"].contains(where: text.contains)
            && ["收据给了", "收据开了", "收据开好", "收据已开", "现金", "已收", "收了", "交了", "来交", "来续", "续费", "续乒乓", "交乒乓", "续会费", "续年费"]
                .contains(where: text.contains)
            && !["怎么交", "多少钱", "交给谁", "哪里交", "在哪交", "吗", "？", "?", "居民问"].contains(where: text.contains)
    }

    /// `续费交了 收据在哪里拿`, `麻烦开一下`: a receipt for a fee paid, asked of the managers who write it. Whether
    /// one can be had (`能开发票吗`) is a question the club's information answers.
    static func asksForAReceipt(_ text: String) -> Bool {
        ["收据", "开票", "发票"].contains(where: text.contains)
            && ["哪里拿", "哪里领", "在哪拿", "开一下", "给我开", "帮我开", "要个收据", "开个", "开张", "收据呢", "冇给", "没给"].contains(where: text.contains)
    }

    /// `会费里不是包了电费吗 凭么斯又收`, `加收的钱收了好多 账要公开`: an objection to a charge, or a demand to see its
    /// accounts, for the managers to answer — not the list of fees the line already knows.
    static func objectsToACharge(_ text: String) -> Bool {
        ["收", "电费", "账", "钱"].contains(where: text.contains)
            && ["凭么", "凭什么", "凭啥", "要公开", "公开一下", "不合理", "有意见", "不服", "乱收", "说法"].contains(where: text.contains)
    }

    /// `我想给乒乓球室捐两副球拍 交给哪个`, `董建国 捐赠乒乓球室 球拍2副`: something given to the room.
    static func offersADonation(_ text: String) -> Bool {
        text.contains("捐") && !["用到哪", "用在哪", "公示", "账目"].contains(where: text.contains)
    }

    /// A gift offered: a case for the managers to take it over; it is recorded (`捐赠`) when it is in the room and
    /// shown in the month's statement.
    private func donationOffer(_ request: ServiceRequest) throws -> Reply {
        let record = try managersCase("捐赠", request)
        let recording = request.channel == .desk ? "收到后用 捐赠 捐赠人 物品 数量单位 登记，" : "收到后登记，"
        return Reply(module: "pingpong", status: .created, caseID: record.id,
                     text: "谢谢您的捐赠！已转 \(club.managersName) 联系您交接，工单 \(record.id)。\(recording)每月公示的实物捐赠里会列出。")
    }

    /// A question for the managers: a case, so that it is answered, not a list of fees that does not answer it.
    private func askManagers(_ request: ServiceRequest) throws -> Reply {
        let record = try managersCase("球室咨询", request)
        return Reply(module: "pingpong", status: .created, caseID: record.id,
                     text: "这个问题已转 \(club.managersName) 答复，工单 \(record.id)。开放时间：\(club.hours ?? "请到驿站询问")。")
    }

    /// A case of `category` for the managers, answered with `text` of the case's number.
    private func managersReply(_ category: String, _ request: ServiceRequest, text: (String) -> String) throws -> Reply {
        let record = try managersCase(category, request)
        return Reply(module: "pingpong", status: .created, caseID: record.id, text: text(record.id))
    }

    /// A case of `category` for the managers, titled by what was said.
    private func managersCase(_ category: String, _ request: ServiceRequest) throws -> CaseRecord {
        try context.cases.open(
            CaseDraft(title: "\(category)：\(request.text.prefix(20))", category: category, timeLimit: "general",
                      assignee: club.managersName, details: request.text), for: request)
    }

    /// A member leaving: a case for the managers to mark the member and settle any fee question (a paid month is
    /// not refunded unless the club's rule says so: the managers answer).
    private func leaveRequest(_ request: ServiceRequest) throws -> Reply {
        let record = try managersCase("退会", request)
        return Reply(module: "pingpong", status: .created, caseID: record.id,
                     text: "已登记退会，工单 \(record.id)，转 \(club.managersName) 办理（会员 退出 姓名），会费怎么算由管理员答复。")
    }

    /// `我想加入乒乓球友会`: a case for the managers to register the new member; the reply says how it goes on.
    private func joinRequest(_ request: ServiceRequest) throws -> Reply {
        var caller = request
        if caller.requester.phone == nil { caller.requester.phone = PhoneNumber.find(in: request.text) }
        let who = caller.requester.name ?? caller.requester.sender ?? "居民"
        let managers = club.managersName
        let record = try context.cases.open(
            CaseDraft(title: "入会申请：\(who)", category: "入会", timeLimit: "general", assignee: managers, details: request.text),
            for: caller)
        let plans = try Plan.order(Column("months").desc).fetchAll(context.db).map { "\($0.name) \($0.amount)" }.joined(separator: "，")
        return Reply(module: "pingpong", status: .created, caseID: record.id,
                     text: "已登记入会申请，工单 \(record.id)，\(managers) 会联系您登记。会费：\(plans)。\(club.pay.map { "交费：\($0)。" } ?? "")")
    }
}
