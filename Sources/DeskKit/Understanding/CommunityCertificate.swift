/// A certificate the community writes for one resident — that two addresses are one (地址一致证明), that a house number
/// changed (门牌变更证明), where someone lives (居住证明), a household's hardship (困难证明) — asked for or made. At the
/// counter staff record it (`汉 6-1-802 蒯姐来开地址一致证明 … 给她老公公积金贷款用 已开`, `伍婆婆 户口本还是老门牌 请社区开
/// 门牌变更证明`); in a group a resident says they will come for one (`银行说一个栋一个幢 要证明 我明天去驿站开`). Either way
/// it is the community's work for that person: a 求助 case, not work already done that needs no case, nor a notice.
///
/// Not a certificate another office gives (a death certificate, no criminal record, employment: the office guide says
/// where), nor a question, asked in a group or answered at the counter (`要不要开证明`, `来问 … 已答`, `已告知去派出所`),
/// nor a tally (`小结：开证明 31 件`).
enum CommunityCertificate {
    /// Whether `text` (whose characters are `present`) asks for or records one of the community's certificates —
    /// recorded at the counter when `staff`, asked for in a group otherwise.
    static func says(_ text: String, _ present: CharacterPresence, staff: Bool) -> Bool {
        guard present.containsAny(of: ["证明"]), !present.containsAny(of: otherOffices), !present.containsAny(of: answered),
              namesOneBeingMade(text) else { return false }
        // (A question, `要不要开证明`, `驿站能开不`, `在社区还是在派出所`, is the office guide's to answer. At the counter only
        // in its plain words: staff's notes hold `还是` of a thing unchanged, `户口本还是老门牌`.)
        if staff { return !present.containsAny(of: tallies) && !present.containsAny(of: askedAtTheCounter) }
        return present.containsAny(of: comingForIt) && !QuestionForm.asks(text)
    }

    /// Whether a certificate is named as written (`开地址一致证明`, `开个证明`, `证明已开`, `要证明 我明天去驿站开`): `开`
    /// at most eight characters before `证明` or ten after it.
    private static func namesOneBeingMade(_ text: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: "证明") {
            if text[..<found.lowerBound].suffix(8).contains("开") { return true }
            if text[found.upperBound...].prefix(10).contains("开") { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Certificates other offices give (retirement: social security's; a pension certification: its module's), and
    /// the community's volunteers' hours (counted on their own list).
    private static let otherOffices = ["死亡证明", "无犯罪", "无违法", "在职证明", "工作证明", "生存证明", "出生证明", "离职证明",
                                       "收入证明", "派出所开", "医院开", "志愿", "退休", "认证"]

    /// A question answered on the spot, or sent elsewhere.
    /// (`来问 … 问能不能开`, `告知派出所办 社区可以开居住证明`, `告诉她以招生公告为准`)
    private static let answered = ["已答", "告知", "告诉", "答复了", "来问", "问能不能", "社区不开", "社区开不了"]

    /// The day's or the month's sums: news, not one resident's matter.
    /// (`春节期间驿站1共接电话21个 上门开证明6张`, `电话三个 … 一个要开证明`)
    private static let tallies = ["小结", "汇总", "一共", "共开", "共接", "本月", "这个月", "一个要", "交接"]

    /// A question typed at the counter as it was asked (`想问下要不要开证明`).
    private static let askedAtTheCounter = ["想问", "要不要开", "能开不", "怎么开", "哪里开", "在哪开", "么办"]

    /// A resident's words for coming to the station for it, or asking the community to write it.
    private static let comingForIt = ["去驿站", "来驿站", "找你", "明天去", "明天来", "帮我开", "能不能开", "要开", "先开"]
}
