/// News that a fault is over, told by the words that say so (`电梯好了 能坐了`, `2栋1单元楼道灯换了 亮堂了`,
/// `公园东边的灯亮了 👍`, `加压泵 修好了 水压正常了`). The model reads such a line by its subject — a lamp, a
/// pump, the park's twister — and takes it for a new report of that subject; these words decide first.
///
/// Not news: a question (`修好了冇`, `来电了吗`), a denial (`还冇修好`, `灯没亮`), or a fault named beside it
/// (`楼道灯换了 电梯又坏了`, `好了两天又漏了`).
enum FixNews {
    /// Whether `text` says that something is working again, and nothing in it is still wrong.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        // A lamp that will not go off (`感应灯一直亮 亮了三天`) is a fault, whatever its 亮了 says.
        if present.contains("亮"), present.containsAny(of: stuckOn) || present.anyOccurrence(of: "亮了", where: { _, later in Self.tellsHowLong(later) }) {
            return false
        }
        if present.allPlain { return saysInOneWalk(text) }
        guard !present.containsAny(of: appeals), !present.containsAny(of: asking) else { return false }
        return anyOccurrence(of: doneWords, present, where: isNews)
    }

    /// Whether the place of a word of ``doneWords``, after `before` (since the word's previous place) and before
    /// `later`, tells news of a fix.
    private static func isNews(before: Substring, later: Substring) -> Bool {
        // `说好了的`, `约好了` speak of an arrangement, `表填好了` of a form, `问清了` of a question put; `没修好`, `不亮了`
        // deny; `三天冇得人来清了`: nobody came to do it; `你们早该清了` reproaches.
        let denied = before.suffix(2).contains(where: "冇没不未".contains) || before.last.map("说讲约定备该填写问".contains) == true
            || ["冇得人", "冇人", "没人", "没有人"].contains(where: before.suffix(5).contains)
        let after = later.prefix(2)
        let asked = after.contains(where: "冇没吗么啵撒不".contains) || after.hasPrefix("?") || after.hasPrefix("？")
        // The fault told before the fix is its story (`管子漏了 物业来修好了`); one told after is still there
        // (`好了两天又漏了`). `又好了` is good news again.
        return !denied && !asked && !CharacterPresence(later).containsAny(of: stillWrong)
    }

    /// ``says(_:)`` for a line of plain characters: the appeals, the question words and the words of a fix found in
    /// one walk over its bytes (``PhraseMatcher``), where searching the three lists word by word was 6.0 M of the
    /// dispatch bench's 1,000 lines (docs/performance.md, eleventh and twelfth passes). Each word's places are taken
    /// as Foundation's `range(of:)` from the end of its place before finds them: from the left, none overlapping
    /// the one before.
    private static func saysInOneWalk(_ text: String) -> Bool {
        let found = wordsOfNews.matches(in: text)
        guard !found.contains(where: { $0.payload < 0 }) else { return false }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var endOfPlaceBefore = [Int](repeating: 0, count: doneWords.count)
        for m in found where m.start >= endOfPlaceBefore[m.payload] {
            let from = endOfPlaceBefore[m.payload]
            endOfPlaceBefore[m.payload] = m.end
            if isNews(before: text[index(from)..<index(m.start)], later: text[index(m.end)...]) { return true }
        }
        return false
    }

    /// ``doneWords`` (their places in it) with ``appeals`` and ``asking`` (-1).
    private static let wordsOfNews = PhraseMatcher(doneWords.enumerated().map { (phrase: $0.element, payload: $0.offset) }
                                                   + (appeals + asking).map { (phrase: $0, payload: -1) })

    /// Whether `text` asks if something works again (`秋千修好了冇`, `公园吊环的绳子换了冇`, `电梯好了没有`): a
    /// resident following up a report, not chatter.
    static func asksIfFixed(_ text: String) -> Bool {
        anyOccurrence(of: doneOrAsked, CharacterPresence(text)) { _, later in
            later.hasPrefix("冇") || later.hasPrefix("没") || later.hasPrefix("吗") || later.hasPrefix("啵")
        }
    }

    /// Whether `holds` for some place where one of `words` stands in the text `present` was made from, given what
    /// comes before that place (since the word's previous place) and what comes after it.
    private static func anyOccurrence(of words: [String], _ present: CharacterPresence,
                                      where holds: (_ before: Substring, _ after: Substring) -> Bool) -> Bool {
        // Each word's places searched byte by byte (`CharacterPresence`): Foundation's search, word after word, was
        // a twentieth of dispatch (perf).
        for word in words where present.mayContain(word) {
            if present.anyOccurrence(of: word, where: holds) { return true }
        }
        return false
    }

    /// A lamp left on: it will not go off.
    private static let stuckOn = ["一直亮", "老是亮", "总是亮", "整天亮", "整夜亮", "整晚亮", "通宵亮", "白天也亮", "白天都亮", "日夜亮", "关不掉",
                                  "灭不了", "不熄", "不灭"]

    /// Whether `later`, what follows `亮了`, starts by telling how long it has stayed on (`三天`, `一个礼拜`, `好几晚`).
    private static func tellsHowLong(_ later: Substring) -> Bool {
        let next = later.prefix(3)
        guard let first = next.first, "一两二三四五六七八九十几好半整".contains(first) else { return false }
        return next.dropFirst().contains(where: "天晚夜个礼拜星期周".contains)
    }

    /// Words that say it works again. `好了` alone is the commonest (`电梯好了`).
    static let doneWords = ["修好了", "弄好了", "搞好了", "换好了", "通好了", "装好了", "修好啦", "亮了", "亮堂了", "恢复了", "正常了",
                            "来水了", "来电了", "有水了", "有电了", "能用了", "能坐了", "可以用了", "可以坐了", "换了新的", "换新的了",
                            // A matter seen to (`上次问的退休的事弄清楚了`, `社保卡的事谢谢 拿到了`).
                            "弄清楚了", "搞清楚了", "搞明白了", "弄明白了", "问清楚了", "办好了", "办下来了", "拿到了",
                            // Something in the way taken away (`死老鼠清了 不臭了`, `车主来挪了`).
                            "清了", "清走了", "清掉了", "清理了", "不臭了", "挪了", "挪走了", "搬走了", "拖走了",
                            // A fault that has stopped (`接头又换了一次 这回不滴了`, `换了主板 这几天还蛮稳`).
                            "不滴了", "不漏了", "不漏水了", "不堵了", "蛮稳", "稳多了",
                            // Something made better (`水池换了水 这回干净了`, `新装的喷头好用`, `蚊子少了好多`).
                            "干净了", "好用", "少了好多", "少多了", "不吵了", "安静了",
                            // (`防滑垫铺了 这下好多了`, `扶手装了 上下方便多了`)
                            "这下好多了", "这回好多了", "方便多了", "不滑了", "暖和多了", "放心多了",
                            // A nuisance dealt with (`东门那个烧烤摊今天城管来了 👍`, `已经让保安劝离了`, `物业讲了有用`)
                            "劝离", "劝走", "城管来了", "警察来了", "警察都来了", "赶走了", "撤走了", "拆掉了", "收走了", "讲了有用",
                            "说了有用", "推出来了",
                            // Water gone, and the reporter content, as staff note it (`积水退了 朱老师说好了`, `老万看了说好`)
                            "积水退了", "水退了", "不积了", "不积水了", "看了说好", "都满意", "说满意",
                            "好了"]

    /// ``doneWords`` and then ``doneAsked``, the words ``asksIfFixed(_:)`` looks for, joined once: two constant lists
    /// make the same list every time. (Joined at every call, a new array with each of its strings retained and released,
    /// they were some 4 K instructions of a relayed message's 546 K; docs/performance.md, forty-ninth pass.)
    static let doneOrAsked = doneWords + doneAsked

    /// Words of doing that only a question makes about a fix (`换了冇`, `来修了没`): news they are not.
    /// Asked of a matter put to the desk or the grid worker (`陪我去医院的事 记下了冇`, `电暖器的事 有回音冇`).
    static let doneAsked = ["换了", "修了", "来修了", "记下了", "报上了", "报上去了", "有回音", "有消息", "有回复", "登记了",
                            "派人了", "安排了"]

    /// Words that say something is still, or again, wrong after the news: the line is a report or an urging.
    static let stillWrong = ["坏", "漏", "堵", "不亮", "冇亮", "没亮", "不通", "停了", "冇水", "没水", "不行", "卡住", "又", "还是",
                             "还冇", "还没", "还不", "还在", "可是", "但是", "不来", "一直", "不能用", "用不了", "没反应", "冇反应", "危险",
                             // water dripping from another fault, told after the fix (`19栋那个换好了 我屋楼上的外机滴水 …`)
                             "滴水", "滴到",
                             // something still to arrange (`租户搬走了 新来的一家有个瘫痪老人 要登记`)
                             "要登记"]

    /// An appeal named anywhere (`我想表扬一下物业的小杜 半夜来帮我们修好了水管`): the line is the appeal.
    static let appeals = ["投诉", "举报", "表扬"]

    /// Words of a question about it (`是不是修好了`, `几时来电`).
    static let asking = ["是不是", "有没有", "有冇得", "么时候", "什么时候", "几时", "怎么办", "么样办", "么样搞", "怎么搞", "咋办"]
}
