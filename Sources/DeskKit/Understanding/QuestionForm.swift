/// Whether a line is put as a question: a question mark, a question particle (`吗`, `么样`, `冇`), or a
/// question word (`哪里`, `几点`, `能不能`, `请问`). In a group a line about another office's matter that asks
/// nothing (`社区医院 带医保卡就行`) is a neighbour's remark, not a question for the desk. Public, so that a module can tell
/// a question from a statement the same way the desk does.
public enum QuestionForm {
    /// Whether `text` is put as a question.
    public static func asks(_ text: String) -> Bool {
        // The markers searched byte by byte (``CharacterPresence``): Foundation's search for 28 markers was a
        // twentieth of relaying a group's message (perf, relay). So is 几 (Foundation's `contains` for it was 7 M of
        // the dispatch bench's 1,000 lines: docs/performance.md, tenth pass).
        // (The words taken out by ``CharacterPresence/replacing(_:with:in:)``, Foundation's replacing byte by byte on a
        // plain line: Foundation's was 4 % of the dispatch bench's instructions — docs/performance.md, twenty-seventh pass.)
        var present = CharacterPresence(text)
        var line = text
        if present.contains("几") {
            // `十几楼`, `好几天`, `几十年` count; `这几天`, `前几天`, `那几天` tell when: they do not ask.
            line = vagueCounts.reduce(text) { CharacterPresence.replacing($1, with: "", in: $0) }
            present = CharacterPresence(line)
        }
        if present.containsAny(of: degrees) {
            // `今天这么冷`, `那么多人`: a degree, not a question (`么样` still asks).
            line = degrees.reduce(line) { CharacterPresence.replacing($1, with: "", in: $0) }
            present = CharacterPresence(line)
        }
        if present.containsAny(of: cries) {
            // `好人哪`, `我的天哪 吓死我了`: a cry closing a clause, not a question (`在哪`, `明天哪里有` still ask).
            line = withoutCries(line)
            present = CharacterPresence(line)
        }
        if present.contains("问") {
            // `可以问下`, `你问下后湖那边的社区医院`: advice to ask someone else, not a question.
            line = adviceToAsk.reduce(line) { CharacterPresence.replacing($1, with: "", in: $0) }
            present = CharacterPresence(line)
        }
        return hasMarker(line, present) || endsAsking(line) || asksEitherWay(line)
    }

    /// Whether one of the ``markers`` stands in `line` (`present` made from it). A plain line's are found in one walk
    /// over its bytes (``PhraseMatcher``): searching the 34 one by one was 3.3 M of the dispatch bench's 1,000 lines
    /// (docs/performance.md, eleventh and twelfth passes).
    private static func hasMarker(_ line: String, _ present: CharacterPresence) -> Bool {
        markers.occurs(in: line, present)
    }

