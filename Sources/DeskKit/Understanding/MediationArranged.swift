/// Staff at the counter noting a meeting arranged to settle a dispute between residents (`…两家约了下周三晚上在议事厅
/// 当面谈`, `押金的事 约8/30上午邻里调解队来`): a matter the community takes on and must see through — a 诉求 case,
/// not a record of work done, though it reads like one (`约了`, a date, who was told).
///
/// Not one settled (`调解了 楼上赔800 两家签字`, `谈好了 ✓`): that is the end of the matter, news to be kept, not
/// a case to open.
enum MediationArranged {
    /// Whether `text` notes a settling meeting arranged and not yet held.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: meetings) && arranged(text, present) && !present.containsAny(of: settled)
    }

    /// Whether the line says the meeting was arranged: by a word (`约了`, `约双方`) or by `约` and a date (`约8/22下午`).
    private static func arranged(_ text: String, _ present: CharacterPresence) -> Bool {
        if present.containsAny(of: arranging) { return true }
        return zip(text, text.dropFirst()).contains { $0 == "约" && $1.isASCII && $1.isNumber }
    }

    /// Meetings that settle a dispute: mediation, the community's meeting room, talks about who pays.
    private static let meetings = ["调解", "议事厅", "协调", "当面谈", "当面说", "赔偿"]

    /// Words of a meeting arranged, or arranged with someone.
    private static let arranging = ["约了", "约好", "约两家", "约双方", "约三方", "约周", "约下", "约明", "约后", "约初", "约元宵", "约月底",
                                    "约物业", "约房东", "约楼上", "约楼下", "约车主"]

    /// Words of a dispute settled, or the meeting called off.
    private static let settled = ["签了", "签字", "签好", "达成", "谈好", "调解了", "调解好了", "调解结果", "✓", "结案", "不用了", "取消",
                                  "已经谈", "协调好了", "已协调", "已上门协调"]
}
