/// A resident's own volunteering, which the community keeps on the volunteer's record: signing up, for oneself or a
/// child (`高一学生小葛 登记志愿者 暑托班助教`, `帮他报个名`), a student's social practice registered and its form stamped
/// (`登记暑期社会实践 … 结束后社区写评语盖章`), hours recorded short or put right (`时长平台上只记了12个钟头 少记了好多`,
/// `补录了6、7月的时长`), a certificate of hours made (`入党要志愿服务证明 … 打印了时长证明`, `能不能开个证明`), a shift
/// swapped (`能不能跟礼拜五下午的人换个班`). It is the community's work for that person: a 求助 case — not a care
/// application for an elder (the volunteer is the one who gives), nor a notice, nor work done that needs no case.
///
/// Not volunteers giving care that someone asks for (`请志愿者平时多去看看她`: a care visit), nor the park's or the
/// ping-pong room's own volunteering (their modules sign people up), nor a question how it works (`坐轮椅能做什么`,
/// `怎么记时长`, `来问 … 已答`), nor a call for volunteers or the day's and the month's sums (`招募`, `小结`, `志愿者4人`,
/// `3名初二学生`), nor thanks, nor a pension's years (`缴费时长`).
enum VolunteerWork {
    /// Whether `text` tells of one person's volunteering that the community registers, records or certifies.
    ///
    /// Read on every line the router weighs: a line without 志, 践, 素 or 时长 (most lines) is passed over before its
    /// spaces are taken out.
    static func says(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { $0 == "志" || $0 == "践" || $0 == "素" }) || text.contains("时长") else { return false }
        let plain = text.withoutSpaces
        guard volunteering.contains(where: plain.contains), !volunteersGivingCare.contains(where: plain.contains),
              !othersOwn.contains(where: plain.contains), !notVolunteering.contains(where: plain.contains),
              !tallies.contains(where: plain.contains),
              !asked.contains(where: plain.contains), !countsVolunteers(plain) else { return false }
        return signsUp(plain) || certified(plain) || stamped.contains(where: plain.contains) || hoursPutRight(plain)
            || shiftWords.contains(where: plain.contains)
    }

    /// Registering, for oneself or another: `登记` with volunteering or practice close after it, `报名` close to `志愿者`,
    /// `报个名`.
    /// (Not a form to fill in, `过敏登记表 志愿者和老师学会看`: `登记` with 表, 本 or 册 after it is the form's name.)
    private static func signsUp(_ text: String) -> Bool {
        let registering = text.replacingOccurrences(of: "登记表", with: "").replacingOccurrences(of: "登记本", with: "")
            .replacingOccurrences(of: "登记册", with: "")
        return registering.has("登记", followedWithin: 8, by: ["志愿", "实践"]) || text.has("志愿者", within: 6, of: "报名")
            || text.contains("报个名") || text.contains("报了名")
    }

    /// A certificate of hours or of practice made or asked to be made (`打印了时长证明`, `能不能开个证明`, `出证明`).
    private static func certified(_ text: String) -> Bool {
        text.contains("证明") && certificateMade.contains(where: text.contains)
    }

    /// Hours or points recorded short, put right or exchanged (`少记了`, `补录`, `录错`, `积分换成书`).
    private static func hoursPutRight(_ text: String) -> Bool {
        (text.contains("时长") || text.contains("积分")) && putRight.contains(where: text.contains)
    }

    /// Volunteers counted (`志愿者4人`): a tally of a day's work, not one person's record.
    private static func countsVolunteers(_ text: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: "志愿者") {
            if let next = rest[found.upperBound...].first, next.isNumber { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Words of volunteering and of students' practice.
    /// (`时长` alone is a volunteer's hours: `巡河的时长平台上少记了两次`; a pension's years are ``notVolunteering``.)
    private static let volunteering = ["志愿者", "志愿服务", "时长", "社会实践", "暑期实践", "实践证明", "实践表", "综合素质评价", "志愿积分",
                                       "志愿平台"]
    /// Insurance and its years of contributions, which `时长` and `补` may tell of too (`缴费时长差三个月 能不能补上`).
    private static let notVolunteering = ["缴费", "社保", "养老", "医保", "工龄"]
    /// Volunteers asked for or sent to give care (`请志愿者`, `志愿者上门`, `志愿者和网格员送蛋糕`).
    private static let volunteersGivingCare = ["请志愿者", "安排志愿者", "有冇得志愿者", "有没有志愿者", "志愿者帮", "志愿者上门", "志愿者去",
                                               "志愿者照看", "志愿者送", "志愿者来", "要志愿者", "想要志愿者", "申请志愿者", "志愿者陪",
                                               "志愿者每", "志愿者隔", "志愿者老师", "志愿者领", "志愿者和网格员"]
    /// The park's and the ping-pong room's volunteering, which their modules register.
    private static let othersOwn = ["公园", "乒乓", "球室", "球友会"]
    /// Sums, calls for volunteers, a record already shown done (`已开证明`), thanks.
    private static let tallies = ["小结", "汇总", "一共", "共计", "共开", "本月", "每人", "人报名", "个伢", "人各", "招募", "欢迎", "接龙", "✓",
                                  "名学生", "名初", "名高", "名大学生", "谢谢", "已开证明", "证明已开"]
    /// A question asked or answered (`居民问：`, `怎么记时长`, `能做什么`, `要写满多少个钟头学校才认`), or asked in general
    /// (`志愿服务时长能开证明吗`: whether the community writes one at all, which the park's answer tells).
    private static let asked = ["已答", "来问", "居民问", "问：", "告知", "告诉", "答复", "问能不能", "想问", "请问", "找哪个", "在哪里报", "哪里报",
                                "怎么记", "算不算", "能做么事", "能做什么", "做什么", "要做几天", "要写满多少", "才认", "吗", "？", "?"]
    /// A certificate made or asked for.
    private static let certificateMade = ["开了", "打印", "写了", "盖了", "重开", "开个", "打个", "能不能开", "要开", "重新生成", "开证明", "出证明"]
    /// A practice form or a school's record stamped or filled in (`写了评语、盖了章`, `要社区盖章`, `能不能帮他写满`).
    private static let stamped = ["盖章", "盖了章", "盖个章", "盖了社区", "写评语", "写了评语", "写满"]
    /// Hours or points put right or exchanged.
    private static let putRight = ["补录", "更正", "改了", "少记", "少登", "重新", "录错", "补上", "补一下", "能不能补", "换成", "兑换", "换了"]
    /// A volunteer's shift changed.
    private static let shiftWords = ["换个班", "换班", "轮休"]
}

private extension String {
    /// Whether `word` is followed, within `distance` characters after it, by one of `others`.
    func has(_ word: String, followedWithin distance: Int, by others: [String]) -> Bool {
        var rest = self[...]
        while let found = rest.range(of: word) {
            let after = rest[found.upperBound...].prefix(distance)
            if others.contains(where: after.contains) { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Whether `other` stands within `distance` characters before or after `word`.
    func has(_ word: String, within distance: Int, of other: String) -> Bool {
        var rest = self[...]
        while let found = rest.range(of: word) {
            if self[..<found.lowerBound].suffix(distance).contains(other)
                || self[found.upperBound...].prefix(distance).contains(other) { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }
}
