import DeskKit
import Foundation

/// What a retirement question (or an answer to one of its questions) says: the birth month or year, an ID
/// number, the person's sex, the category stated in words, a retirement year, the years paid, and whether it
/// asks about contributions at all.
///
/// People say the category in many ways: `男干部` is a man (a cadre is 原55 only for women), `我爸…是工人` a man,
/// `原法定退休年龄50周岁`, `原来55岁退休的`, `以前是55岁`, `五十岁退休` an original retirement age, which only women
/// have. Dates come as `1971年6月`, `71年6月`, `一九七一年六月`, `19710606`, `1971-06`.
struct RetirementReading {
    var birth: YearMonth?
    var birthYear: Int?
    /// An ID number in the text (checked), or why the one written is not valid.
    var citizen: CitizenID?
    var idProblem: String?
    /// `男`/`女` said in words (`我爸`, `女工人`, `男同志`); nil when not said or when both are mentioned.
    var sex: Sex?
    /// The words that said the sex, to quote them when the ID number disagrees.
    var sexWords: String?
    /// An original retirement age stated outright (`原50`, `五十岁退休`): only women have one.
    var statedAge: WorkerCategory?
    /// An occupation that decides a woman's original age: 干部 → 原55, 工人 → 原50.
    var occupation: WorkerCategory?
    /// `2031年退休`: the year the person expects to retire.
    var retirementYear: Int?
    /// Years and extra months paid so far (`缴了12年3个月`).
    var paidYears: Int?
    var paidExtraMonths: Int?
    /// The question is about contributions (`缴费10年够不够`, `不够15年么样办`).
    var asksContribution = false
    /// A date that cannot be (`1965年13月`).
    var badDate: String?

    init(_ raw: String, today: CalendarDay) {
        let text = TextNormalizer.normalize(raw)
        // Its word lists are searched only for words whose first character the text has (some forty searches a
        // reading were a third of answering a retirement question: perf, dispatch).
        let characters = CharacterPresence(text)
        readID(text, today: today)
        readDates(text, today: today)
        readSex(text, characters)
        readCategory(text, characters)
        readContribution(text, characters)
    }


    /// Whether the text said nothing this reading understands.
    var isEmpty: Bool {
        birth == nil && birthYear == nil && citizen == nil && idProblem == nil && sex == nil && statedAge == nil
            && occupation == nil && retirementYear == nil && paidYears == nil && !asksContribution && badDate == nil
    }

    /// What `later` says replaces what this reading said (an answer corrects the question).
    mutating func update(with later: RetirementReading) {
        if later.birth != nil || later.birthYear != nil || later.citizen != nil {
            birth = later.birth; birthYear = later.birthYear; citizen = later.citizen
        }
        if later.sex != nil { sex = later.sex; sexWords = later.sexWords }
        statedAge = later.statedAge ?? statedAge
        occupation = later.occupation ?? occupation
        retirementYear = later.retirementYear ?? retirementYear
        if later.paidYears != nil { paidYears = later.paidYears; paidExtraMonths = later.paidExtraMonths }
        asksContribution = asksContribution || later.asksContribution
        idProblem = later.idProblem
        badDate = later.badDate
    }

    // MARK: ID number

    private mutating func readID(_ text: String, today: CalendarDay) {
        if let candidate = CitizenID.candidate(in: text) {
            do { citizen = try CitizenID(candidate, today: today) } catch { idProblem = error.description }
        } else if let run = Self.idLike.firstMatch(in: text) {
            // A number that looks meant as an ID but has the wrong length.
            idProblem = CitizenIDError.wrongLength(run.count).description
        }
    }

    // MARK: Dates

