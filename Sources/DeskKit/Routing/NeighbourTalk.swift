/// What neighbours say to each other in a group, which the desk leaves alone: advice (`你找物业报修撒`,
/// `拿身份证克社区办就行`, `可以带他克驿站 社区的人帮你弄`), offers and news of their own coming (`我马上下来`,
/// `我去敲门看看`), questions put to the group rather than to the desk (`有人捡到一串钥匙吗`), and replies to one
/// neighbour by name (`@泊林9栋老太 好的婆婆 我约下时间`).
///
/// Danger named in such a line is still an emergency: the desk looks for danger before it asks the router.
enum NeighbourTalk {
    /// Whether `text`, said in a group, is talk between neighbours.
    ///
    /// A line of plain characters (``CharacterPresence/allPlain``: nearly every group line) has its ``openings``,
    /// ``inside``, ``advice`` and ``asksForItself`` found in one walk of ``listedWords``: every word of these lists
    /// is plain, and a plain word stands in a plain line exactly where its bytes stand, which is where
    /// ``CharacterPresence`` finds it (`hasPrefix`: at byte 0). Any other line is searched word by word, as before
    /// (``matchesWordByWord(_:)``). (Perf, relay: searching the lists word by word was some 46 K instructions a
    /// group line, 21.6 K a relayed message — docs/performance.md, forty-fourth pass; `NeighbourTalkWalkTests`
    /// compares the two.)
    static func matches(_ text: String) -> Bool {
        let line = CharacterPresence(text)
        guard line.allPlain else { return matchesWordByWord(text) }
        if repliesToANeighbour(text) { return true }
        var opens = false, said = false, advises = false, asks = false
        for match in listedWords.matches(in: text) {
            switch match.payload {
            case .opening: if match.start == 0 { opens = true }
            case .inside: said = true
            case .advice: advises = true
            case .asksForItself: asks = true
            }
        }
        if opens || said { return true }
        if let rest = afterCallingANeighbour(text), openings.contains(where: CharacterPresence(String(rest)).hasPrefix) { return true }
        if advises && !asks { return true }
        return asksTheGroup(text) || speaksToNeighbours(line)
    }

    /// ``matches(_:)`` with each word of the lists searched in turn (the reading before the forty-fourth pass): for
    /// a line that is not all plain characters, and for the test that compares the two.
    static func matchesWordByWord(_ text: String) -> Bool {
        let line = CharacterPresence(text)
        if repliesToANeighbour(text) || openings.contains(where: line.hasPrefix) || inside.contains(where: line.contains) { return true }
        if let rest = afterCallingANeighbour(text), openings.contains(where: CharacterPresence(String(rest)).hasPrefix) { return true }
        if advice.contains(where: line.contains) && !asksForItself.contains(where: line.contains) { return true }
        return asksTheGroup(text) || speaksToNeighbours(line)
    }

    /// Which of the lists a word of ``listedWords`` is from.
    enum ListedWord: Sendable { case opening, inside, advice, asksForItself }

    /// The words of ``openings``, ``inside``, ``advice`` and ``asksForItself``, found in one walk of a line (a word
    /// in two lists is found once for each).
    static let listedWords = PhraseMatcher<ListedWord>(
        openings.map { (phrase: $0, payload: ListedWord.opening) } + inside.map { (phrase: $0, payload: .inside) }
            + advice.map { (phrase: $0, payload: .advice) } + asksForItself.map { (phrase: $0, payload: .asksForItself) })

    /// Whether `text` signs a neighbours' chain (接龙) under its number (`2. 4栋1单元小贾 5斤`, `3. 小宋一家三口`,
    /// `1.张建新 2.张建新老婆`): a group-buy or a sign-up among neighbours — unless it names a fault or asks for
    /// something (`1. 厨房漏水`).
    static func signsAChain(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, ("1"..."9").contains(first) else { return false }
        let afterNumber = scalars.drop { ("0"..."9").contains($0) }
        guard scalars.count - afterNumber.count <= 2, let mark = afterNumber.first, mark == "." || mark == "、",
              let next = afterNumber.dropFirst().first, !("0"..."9").contains(next) else { return false }   // not `2.5斤`
        let line = CharacterPresence(text)
        return !line.containsAny(of: Router.faultWords) && !line.containsAny(of: asksForItself)
    }

    /// The line after a neighbour called by what they are called (`王阿姨先把暖气片下面那个阀门关了`, `老潘 你看下…`):
    /// advice that opens after the name is advice. Nil when the line opens with no such call.
    static func afterCallingANeighbour(_ text: String) -> Substring? {
        // Most lines have no title's first character in their first five: passed over without a string search
        // (perf, relay: searching each title in every group line was 3 % of relaying).
        guard text.unicodeScalars.prefix(5).contains(where: callTitleStarts.contains) else { return nil }
        let head = text.prefix(5)
        guard let title = callTitles.first(where: head.contains), let end = head.range(of: title)?.upperBound else { return nil }
        return text[end...].drop { $0 == " " || $0 == "，" || $0 == "," }
    }

