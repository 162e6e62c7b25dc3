/// A resident's grievance that a nuisance goes on in spite of what was said or promised (`贴了告示有么用 今天又是八点打`,
/// `那串彩灯还在亮 物业说了三回 他就是不拆`, `签了承诺有什么用 今天12点40还在打`): a complaint, though the model, hearing
/// no request in it, reads it as talk.
///
/// Both are needed: the nuisance back or still there (`又`, `还在`), and what was done about it in vain (`有什么用`,
/// `说了三回`, `就是不`). A grumble of one alone (`又下雨了`, `说好的`) is talk.
enum Grievance {
    /// Whether the line, whose characters are `present`, tells of a nuisance that goes on whatever was done.
    static func says(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: goesOn) && present.containsAny(of: inVain)
    }

    /// Whether the line, whose characters are `present`, says that nobody deals with a matter (`说好了一个人限打四十分钟 …
    /// 也冇人管`, `上次说了冇人管`): a complaint however it reads, when it names what it is about.
    /// (Not `冇人管` alone, which tells as often of something left alone for good, `草坪荒了几年冇人管`.)
    static func nobodyDealsWithIt(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: nobodyDeals)
    }

    /// Words that nobody deals with it, said as a grievance.
    static let nobodyDeals = ["也冇人管", "也没人管", "也没有人管", "都冇人管", "都没人管", "一直冇人管", "一直没人管", "还是冇人管", "还是没人管",
                              "说了冇人管", "说了没人管", "到底有冇人管", "到底有没有人管", "到底有冇得人管"]

    /// Words of a nuisance back or still there.
    static let goesOn = ["又", "还在", "还是", "照样", "照旧", "天天", "每天"]
    /// Words of what was said, promised or asked in vain.
    static let inVain = ["有什么用", "有么用", "有啥用", "有么子用", "冇得用", "没得用", "不管用", "说了三回", "说了几回", "说了好几回",
                         "说了好多回", "说了多少回", "说了几次", "说了好几次", "说了多少次", "不算数", "就是不", "硬是不", "白说了"]
}
