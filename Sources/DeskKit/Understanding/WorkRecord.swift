/// A record of work already done, typed at the counter by staff or a grid worker (`今日走访奥园独居老人14户，均正常`,
/// `3栋门口的垃圾桶已叫保洁冲洗`, `防走失手环已领到 已给他戴上`, `金额查到了 已经打电话告诉他儿子`): nothing is asked
/// of the desk, and the model, reading the subject — an air conditioner, a bin, a meal —, would open a case for it.
///
/// Staff also record how a matter goes on: a date agreed, a party's promise, a result told to the resident
/// (`泊林12栋秦家漏水的事 约了楼上下周二调解`, `业主答应停到9号`, `查了 2月以来都发了 告诉他了`); the matter named
/// first (`…漏水的事`) is the subject, not a fault reported now.
///
/// A danger told after the fact (`充电棚着火 查了 起因是一块改装的锂电池 已和物业商量…`) is a record too, whatever it names.
///
/// Not a record: a question, a request (`请`, `能不能`, `想`, `申请` …, or a line that begins `代办`), a sign-up, booking
/// or payment for the club (`报少儿暑期班 … 已收费`: the club keeps it), a fault named or
/// something still wrong (`电梯坏了 已报修三天`, `已报修 还是漏`), a
/// matter called off (answered elsewhere: `不用再跟了 可以结了`), or a certification told done, which the elder
/// certification module records itself.
enum WorkRecord {
    /// Whether `text` records work done and asks for nothing.
    static func says(_ text: String) -> Bool {
        // `社区请了房屋安全鉴定的来看了`: someone was asked already; the line asks nothing now.
        let original = CharacterPresence(text)
        let invited = original.containsAny(of: ["请了"])
        let text = invited ? text.replacingOccurrences(of: "请了", with: "叫了") : text
        let words = Words(in: text, invited ? CharacterPresence(text) : original)
        // `给儿子报少儿暑期班 … 已收费 开了收据`: a sign-up or a payment for the club is the club's to keep, done or not.
        if words.has(.club), words.has(.clubEntry), !words.has(.refund) { return false }
        if answersALookUp(text, lookedUp: words.has(.lookUp)) || words.listWorkDone { return true }
        // `泊林5栋充电棚着火 查了 起因是…`: a danger told after the fact, asking nothing, is a record whatever it names.
        // (`已要求严格按早晚时间施工` was asked of someone else already.)
        if words.tellOfAPastDanger, !CharacterPresence(text.replacingOccurrences(of: "已要求", with: "")).containsAny(of: requests),
           !QuestionForm.asks(text) { return true }
        guard words.has(.workOrWell) || words.has(.done) || words.has(.agreedOrTold) || words.has(.nothingNeeded),
              !words.has(.request) || words.has(.agreedOrTold) && !words.has(.asking),
              !QuestionForm.asks(words.has(.toldLikeQuestion) ? withoutToldWords(text) : text),
              !text.hasPrefix("代办"), !text.hasPrefix("帮居民") else { return false }
        // `泊林12栋秦家漏水的事 约了楼上下周二调解`: the matter named first is the subject, not a fault reported now.
        // (A plain line with neither a matter nor a denial is told whole: its words are those already found.)
        let told = words.plain && !words.has(.matter) && !words.has(.denied)
            ? words : Words(searching: CharacterPresence(withoutDenials(afterTheMatter(text))))
        guard !told.has(.stillOpen), !told.has(.fault) else { return false }
        if words.has(.done) || words.has(.agreedOrTold) || words.has(.nothingNeeded) { return true }
        // `已` or `已经` and a verb of doing (`已叫保洁冲洗`, `已经把空调修好了`), not of a state (`已经坏了三天`, `已经80岁`).
        let scalars = Array(text.unicodeScalars)
        for i in scalars.indices where scalars[i] == "已" {
            let next = i + 1 < scalars.count && scalars[i + 1] == "经" ? i + 2 : i + 1
            if next < scalars.count, doneVerbs.contains(Character(scalars[next])) { return true }
        }
        return false
    }