    /// What neighbours call each other by (`王阿姨`, `婆婆`, `张师傅`).
    private static let callTitles = ["阿姨", "婆婆", "爹爹", "师傅", "大姐", "大哥", "嫂子"]
    /// The first scalar of each of ``callTitles``.
    private static let callTitleStarts = Set(callTitles.compactMap(\.unicodeScalars.first))

    /// Whether the line is put to the group as a whole: a question to it, or words to the neighbours. (One that
    /// names a service of the desk outright is still the desk's to answer: the router asks.)
    static func putToTheGroup(_ text: String) -> Bool {
        asksTheGroup(text) || speaksToNeighbours(CharacterPresence(text))
    }

    /// A line put to the neighbours (`各位邻居 谁家的狗天天在门口拉屎`, `谁家的车 挡住我车库门了 麻烦挪一下`) that asks
    /// nothing of the community's or the property company's side: their business, not the desk's.
    private static func speaksToNeighbours(_ line: CharacterPresence) -> Bool {
        toNeighbours.contains(where: line.hasPrefix) && !officialNames.contains(where: line.contains)
            && !deskSide.contains(where: line.contains)
    }

    /// Whether a question to the group leads the line (`小区有冇得人收旧衣服`); at its end it is a plea after a report
    /// of one's own (`管子冻住了 水出不来 有冇人晓得么样搞`). Another office's topic asked so (`有冇得人晓得哪里可以办
    /// 居住证`) still gets where to go. Beside a fault in one's own home (`有冇得人晓得初几物业上班啊 我屋厕所堵了`)
    /// it is a report that asks for help, not talk between neighbours; asked of the station or the community by name
    /// (`驿站有冇得人晓得 …`), it is theirs to answer.
    static func asksTheGroup(_ text: String) -> Bool {
        // A line with none of the questions' first characters holds no question: passed over without cutting its
        // head and searching that for each question (the cut and the searches were 3.6 K instructions a relayed
        // message, the look is 1.0 K: docs/performance.md, fifty-fourth pass). None of the characters has another
        // spelling, so a line where a question stands holds its scalar.
        guard text.unicodeScalars.contains(where: groupQuestionStarts.contains) else { return false }
        let head = CharacterPresence(text.prefix(groupQuestionReach + 8))
        guard let offset = groupQuestions.lazy.compactMap({ q in head.offset(of: q).flatMap { $0 <= groupQuestionReach ? $0 : nil } }).first
        else { return false }
        // Put to the desk's side by name (`驿站有冇得人晓得 我69年12月的 …`): a question for the desk, not the neighbours.
        if officialNames.contains(where: text.prefix(offset).contains) { return false }
        let line = CharacterPresence(text)
        return !(ownHome.contains(where: line.contains) && faults.contains(where: line.contains))
    }

    /// How a resident speaks of their own home.
    static let ownHome = ["我屋", "我家", "我们家"]
    /// A fault in a home, said outright.
    static let faults = ["堵了", "坏了", "漏水", "漏了", "冇得水", "没水", "停水了", "冇电", "没电", "跳闸", "不亮了", "爆了"]

    /// Whether the line opens by naming one neighbour (`@村湾老谢 我在路上`, `@打球的阿芳 可能是保险丝`): said to
    /// that person. A line to everyone (`@所有人 …`) or to someone who works for the community or the property
    /// company (`@王网格 你们社区出面说一下撒`, `@顺驰物业-阿杰 8栋门口路面塌了`) may be a request. (WeChat puts a
    /// space after the name; NFKC has made it an ordinary one.)
    static func repliesToANeighbour(_ text: String) -> Bool {
        guard text.hasPrefix("@"), let end = text.firstIndex(of: " ") else { return false }
        let name = text[text.index(after: text.startIndex)..<end]
        return !name.isEmpty && !officialNames.contains(where: name.contains)
    }

    /// Words in a name `@` that reach the desk's side: everyone, or someone who works for the community.
    static let officialNames = ["所有人", "全体", "all", "网格", "社区", "物业", "客服", "书记", "主任", "驿站", "服务台", "居委",
                                "管家", "保安", "工作人员", "街道", "维保"]

    /// How far into the line a question to the group may start (`群里`, `小区` before it).
    static let groupQuestionReach = 4

    /// How advice begins; not `你们…`, which speaks to the desk or the property company.
    static let openings = ["你找", "你去", "你先", "你赶紧", "你快", "你打", "你问问", "你可以", "你让", "你叫", "你最好", "报警",
                           "派出所 ",
                           "您找", "您先", "您可以", "建议你", "叫你", "先把", "赶紧把", "快找", "快打", "可以带", "可以按",
                           "可以给", "可以找", "可以去", "可以打", "可以到", "拿身份证", "叫他", "叫她", "让他", "让她",
                           "直接找", "直接打", "要找", "赶快把", "赶紧打", "赶快打",
                           // how things should be done (`一定要装到阳台上`, `买个除湿机`)
                           "一定要", "千万要", "千万莫", "千万别", "买个"]

