/// How a person is named in a message: a surname and one or two characters (`刘光明`), a compound surname
/// (`欧阳秀珍`), a surname and a form of address (`金爹爹`, `王阿姨`), `姓骆` (any surname), `老陈`, `小张`, or a
/// form of address alone (`婆婆`). A guess from the shape, good enough to tell a line of particulars from a line
/// that asks.
public enum PersonName {
    /// Whether `run` (letters only) is a name or a form of address, by the rules above.
    public static func isName(_ run: Substring) -> Bool {
        guard (1...5).contains(run.count), run.allSatisfy(\.isHan) else { return false }
        // Each character is now one scalar of the unified ideographs, none of which has another canonically
        // equivalent spelling: comparing scalars is comparing characters, without the string comparisons that
        // made this a fifteenth of dispatch (docs/performance.md, ninth pass). The rules are those of the words.
        let name = Array(run.unicodeScalars)
        guard !name.dropFirst().contains(where: Scalars.notInNames.contains) else { return false }
        // A grid worker named by the post (`李网格`) is staff, never the resident a line is about.
        if name.count == 3, name[1] == "网", name[2] == "格" { return false }
        // A day of the week (`周六`, `周末`) is 周 and a day, not a name: `1/11 周六 雷志刚和房东…`.
        // Nor with the time of day after it (`12月31日周六上午 …` → `周六上`).
        if name.count >= 2, name[0] == "周", Scalars.weekdays.contains(name[1]),
           name.count == 2 || Scalars.timesOfDay.contains(name[2]) { return false }
        if Scalars.forms.contains(name) { return true }
        if let form = Scalars.forms.first(where: { name.count >= $0.count && name.suffix($0.count).elementsEqual($0) }) {
            let before = name.dropLast(form.count)
            return before.count == 1 && Scalars.surnames.contains(before[0])
                || before.count == 2 && Scalars.compoundSurnames.contains(Array(before))
        }
        if name.count == 2, name[0] == "姓" || (name[0] == "老" || name[0] == "小") && Scalars.surnames.contains(name[1]) { return true }
        if Scalars.compoundSurnames.contains(where: { name.starts(with: $0) }) { return (3...4).contains(name.count) }
        return (2...3).contains(name.count) && Scalars.surnames.contains(name[0])
    }

    /// The word lists below as scalars, for ``isName(_:)``.
    private enum Scalars {
        static let notInNames = Set(PersonName.notInNames.flatMap(\.unicodeScalars))
        static let forms = PersonName.forms.map { Array($0.unicodeScalars) }
        static let compoundSurnames = PersonName.compoundSurnames.map { Array($0.unicodeScalars) }
        static let surnames = Set(PersonName.surnames.flatMap(\.unicodeScalars))
        static let weekdays = Set("一二三四五六日天末".unicodeScalars)
        static let timesOfDay = Set("上下中早晚午夜".unicodeScalars)
    }

    /// Characters of everyday words that a surname often starts (`谢谢你`, `周末好`, `高兴`) and names rarely hold.
    static let notInNames = Set("谢你我您他她的了是在有不没冇呢啊吧哈嘛克去来好也都还要说")

    /// Compound surnames (复姓) still in use.
    static let compoundSurnames = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒", "端木", "西门"]
    /// Forms of address that follow a surname (`王阿姨`, `李师傅`).
    static let forms = ["阿姨", "大爷", "大妈", "奶奶", "爷爷", "师傅", "叔叔", "老师", "先生", "女士", "婆婆", "爹爹", "伯伯", "嬢嬢"]
    /// The hundred most common Chinese surnames, and some hundred less common ones.
    static let surnames = Set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        // Less common surnames, leaving out those that start everyday words (`单元`, `申请`, `施工`, `麻烦`).
        + "易焦樊聂柯鲁岳匡裴佘俞倪殷翟屈伍詹庞甘欧乔葛童颜艾涂阮柳鄢喻晏耿靳鲍穆祁闵晁饶蔺卜冉栾桂邢伏滕缪庄兰赖褚季"
        + "骆尤柏阙苗康杭章符鞠储纪闻郁翁戈芦卞蓝蒲邬宁湛祝岑凌卓荆景晋柴宓宗连钮隋霍戚巫麦盛洪邝揭尚瞿")
}
