/// One household registered at its door — for a statistics survey, the police's record of who lives where, or the
/// community's own lists (入户登记, 租户登记, 流动人口登记): the visit booked, done, refused or put off. At the counter
/// staff record it (`泊林 12-1-502 租户两人白天上班 约11月2日晚上8点后入户登记`, `谭家拒访 … 请社区主任跟他儿子一起上门
/// 解释`); in a group a resident asks for it (`他们白天都上班 能不能约晚上八点以后来登`). Either way it is the community's
/// work for that home — an appeal's case, not a notice, and not a question for the office guide.
///
/// Not the round's tally or its end (`村湾的登记结束 … 一共83户`, `6月小结 租户登记新增11户`), nor a visit for the
/// pension certification or for a frail neighbour, which their own services keep, nor a fault found on the round; nor
/// only asked about (`租户登不登`, `会不会算我冇登`): that is the office guide's (`household-survey` in
/// seeds/desk/offices.yaml).
enum DoorRegistration {
    /// Whether `text` (whose characters are `present`) books, records or asks for one household's registration at its
    /// door — recorded at the counter when `staff`, asked for in a group otherwise.
    static func says(_ text: String, _ present: CharacterPresence, staff: Bool) -> Bool {
        guard !present.containsAny(of: otherVisits) else { return false }
        if staff {
            // (A fault found on the round is its own service's: `入户调查时看到12栋一户厨房漏水`.)
            return present.containsAny(of: registrations) && !present.containsAny(of: tallies)
                && !present.containsAny(of: Router.faultWords)
                && !text.contains(anyOf: ["登记了"], followedWithin: 3, byOneOf: "户")
        }
        // (The words that arrange come first: without them nothing is asked, and the short word's search of the line,
        // three `range(of:)` calls, cost 14.4 K instructions a relayed message — docs/performance.md, seventieth pass.)
        return present.containsAny(of: arranging) && !present.containsAny(of: onlyWhether)
            && (present.containsAny(of: askedForAtTheDoor) || askedToComeAndRegister(text))
    }

    /// Whether `text` asks someone to come and register the household in the residents' short word (`今晚几点来登`,
    /// `约礼拜六他在屋的时候再登`, `你们帮着登一下`) — `登` alone, not `登记` (`明天来登记灵活就业` is an errand of its own).
    private static func askedToComeAndRegister(_ text: String) -> Bool {
        shortWords.contains { word in
            var rest = text[...]
            while let found = rest.range(of: word) {
                if !rest[found.upperBound...].hasPrefix("记") { return true }
                rest = rest[found.upperBound...]
            }
            return false
        }
    }

    /// A household's registration in staff's words.
    private static let registrations = ["入户登记", "入户调查", "租户登记", "流动人口登记", "出租屋登记", "拒访", "换了租客",
                                        "换租", "残疾人信息"]

    /// The day's or the round's sums, or a question answered on the spot: news, not one home's matter.
    private static let tallies = ["小结", "汇总", "登记结束", "一共", "第一天", "今天开始", "公告", "已答"]

    /// Visits other services keep: the pension certification, a frail or lonely neighbour's care, subsistence aid.
    private static let otherVisits = ["认证", "刷脸", "独居", "低保"]

    /// A resident's words for being registered at home (`把登记弄了`, `调查员能不能礼拜天来`).
    private static let askedForAtTheDoor = ["把登记弄", "入户登记", "调查员能不能"]

    /// The residents' short word for it, `登` (``askedToComeAndRegister(_:)``).
    private static let shortWords = ["来登", "再登", "帮着登"]

    /// Words that arrange a time or ask someone to do it.
    private static let arranging = ["能不能", "约", "几点", "麻烦", "帮", "么时候", "什么时候"]

    /// Asked only whether one must or will be registered: the office guide answers it.
    private static let onlyWhether = ["登不登", "要不要登", "会不会算", "算不算", "是不是真的", "是真是假"]
}