    /// Words that only a neighbour says to a neighbour, wherever they stand in the line.
    static let inside = [
        // advice and reassurance
        "帮你", "就行了", "办就行", "去就行", "找就行", "登记就行", "打电话更快", "莫怕", "莫随便", "莫乱", "莫急",
        "你去问", "你去看", "你去找", "你去试", "你自己去", "你放点", "你拿",
        // coming to help
        "我马上下来", "我马上过来", "我马上到", "我去看看", "我去敲门", "我过来帮", "我下楼的时候", "我来帮", "我下去看",
        "我上去看", "我过去看", "我马上下去", "我下去挪", "我去挪", "我马上挪", "我马上上来", "我马上上去",
        "我去敲", "我上去敲", "我下去敲", "我过去敲", "我去喊", "我去叫她", "我去叫他",
        // one who can help at the scene saying so (`我是医生 我下来看看`)
        "我是护士", "我是医生", "我学过急救", "我会急救",
        // a word of care to everyone
        "大家多留意", "大家留意一下", "大家多注意",
        // …and a warning of the way out (`小路积水到脚踝了 大家出门穿雨靴`, `大家绕道走`)
        "大家出门", "大家小心", "大家绕道", "大家绕一下", "大家莫往", "大家莫走", "大家走的时候",
        // a warning or a rule of thumb (`把总闸拉下来 千万莫用水泼`, `高层有伢的一定要装限位器`)
        "千万莫", "千万别", "千万不要", "的一定要",
        // what to do, and not do, told to those at a danger (`莫开灯莫按门铃`, `莫泼水 关火 拿湿毛巾盖`, `让他平躺 莫抓`):
        // the danger itself is the emergency's, recognised before the router is asked
        "莫开灯", "莫开电器", "莫按门铃", "莫泼水", "莫用水泼", "拿湿毛巾", "用湿毛巾", "湿毛巾捂", "莫硬拽", "莫抓", "莫扶他",
        "莫扶她", "莫动他", "莫动她", "莫搬动", "让他平躺", "让她平躺",
        // tips asked of the neighbours (`墙上又长霉了 … 有冇得好办法`)
        "有冇得好办法", "有没有好办法", "有什么好办法", "有么好办法", "有啥好办法",
    ]

    /// What a neighbour tells another to do, or how things are (`报警撒 让物业调监控`, `快递柜上有个客服电话 打那个`,
    /// `空调外机要找空调厂家售后 物业不管的`, `寒假社区有四点半课堂 可以问下`) — unless the line also asks for something
    /// itself (`我要投诉物业 让他们赔`).
    static let advice = ["让他们", "叫他们", "叫物业去", "让物业去", "让物业调", "叫物业调", "可以问下", "可以问问", "打那个",
                         "要报警的", "报警撒", "物业不管的", "是自己的事", "自己就能换", "可以买个", "可以给老人", "要业主签字",
                         "拍照发给", "拍个照发", "试试", "试一下",
                         // reassurance that the danger feared is not there (`没有着火 是楼下有人在烧纸钱`)
                         "没有着火", "冇着火", "没着火", "不是着火", "不是失火"]

    /// Words with which a line asks for something itself, whatever advice it carries.
    static let asksForItself = ["投诉", "举报", "反映", "我要", "帮我", "麻烦", "能不能", "可不可以", "管不管", "有冇得人管",
                                "有没有人管", "请社区", "请物业"]

    /// How a line to the neighbours begins.
    static let toNeighbours = ["各位邻居", "邻居们", "各位街坊", "谁家的", "哪家的", "哪个屋的", "哪位邻居", "是哪个的"]

    /// Words that take a line to the neighbours to the desk's side after all.
    static let deskSide = ["投诉", "举报", "反映", "调解", "管一下", "管管", "管不管", "冇人管", "没人管", "处理", "报修"]

    /// Questions put to the group, near the start of the line.
    static let groupQuestions = ["有人捡到", "谁捡到", "哪个捡到", "有冇人晓得", "有冇得人晓得", "有没有人知道", "有没有人晓得",
                                 "有没有人家里", "有冇人家里", "有冇人收", "有冇得人收", "有没有人收", "群里有没有人", "群里有冇人",
                                 "群里有人", "谁家有", "谁有", "哪个有多余", "有冇得二手", "有没有二手",
                                 // company or a taker sought among the neighbours (`有冇得人拼车克上班`, `有没有人要旧书柜`)
                                 "有冇得人拼", "有没有人拼", "有冇人拼", "有冇得人一起", "有没有人一起", "有冇人一起", "有人一起",
                                 "有冇得人要", "有没有人要", "有冇人要"]
    /// The first character of each of ``groupQuestions`` (有, 谁, 哪, 群), looked for before the questions.
    private static let groupQuestionStarts = Set(groupQuestions.compactMap(\.unicodeScalars.first))
}