    /// Which of ``says(_:)``'s lists a line holds words of, and which pieces of ``workDone``.
    ///
    /// A plain line's (``CharacterPresence/allPlain``) are found in one walk over its bytes (``PhraseMatcher``), where
    /// searching the hundred-odd words of its dozen lists one by one was 36.3 M of the dispatch bench's 1,000 lines,
    /// an eighth of them (docs/performance.md, twenty-eighth pass); any other line's word by word, as before.
    struct Words {
        /// A list of words.
        struct Lists: OptionSet {
            let rawValue: UInt32
            static let club = Lists(rawValue: 1 << 0), clubEntry = Lists(rawValue: 1 << 1), refund = Lists(rawValue: 1 << 2)
            static let lookUp = Lists(rawValue: 1 << 3), afterDanger = Lists(rawValue: 1 << 4), doneOrOver = Lists(rawValue: 1 << 5)
            static let dangerGoingOn = Lists(rawValue: 1 << 6), workOrWell = Lists(rawValue: 1 << 7)
            static let agreedOrTold = Lists(rawValue: 1 << 8), request = Lists(rawValue: 1 << 9), asking = Lists(rawValue: 1 << 10)
            static let stillOpen = Lists(rawValue: 1 << 11), fault = Lists(rawValue: 1 << 12), done = Lists(rawValue: 1 << 13)
            static let toldLikeQuestion = Lists(rawValue: 1 << 14), denied = Lists(rawValue: 1 << 15), matter = Lists(rawValue: 1 << 16)
            static let nothingNeeded = Lists(rawValue: 1 << 17)
        }

        /// For a plain line, the lists with a word in it and the pieces of work in it (bit `i`: `workDone[i]`),
        /// found in one walk; nil for any other line, whose words are searched when asked for.
        private let walked: (lists: Lists, piecesOfWork: UInt32)?
        private let present: CharacterPresence

        /// The words of `text` (`present` made from it): in one walk when it is plain.
        init(in text: String, _ present: CharacterPresence) {
            self.present = present
            walked = present.allPlain ? Self.matcher.reduce((lists: Lists(), piecesOfWork: UInt32(0)), in: text) { found, word in
                found.lists.formUnion(word.lists)
                found.piecesOfWork |= word.piecesOfWork
            } : nil
        }

        /// Words searched one by one, by `present`'s searches, each when asked for (as ``says(_:)`` searched every
        /// line before: a line that is not plain still is).
        init(searching present: CharacterPresence) {
            self.present = present
            walked = nil
        }

        /// Whether the line was read in one walk.
        var plain: Bool { walked != nil }

        /// Whether a word of `list` (one list) is in the line.
        func has(_ list: Lists) -> Bool {
            if let walked { return walked.lists.contains(list) }
            return present.containsAny(of: Self.words(of: list))
        }

        /// Bit `i`: `workDone[i]` is in the line.
        var piecesOfWork: UInt32 {
            if let walked { return walked.piecesOfWork }
            return workDone.indices.reduce(0) { $0 | (present.contains(workDone[$1]) ? 1 << UInt32($1) : 0) }
        }

        /// Whether staff list two or more things done about a matter (``listsWorkDone(_:)``).
        var listWorkDone: Bool { !has(.request) && !has(.stillOpen) && piecesOfWork.nonzeroBitCount >= 2 }

        /// Whether staff tell of a danger after the fact (``tellsOfAPastDanger(_:)``).
        var tellOfAPastDanger: Bool { has(.afterDanger) && has(.doneOrOver) && !has(.dangerGoingOn) && !has(.stillOpen) }

        /// Every list.
        static let allLists: [Lists] = (0..<18).map { Lists(rawValue: 1 << $0) }

        /// The words of `list` (one list).
        static func words(of list: Lists) -> [String] {
            switch list {
            case .club: clubWords
            case .clubEntry: clubEntries
            case .refund: ["退"]
            case .lookUp: ["查了"]
            case .afterDanger: afterTheDanger
            case .doneOrOver: ["已", "了"]
            case .dangerGoingOn: dangerGoingOn
            case .workOrWell: workOrWell
            case .agreedOrTold: agreedOrTold
            case .request: requests
            case .asking: askingWords
            case .stillOpen: stillOpen
            case .fault: faults
            case .done: doneWords
            case .toldLikeQuestion: toldLikeQuestions
            case .denied: denied
            case .matter: ["的事"]
            case .nothingNeeded: nothingNeeded
            default: []
            }
        }