    /// `开不开门`, `收不收钱`, `去没去`: a verb said twice around 不 or 没 asks whether — unless it is left for later
    /// (`赔不赔再说`).
    /// (Over scalars: this runs on every line of free text, and an ideograph is one scalar.)
    private static func asksEitherWay(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var (first, middle): (Unicode.Scalar?, Unicode.Scalar?) = (nil, nil)
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            i = scalars.index(after: i)
            if c == first, middle == "不" || middle == "没", c.properties.isAlphabetic,
               !scalars[i...].starts(with: "再说".unicodeScalars) { return true }
            (first, middle) = (middle, c)
        }
        return false
    }

    /// Whether a line says what the sender wants to get done (`想开个居住证明`, `我要办个居住证`): put to the desk
    /// like a question, though nothing in it asks.
    static func wants(_ text: String) -> Bool {
        var line = Substring(text)
        for lead in ["社区", "我", "请问"] where line.hasPrefix(lead) { line = line.dropFirst(lead.count).drop { $0 == " " } }
        guard let rest = ["想要", "需要", "想", "要"].first(where: line.hasPrefix).map({ line.dropFirst($0.count) }) else { return false }
        return wishVerbs.contains { rest.hasPrefix($0) }
    }
    private static let wishVerbs = ["开", "办", "补", "换", "申请", "弄", "搞"]
    private static let vagueCounts = ["十几", "几十", "好几", "几百", "几千", "这几", "前几", "那几"]
    private static let degrees = ["这么", "那么", "多么"]

    /// `line` without the cries `天哪`, `人哪` where they close a clause (the line's end, or a space or a mark after them).
    private static func withoutCries(_ line: String) -> String {
        var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (i, word) in words.enumerated() {
            var bare = Substring(word)
            while let last = bare.last, cryMarks.contains(last) { bare = bare.dropLast() }
            if let cry = cries.first(where: bare.hasSuffix) { words[i] = String(bare.dropLast(cry.count)) }
        }
        return words.joined(separator: " ")
    }
    private static let cries = ["天哪", "人哪"]
    private static let cryMarks: Set<Character> = ["!", "！", "。", "，", ",", "~", "～"]
    private static let adviceToAsk = ["可以问", "可以去问", "你问", "你去问", "去问下", "去问问", "去问一下"]

    /// `明年还要搞不 我怕又忘记了`, `不是会员能报名啵`: 啵 or a bare 不 closing the line or a clause of it asks; so
    /// does 冇 or 没 after 了 (`调整的钱到了冇 我爸的还冇看到`), or after 有 earlier in the clause (`今年的调整有我的份冇`;
    /// not `还冇`, `也冇`: not yet, nor either; `有冇` is a marker of its own).
    private static func endsAsking(_ text: String) -> Bool {
        // A line of plain characters (``CharacterPresence/isPlain(_:)``: nearly every line) is walked by scalar, each
        // of them a whole character: walking its characters and asking whether each was one of the marks was 5.6 M
        // of the dispatch bench's 1,000 lines (docs/performance.md, eleventh pass).
        // (A sticker or emoji closing the line closes nothing: `修好了冇👍`, `能帮忙打印不[捂脸]` ask as `修好了冇` does.)
        let line = text.last == "]" ? withoutClosingStickers(text) : Substring(text)
        if CharacterPresence.isPlain(text) { return endsAsking(walking: line.unicodeScalars) }
        return endsAsking(walking: line[..<(line.lastIndex { $0.isLetter || $0.isNumber }.map(line.index(after:)) ?? line.startIndex)])
    }

    /// `text` without the WeChat sticker codes that close it (`[捂脸]`, `[抱拳][抱拳]`): their names are letters.
    private static func withoutClosingStickers(_ text: String) -> Substring {
        var line = Substring(text)
        while line.last == "]", let open = line.lastIndex(of: "["), line.distance(from: open, to: line.endIndex) <= 6 {
            line = line[..<open]
        }
        return line
    }

    /// ``endsAsking(_:)`` over a line's characters, or its scalars when each is a whole character.
    private static func endsAsking<Characters: Sequence>(walking characters: Characters) -> Bool
    where Characters.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var (beforeThat, previous): (Characters.Element?, Characters.Element?) = (nil, nil)
        var hadHave = false   // 有 seen in the clause
        func asks() -> Bool {
            previous == "啵" || previous == "不"
                || (previous == "冇" || previous == "没") && (beforeThat == "了" || hadHave && beforeThat != "还" && beforeThat != "也" && beforeThat != "有")
        }
        for c in characters {
            if c == " " || c == "，" || c == "," || c == "。" {
                if asks() { return true }
                hadHave = false
            } else if c == "有" {
                hadHave = true
            }
            (beforeThat, previous) = (previous, c)
        }
        return asks()
    }

    private static let markers = WordList(["?", "？", "吗", "么", "嘛", "哪", "怎", "几", "啥", "什么", "多少", "能不能", "可不可以",
                                  "有没有", "有冇", "冇得", "要不要", "是不是", "请问", "想问", "问下", "问一下", "问哈", "问一哈",
                                  "咨询", "晓得", "知道不", "还是", "了解", "想知道", "打听", "好多钱", "说一下", "讲一下", "多久", "多长时间",
                                  "真的假的", "找谁", "问谁"])
}
