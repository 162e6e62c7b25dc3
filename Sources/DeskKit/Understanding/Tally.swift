/// Staff's figures for a period, typed at the counter (`泊林年度小结：诉求受理87件 办结85件`, `奥园未认证还剩8人`, `驿站1
/// 周日值班 4人认证 2人带错了证件`): a tally of work done and left, for the station's report. It asks nothing of the
/// desk: not a new case of each matter it counts, and not an emergency when it counts one (`电梯困人2次`).
///
/// Counts alone (`3栋电梯困了2人 1人晕倒了`) may be a danger told in numbers: the desk takes a line without a heading for
/// a tally only when it names no danger (``Desk/isTally(_:)``).
///
/// Not a tally: a numbered note (`小结：①… ②…`), whose items are read one by one (``CheckedNote``), nor one that still
/// asks or leaves something to do (`请帮着提醒`, `要查`, `出院后上门`, `明天电话`, `再买4个`), nor a club's takings
/// (`会费收了 开了收据`), which the club keeps.
enum Tally {
    /// How a line is a tally: by a heading that names a period's figures (`年度小结`, `统计：`), or by its counts alone.
    enum Kind {
        case headed, counts
    }

    /// How `text` is a tally, or nil when it is none.
    static func kind(of text: String) -> Kind? {
        let present = CharacterPresence(text)
        guard !text.unicodeScalars.contains(where: { (0x2460...0x2473).contains($0.value) }),
              !present.containsAny(of: stillToDo) || !leavesSomethingToDo(text) else { return nil }
        if present.containsAny(of: headings) || namesASummary(text, present) { return .headed }
        return countsLeft(in: text) || counts(in: text) >= 2 ? .counts : nil
    }

    /// Whether `text` is a tally, by a heading or by its counts.
    static func says(_ text: String) -> Bool {
        kind(of: text) != nil
    }

    /// Headings of a period's figures.
    private static let headings = ["年度小结", "年度统计", "年度总结", "值班小结", "月小结", "月底小结", "统计：", "小结：", "总结："]

    /// Whether `text` names itself a summary however it is headed and counts something (`3-4月第一网格小结 … 窨井落水1起`,
    /// `驿站2小结 认证刷脸41人`) — not the hospital's discharge summary a resident brings (`出院小结`), nor a numbered note's
    /// head read apart from its items (`7/11 小结：`).
    private static func namesASummary(_ text: String, _ present: CharacterPresence) -> Bool {
        present.contains("小结") && !present.contains("出院小结") && counts(in: text) > 0
    }

    /// Words that leave something to ask or do, or that tell the club's money.
    private static let stillToDo = ["请", "要查", "要盯", "要催", "麻烦", "帮忙", "帮着", "要上门", "后上门", "明天", "再买", "报了物业",
                                    "费", "收据"]

    /// Whether `text` leaves something to ask or do once the applications it counts are set aside (`低保申请若干`
    /// counts applications made; `请帮着提醒` asks).
    private static func leavesSomethingToDo(_ text: String) -> Bool {
        CharacterPresence(text.replacingOccurrences(of: "申请", with: "")).containsAny(of: stillToDo)
    }

    /// Units a count of people, matters or visits is told in (`46人次`, `87件`, `23户`, `2次`); not `个月`, an age.
    private static let units: [Character] = ["人", "件", "次", "户", "床", "趟", "起"]

    /// The counts told in `text`: a number in digits directly followed by one of ``units``.
    static func counts(in text: String) -> Int {
        countedNumbers(in: text).count
    }

    /// Whether `text` counts no more than a round of visits or errands reaches (`认证上门 8人通过`, `代缴4户7人`), and tells
    /// nothing left on a list (`未认证还剩3人`): not a station's day or a period's figures (`今日认证32人`).
    static func isAHandful(_ text: String) -> Bool {
        !countsLeft(in: text) && countedNumbers(in: text).allSatisfy { $0 < handful }
    }

    /// Fewer than this many people or households is a round of work, not figures for a report.
    private static let handful = 20

    /// The numbers in digits directly followed by one of ``units``, in order.
    private static func countedNumbers(in text: String) -> [Int] {
        var found: [Int] = []
        var number: Int?
        for c in text {
            if let digit = c.wholeNumberValue, c.isASCII || ("０"..."９").contains(c) {
                number = min(number ?? 0, Self.handful) * 10 + digit  // capped: a long run of digits never overflows
                continue
            }
            if let counted = number, units.contains(c) { found.append(counted) }
            number = nil
        }
        return found
    }

    /// Whether `text` tells how many elders are still to be certified (`未认证还剩15人`, `未认证名单还有4人`).
    private static func countsLeft(in text: String) -> Bool {
        guard let range = text.range(of: "未认证") else { return false }
        let after = text[range.upperBound...].prefix(6)
        return ["还剩", "还有", "还差"].contains(where: after.contains)
    }
}