        /// Every word of the lists and of ``workDone`` once, with the lists it is in and its bit among the pieces of work.
        private static let matcher: PhraseMatcher<(lists: Lists, piecesOfWork: UInt32)> = {
            var entries: [String: (lists: Lists, piecesOfWork: UInt32)] = [:]
            for list in allLists {
                for word in words(of: list) { entries[word, default: (Lists(), 0)].lists.insert(list) }
            }
            for (i, word) in workDone.enumerated() { entries[word, default: (Lists(), 0)].piecesOfWork |= 1 << UInt32(i) }
            return PhraseMatcher(entries.sorted { $0.key < $1.key }.map { (phrase: $0.key, payload: $0.value) })
        }()
    }

    /// Words of work done or all well, one of which (or a word of ``agreedOrTold``) a record holds; a tally of the
    /// day's callers or a notice passed on (`来了三个人问事`, `大家转告`) is such work.
    private static let workOrWell = ["已", "正常", "都好", "走访", "别的事", "满意", "完毕", "看过了", "问了", "查了", "约在", "约好", "通过",
                                     "人问事", "提前通知了", "大家转告"]

    /// Whether staff tell what a look-up found and what they told or did about it (`程爹爹来问今年认证做了冇 查了 8月份做过了
    /// 告诉他了`, `查了是她换了银行卡冇改签约 帮她改了 重新扣 成功了`, `查了 今年6月静默认证过了 已回复她深圳的女儿`): the
    /// question before `查了` was answered. Not `…查了冇` (asking whether it was looked up), nor a look-up that leads to
    /// something still to arrange (`查了 冇做 约了明天上午上门`, `帮她补做认证`).
    /// A call written down (`来电 …`, `电话：…`) is the caller's request, whatever staff found while on the phone.
    static func answersALookUp(_ text: String) -> Bool { answersALookUp(text, lookedUp: CharacterPresence(text).contains("查了")) }

    /// The same check, for a line already known to hold `查了` (`lookedUp`) or not.
    private static func answersALookUp(_ text: String, lookedUp: Bool) -> Bool {
        // (Whether `查了` is there asked byte by byte first, ``CharacterPresence``: Foundation's search on every line was
        // 3 % of the dispatch bench's instructions — docs/performance.md, twenty-seventh pass.)
        guard lookedUp, !text.hasPrefix("来电"), !text.hasPrefix("电话"),
              let looked = text.range(of: "查了") else { return false }
        let after = text[looked.upperBound...]
        if let first = after.first, first == "冇" || first == "没",
           after.dropFirst().first.map({ $0 == " " || $0 == "?" || $0 == "？" || $0 == "," || $0 == "，" }) ?? true { return false }
        return resultTold.contains(where: after.contains) && !stillToArrange.contains(where: after.contains)
    }
    /// What staff did with a look-up's result: told the resident, changed a record, or heard the resident settle it.
    private static let resultTold = ["告诉他", "告诉她", "回复", "回电", "跟他说了", "跟她说了", "私信", "帮他改了", "帮她改了", "改好了",
                                     "成功了", "他说自己", "她说自己", "一起补发"]
    /// What a look-up may still lead to: a visit, a booking, an errand the desk keeps.
    private static let stillToArrange = ["约", "上门", "帮她交", "帮他交", "帮她做", "帮他做", "补做", "补办", "登记", "请", "要求", "让我们",
                                         "想", "要不要", "能不能", "还要"]

    /// Whether staff list two or more things done about a matter (`兵哥哥师傅换了合页 贴了密封条`, `扭腰器转盘上了油 能转了
    /// 入口的灯换了灯泡`, `阀门关了 冰铲了`): a record of the work, whatever fault it names.
    /// (Its words searched one by one: ``Words/listWorkDone`` is the one rule, for a line read in one walk or not.)
    static func listsWorkDone(_ present: CharacterPresence) -> Bool { Words(searching: present).listWorkDone }
    /// A piece of work, told done. (At most 32: each is a bit of ``Words/piecesOfWork``.)
    private static let workDone = ["换了", "贴了", "装了", "装回去", "扫了", "拧好", "拧紧了", "换好了", "绑了", "铲了", "阀门关了", "关好",
                                   "修了", "修好", "上了油", "劝了", "已劝", "清了", "拉了警戒", "教会", "能转了", "能制热", "能用了", "排空了", "撒了盐", "撒了沙", "贴了告知",
                                   // (`草皮 补种了 围了绳子`, `大件垃圾 清走了 马桶也拉走了`, `优待证做好了 来领了`)
                                   "补种了", "围了", "清走了", "拉走了", "做好了"]