    static let idLike = TextPattern(#"(?<![0-9])[0-9]{15,17}[0-9Xx]?(?![0-9])|(?<![0-9])[0-9]{19}(?![0-9])"#, digits: 15)
    static let retiringIn = TextPattern(#"((?:19|20)[0-9]{2})\s*年\s*(?:[0-9]{1,2}\s*月\s*)?(?:就|才|能|可以|要|该|会)*\s*退休"#, digits: 4)
    /// `2029年6月退最低要15年`, `应该2027-08退`: `退` alone (not `退费`, `退保`, `退役`), a retirement only in a year to
    /// come (`2020年退的` tells of one past).
    static let retiringInShort = TextPattern(#"((?:19|20)[0-9]{2})\s*(?:年\s*(?:[0-9]{1,2}\s*月\s*)?|[-/.][0-9]{1,2}\s*)退(?![休费保役款货出伍群])"#, digits: 4)
    static let eightDigits = TextPattern(#"(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])"#, digits: 8)
    static let fourDigitYearMonth = TextPattern(#"(?<![0-9])((?:19|20)[0-9]{2})\s*[-年/.]\s*([0-9]{1,2})(?![0-9])"#, digits: 5)
    static let twoDigitYearMonth = TextPattern(#"(?<![0-9缴交了满够])([0-9]{2})\s*年\s*([0-9]{1,2})\s*月"#, digits: 3)
    static let wordsYearMonth = TextPattern("([零〇一二三四五六七八九]{2,4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月", clues: "零〇一二三四五六七八九")
    static let yearOnly = TextPattern(#"(?<![0-9])((?:19|20)[0-9]{2})(?=\s*年)"#, digits: 4)
    /// `62年的男工人`, `68年生的`: a two-digit year said as a birth year (not `缴费15年`, `干了30年`).
    static let twoDigitYearOnly = TextPattern(#"(?<![0-9缴交了满够干做])([0-9]{2})\s*年\s*(?:的|生|出生|人|那年)"#, digits: 2)
    static let wordsYearOnly = TextPattern("([零〇一二三四五六七八九]{4})\\s*年", clues: "零〇一二三四五六七八九")

    private mutating func readDates(_ text: String, today: CalendarDay) {
        var rest = text
        // `2031年退休`, `2031年就能退休了`: a retirement year, not a birth year — one of the last twenty years or to
        // come. Counter shorthand puts the birth month before the word (`女工人 1975年5月 退休`).
        if let m = Self.retiringIn.firstGroups(in: rest), let year = Int(m.groups[0]!), year >= today.year - 20 {
            retirementYear = year
            rest.removeSubrange(m.range)
        } else if let m = Self.retiringInShort.firstGroups(in: rest), let year = Int(m.groups[0]!), year > today.year {
            retirementYear = year
            rest.removeSubrange(m.range)
        }
        if citizen != nil { return }
        // A month after today is no one's birth: staff writing down what they told a resident put the month they
        // worked out beside the birth month (`68年3月生 … 算的是2029年1月`, `交了18年够不够 2029年最低15年`). The
        // first date not after today is the birth. A single month after today is kept, and the answer says it is in
        // the future (`退休 男 2030年1月`: a slip to correct); several dates after today, or a year alone, are not a
        // birth at all.
        var later: [(year: Int, month: Int?)] = []
        while let found = Self.firstDate(in: rest) {
            let (year, month) = found.date
            let afterToday = month.flatMap { YearMonth(year: year, month: $0) }.map { $0 > YearMonth(today) } ?? (year > today.year)
            rest.removeSubrange(found.range)
            // A year of the last sixteen is no one's birth who asks about retiring (`2021年到2023年有两年按最低基数交的`).
            if year > today.year - 16 && !afterToday { continue }
            if !afterToday { return setBirth(found.date) }
            later.append(found.date)
        }
        guard later.count == 1, later[0].month != nil else { return }
        // Staff writing down what they answered (`熊老师又问老伴能不能60岁退 答弹性提前最早到满60 2033年10月 …`): the
        // month they told is when the person may retire, not a slip for a birth month.
        // So is the month a retirement approved starts from (`弹性退休批下来了 2035年11月起算`).
        if Self.recordsAnAnswer(text) || Self.tellsTheStartApproved(text) {
            retirementYear = retirementYear ?? later[0].year
        } else {
            setBirth(later[0])
        }
    }

    /// Whether staff write down a retirement approved and the month it starts from (`批下来了 … 起算`, `批了 下月起发`).
    static func tellsTheStartApproved(_ text: String) -> Bool {
        ["批下来", "批了", "批准", "审批通过"].contains(where: text.contains) && ["起算", "起发", "开始算", "开始发"].contains(where: text.contains)
    }

    /// Whether staff write down the answer they gave (` 答…`, `答：…`, `已告知`).
    static func recordsAnAnswer(_ text: String) -> Bool {
        [" 答", "答：", "答:", "已答", "已告知", "告诉他", "告诉她"].contains(where: text.contains)
    }

    private mutating func setBirth(_ date: (year: Int, month: Int?)) {
        if let month = date.month { setBirth(year: date.year, month: month) } else { birthYear = date.year }
    }

    /// The first date written in one of the forms this reading knows, by the order of the forms: a year with
    /// its month (`19710606`, `1971年6月`, `71年6月`, `一九七一年六月`) before a year alone (`1971年`, `71年生的`).
    private static func firstDate(in text: String) -> (range: Range<String.Index>, date: (year: Int, month: Int?))? {
        if let m = eightDigits.firstGroups(in: text) {
            return (m.range, (Int(m.groups[0]!)!, Int(m.groups[1]!)!))
        } else if let m = fourDigitYearMonth.firstGroups(in: text) {
            return (m.range, (Int(m.groups[0]!)!, Int(m.groups[1]!)!))
        } else if let m = twoDigitYearMonth.firstGroups(in: text), let y = century(Int(m.groups[0]!)!) {
            return (m.range, (y, Int(m.groups[1]!)!))
        } else if let m = wordsYearMonth.firstGroups(in: text),
                  let y = yearInWords(m.groups[0]!), let month = ChineseNumber.parse(m.groups[1]!) {
            return (m.range, (y, month))
        } else if let m = yearOnly.firstGroups(in: text) {
            return (m.range, (Int(m.groups[0]!)!, nil))
        } else if let m = twoDigitYearOnly.firstGroups(in: text), let y = century(Int(m.groups[0]!)!) {
            return (m.range, (y, nil))
        } else if let m = wordsYearOnly.firstGroups(in: text), let y = yearInWords(m.groups[0]!) {
            return (m.range, (y, nil))
        }
        return nil
    }

    private mutating func setBirth(year: Int, month: Int) {
        if let ym = YearMonth(year: year, month: month) { birth = ym } else { badDate = "没有\(month)月"; birthYear = nil }
    }

    /// `71` → 1971, `05` → 2005: a two-digit birth year of someone asking about retirement.
    static func century(_ yy: Int) -> Int? {
        switch yy {
        case 40...99: 1900 + yy
        case 0...10: 2000 + yy
        default: nil
        }
    }

    /// `一九七一` → 1971, `七一` → 1971.
    static func yearInWords(_ words: String) -> Int? {
        let digits = words.map { ChineseNumber.parse(String($0)) }
        guard digits.allSatisfy({ $0 != nil }) else { return nil }
        let n = digits.reduce(0) { $0 * 10 + $1! }
        return words.count == 2 ? century(n) : (1900...2100).contains(n) ? n : nil
    }

    // MARK: Sex and category

    static let maleWords = ["男", "我爸", "爸爸", "老爸", "父亲", "老公", "丈夫", "老头", "儿子", "哥哥", "弟弟", "公公", "岳父"]
    /// Titles said after a surname (`黄女士`), which name the one asking.
    static let titles = ["女士", "男士"]
    /// Words that put right what was said before.
    static let setsRight = ["不对", "不是", "搞错", "说错", "弄错", "更正"]
    static let femaleWords = ["女", "我妈", "妈妈", "老妈", "母亲", "老婆", "妻子", "媳妇", "姐姐", "妹妹", "婆婆", "岳母"]

    private mutating func readSex(_ text: String, _ characters: CharacterPresence) {
        var male = characters.first(of: Self.maleWords)
        var female = characters.first(of: Self.femaleWords)
        if male != nil, female != nil, Self.titles.contains(where: text.contains), !characters.containsAny(of: Self.setsRight) {
            // A title after a surname names who came to ask, not whose question it is (`单女士 补充：她老公 男 85年10月`);
            // the words left decide — unless the line puts who it is right (`尤女士的老公 … 不对 是尤女士自己`).
            var untitled = text
            for title in Self.titles { untitled = untitled.replacingOccurrences(of: title, with: " ") }
            let rest = CharacterPresence(untitled)
            male = rest.first(of: Self.maleWords)
            female = rest.first(of: Self.femaleWords)
        }
        switch (male, female) {
        case (let m?, nil): sex = .male; sexWords = m
        case (nil, let f?): sex = .female; sexWords = f
        default: break   // neither, or both (`我是男的，我老婆是工人`): ask rather than guess whose question it is
        }
    }

    static let originalAge = TextPattern(
        #"(?:原|以前|之前|原来|本来|过去|老规定)[^0-9五]{0,10}(55|50|五十五|五十)|(55|50|五十五|五十)\s*周?岁\s*(?:就)?(?:能|可以)?退休"#,
        clues: "5五")

    private mutating func readCategory(_ text: String, _ characters: CharacterPresence) {
        if let g = Self.originalAge.firstGroups(in: text)?.groups {
            let n = g[0] ?? g[1] ?? ""
            statedAge = n == "55" || n == "五十五" ? .female55 : .female50
        }
        if characters.containsAny(of: ["干部", "管理岗", "管理人员", "原55"]) { occupation = .female55 }
        else if characters.containsAny(of: ["工人", "女工", "厂里", "工厂", "车间", "一线", "原50"]) { occupation = .female50 }
    }

    // MARK: Contributions

    static let paid = TextPattern(
        #"(?:缴|交)[了费过满够足]*\s*([0-9零一二两三四五六七八九十]{1,3})\s*年(?:\s*([0-9零一二两三四五六七八九十]{1,3})\s*个?月)?"#, clues: "缴交")

    private mutating func readContribution(_ text: String, _ characters: CharacterPresence) {
        if let g = Self.paid.firstGroups(in: text)?.groups, let years = ChineseNumber.parse(g[0]!) {
            paidYears = years
            paidExtraMonths = g[1].flatMap { ChineseNumber.parse($0) }
        }
        asksContribution = paidYears != nil
            || characters.containsAny(of: ["缴费", "交费", "缴满", "交满", "够不够", "不够", "最低缴费", "缴费年限", "补缴", "一次性缴",
                                           "交够", "缴够"])
    }
}