    /// The club and its classes, and the entries in its books (a sign-up, a booking, a payment).
    /// (The club's cards too: `泊林2栋钟先生 办家庭年卡 两人 已交费`, `月卡转年卡 … 补差价 已收`.)
    private static let clubWords = ["乒乓", "球友会", "球室", "少儿班", "暑期班", "暑假班", "会费", "年卡", "月卡", "家庭卡", "新会员"]
    private static let clubEntries = ["报名", "入会", "预约", "报少儿", "报暑期", "报暑假", "已交费", "已收费", "交了", "来交", "续",
                                      "已收", "办年卡", "补差价", "转年卡"]

    /// Whether staff tell of a danger after the fact (`泊林5栋充电棚着火 查了 起因是一块改装的锂电池 已和物业商量…`,
    /// `汉口道2栋电梯困人的事 今天下午已经和物业、供电所碰了`, `池塘落水 已联系物业今天加固栏杆`): its cause, what was
    /// arranged since, who admitted it — and no word of a danger still going on, nor of the matter still open
    /// (`楼道起火后熏黑的墙 居民催`: the wall is still to mend).
    /// (Its words searched one by one: ``Words/tellOfAPastDanger`` is the one rule.)
    static func tellsOfAPastDanger(_ text: String) -> Bool { Words(searching: CharacterPresence(text)).tellOfAPastDanger }

    /// Whether staff record what someone asks about an injury's insurance or cost (`庞哥 2月27日在工地摔伤 小腿骨折 …
    /// 家属问工伤认定么人申请`, `装修工人割伤 … 老板只肯出一半医药费 家属问能否认定工伤`): the injury is past, the
    /// question is the matter — unless the line tells of a danger going on.
    static func asksAboutAnInjury(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: injuryAftermath) && present.contains("问") && !present.containsAny(of: dangerGoingOn)
    }
    /// What is asked about once someone is hurt: work-injury insurance, the bills, damages.
    private static let injuryAftermath = ["工伤", "医药费", "赔偿"]
    /// What only follows a danger over: its cause, a meeting since, repairs against the next time, a mediation.
    private static let afterTheDanger = ["起因", "原因是", "碰了", "事后", "加固", "排查", "调解", "承认", "医药费", "以后计划",
                                         // put out by the fire brigade, nobody hurt (`消防已处置 无人受伤`)
                                         "已处置", "处置完", "处置好", "无人受伤", "没有人受伤", "冇人受伤", "无人员伤亡",
                                         // (`被子烧了个洞冒烟 保安和邻居处置 人冇伤`, `邻居敲开门 人冇事`)
                                         "人冇伤", "人没伤", "冇人伤", "没人伤", "人冇事", "人没事", "人都冇事", "人都没事",
                                         // the person safe since (`做了支架 人稳定了`, `人已经下来 交给家属了`)
                                         "人稳定了", "情况稳定", "已经稳定", "人已经下来", "交给家属", "做了支架", "放了支架", "脱离危险", "已脱险",
                                         // what a fire left (`楼道墙熏黑了 二楼的窗户玻璃炸了 报物业修`)
                                         "熏黑"]
    /// Words of a danger still going on.
    private static let dangerGoingOn = ["快", "马上", "现在", "正在", "还在", "救命", "赶紧", "赶快", "求助", "呼救"]

    /// `text` without the words that tell and look like a question (`冇得大碍`, `他不晓得 告诉他了`, `说冇得事`).
    private static func withoutToldWords(_ text: String) -> String {
        toldLikeQuestions.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
    }
    private static let toldLikeQuestions = ["冇得大碍", "不晓得"] + denied + nothingNeeded

    /// `text` without a danger denied (`说暂时冇得危险`), which is no sign that the matter is still open.
    private static func withoutDenials(_ text: Substring) -> Substring {
        guard denied.contains(where: text.contains) else { return text }
        return denied.reduce(String(text)) { $0.replacingOccurrences(of: $1, with: "") }[...]
    }

    /// A danger or fault denied (`说暂时冇得危险`): no sign that the matter is still open.
    private static let denied = ["冇得危险", "没有危险", "没得危险", "没危险", "不危险", "冇危险",
                                 // (`物业师傅已换管子 拖干了 楼下冇渗下去`)
                                 "冇渗", "没渗", "没有渗",
                                 // a safety switch named for the fault it guards against (`加了漏电开关`)
                                 "漏电开关", "漏电保护"]

    /// The line after the matter it names first (`…漏水的事 约了…` → `约了…`); the whole line when it names none.
    private static func afterTheMatter(_ text: String) -> Substring {
        guard let range = text.range(of: "的事"), text.distance(from: text.startIndex, to: range.lowerBound) <= 24 else { return text[...] }
        return text[range.upperBound...]
    }

    /// Phrases that say the work is done or all was well.
    private static let doneWords = ["均正常", "都正常", "一切正常", "无异常", "其他都好", "都好", "冇得别的事", "没有别的事", "没得别的事",
                                    "双方都满意", "发放完毕", "已记录", "今日走访", "今天走访", "走访：",
                                    // a visit made, a question asked for someone, a date agreed, an application through
                                    // (`重阳节上门看过了 人精神不错`, `帮他问了 核完补差`, `助浴约在10月25日下午`, `优待证审核通过`, `已经开工`)
                                    "上门看过了", "帮他问了", "帮她问了", "帮他查了", "帮她查了", "约在", "约好了", "审核通过", "已经开工", "已开工",
                                    // a tally of the day's callers, a notice put up or passed on (`桃源来了三个人问事 记一下`,
                                    // `散客请改晚上 已在门口贴了`, `跳舞的已经提前通知了`, `大家转告`)
                                    "人问事", "已在门口贴", "已经贴了", "已贴出", "已经提前通知", "提前通知了", "大家转告",
                                    // a part changed by whoever mends it, a job or a gathering finished, a class begun, a
                                    // visit made (`水箱进水阀 物业下午来换了`, `供电所换了灯头 小柯说亮了`, `楼顶防水10月27日做完了`,
                                    // `敬老会 … 已结束`, `四点半课堂开学 … 已开班`, `每周上门探访 今天去了`, `银发志愿队陪聊去了`)
                                    "下午换了", "上午换了", "下午来换了", "上午来换了", "今天换了", "节后换了", "换了个新的", "换了新的", "换了灯头",
                                    "做完了", "已做完", "已结束", "已开班", "已完成", "今天去了", "第一次去了", "陪聊去了", "上门看了",
                                    // a warning or an answer already given in the group (`已在群里提醒是假的`, `已在群里发通知`)
                                    "在群里提醒", "在群里发通知", "在群里发了通知", "已在群里答",
                                    // a dispute settled at the station, both sides signing (`何家跟邓家 在驿站谈好了 邓家赔两百 两边签了字`)
                                    "谈好", "谈妥", "调解好了", "签了字", "三方签字", "双方签字", "两边签字", "签了协议", "达成协议",
                                    // the work finished and the case closed, a party agreeing to pay (`换完了 …销号`, `查到是装修队碰坏的 同意赔`)
                                    "换完了", "销号", "同意赔"]
    /// Whether staff tell of a visit or a call that found nothing to do (`戚婆婆 说冇得事 儿子每周回来`): no service keeps a
    /// record of it, whatever arrangement it mentions.
    static func findsNothingToDo(_ text: String) -> Bool {
        CharacterPresence(text).containsAny(of: nothingNeeded)
    }

    /// A visit that found nothing to do (`同一轮 奥园30栋 戚婆婆 说冇得事 儿子每周回来`, `孔爹爹 已有人照顾 冇得要办的`).
    /// Not a bare `冇事`: a danger over (`范婆婆找到了 … 冇事`) is answered, and `还好冇事 建议…` goes on to ask.
    private static let nothingNeeded = ["冇得事", "没得事", "没什么事", "冇么事", "冇得要办", "没有要办", "没得要办",
                                        "冇得什么要办", "不需要帮忙", "冇得需要", "没有需要",
                                        // (`另外一户 桃8-2-601 俞爹爹 好 无诉求`)
                                        "无诉求", "冇诉求", "没有诉求", "无需求"]
    /// A date agreed, a party's promise or a result told to the resident (`上门认证约了周四上午`, `业主答应停到9号`,
    /// `城管说下周来修`, `4月份大数据比对已经过了 告诉她了`): a record even of a certification, which is otherwise the
    /// module's own.
    private static let agreedOrTold = ["约了", "约下周", "答应", "告诉他了", "告诉她了", "告诉家属了", "直接回复了", "去看了", "冇得大碍",
                                       "没有大碍", "没什么大碍", "送过去了", "装好了", "下周来修", "明天来修", "下周来换", "明天来换",
                                       "电话告知", "打电话告诉", "送到了",
                                       // something ready, its owner called to fetch it (`优待证 到了 电话通知他来拿`)
                                       "通知他来拿", "通知她来拿", "通知他来领", "通知她来领", "通知家属来拿", "通知家属来领",
                                       // the resident's thanks for the work (`楼梯灯换了 扶手也紧了 管婆婆儿子说谢谢`)
                                       "说谢谢", "说了谢谢", "连说谢谢",
                                       // the resident's word that it is done, or their coming for what is ready
                                       // (`物业换了进水阀 大刘打电话来确认了`, `优待证做好了 来领了`)
                                       "确认了", "来领了"]
    /// Words that still ask for something even beside a date agreed (`约了周四 请刘网格去`).
    private static let askingWords = ["请", "麻烦", "能不能", "可不可以", "要求", "想要", "想请", "想让", "希望", "帮忙", "要不要", "要上门"]
    /// First characters of the verbs that follow `已` in a record (`已叫`, `已沟通`, `已清走`, `已报厂家`, `已领到`, `已告知`, `已代缴`, `已纳入`, `已协调`,
    /// `马蜂窝 已摘`).
    /// Not `已经去世`, `已反映两次`, `已通知物业` (handed on: the ice is still there; so is `已告知物业`), `已劝` (the cable still hangs).
    private static let doneVerbs = Set("叫沟清报领给装换改发告送修处办联上核完记调查帮约交撕补恢落解回转派安走看慰拿收把跟打代纳协摘")
    /// Words with which a line asks for something to be done.
    private static let requests = ["请", "麻烦", "能不能", "可不可以", "可以帮", "要求", "申请", "想要", "想请", "想让", "想有", "需要", "希望",
                                   "来问", "他问", "她问", "问一下", "问下", "帮忙", "认证", "可以结", "不用", "要不要",
                                   // the case to close (`地库灯下午换了 好了 结了`)
                                   "结了"]
    /// A fault named (`7栋电梯坏了 已报修三天`): a report, whatever was done about it.
    private static let faults = ["坏", "漏", "堵", "不亮", "冇亮", "没亮", "停水", "停电", "冇水", "没水", "冇电", "没电", "卡住", "困",
                                 "渗", "关不上", "打不开", "冲不下去", "积水", "扰民", "不制冷", "不出水"]
    /// Words that say the matter is not over (`已报修 还是漏`, `已经打了电话 冇得人来`).
    /// Or waits for someone (`补材料 已交 等审核`), or wants more (`已经送上楼了 她说下个月还要`, `…就是礼拜天也要`).
    private static let stillOpen = ["还是", "还冇", "还没", "又", "没人来", "冇人来", "冇得人来", "但是", "可是", "不行", "危险", "也要",
                                    "等审核", "等回复", "等结果", "等通知", "在等", "还要", "告知物业", "告诉物业",
                                    // an application's papers taken, to go up for review (`高龄津贴上门收材料 … 复印件已收`)
                                    "收材料", "材料已收", "已收材料", "复印件已收",
                                    // the residents pressing for it (`楼道起火后墙面和灯 居民催 已转物业`)
                                    "居民催", "业主催", "家属催", "又来催",
                                    // something still to do told as a need (`要登记 每月上门一次`, `要叫人清`, `要关爱那边每天中午打个电话`);
                                    // not a change made (`助餐已经改成少盐的`)
                                    "要登记", "要叫人", "要人帮", "要催", "要跟", "要关爱", "要社区", "要单独", "先停",
                                    // to be watched or gone back to (`还在烧炭的两户 要盯`, `血压偏高 过两天我再去看看`, `过一周再问`, `商量好了等她回话`)
                                    "要盯", "再去看", "再去一趟", "过一个礼拜再", "过一周再", "等他回话", "等她回话",
                                    // a fault passed to the property to put right (`信报箱锁坏了两个 已报物业`)
                                    "报物业",
                                    // a check to come, or a deadline given (`已上门劝停 明天复查`, `已联系房东 限期整改`)
                                    "明天复查", "后天复查", "下周复查", "天后复查", "再复查", "待复查", "到期复查", "限期"]
}
