/// A time a resident proposes for a visit or an appointment (`明天下午我加班 改后天上午行不`, `下午不行 明天上午九点行不`,
/// `能不能改成中午十二点`): a day or a part of it, and words that put it to the other side or move it.
enum TimeProposal {
    /// Whether `text` names a day or a time of day and proposes or moves it; not a time called off (`明天早上不用了`).
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        guard !present.containsAny(of: ["不用", "不要"]) else { return false }
        return (present.containsAny(of: proposing) || movesToATime(text)) && (present.containsAny(of: times) || namesAClockOrDate(text))
    }

    /// Words that put a time to the other side (`行不`, `可以吗`), move one (`改到`, `换到`) or take one (`那就`).
    private static let proposing = ["行不", "行吗", "可以吗", "可不可以", "好不好", "方不方便", "改到", "改成", "改为", "改个", "改一下", "换到",
                                    "换成", "挪到", "推到",
                                    // a time the other side offered, taken (`好 那就周六上午 九点以后`)
                                    "那就"]

    /// `改后天上午`, `改周日`: 改 right before a day or a time (not `去驿站改`, `请师傅来改`: a thing mended).
    private static func movesToATime(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.indices.dropLast().contains { i in
            characters[i] == "改" && "今明后上下中晚早周礼星初0123456789一二三四五六七八九十".contains(characters[i + 1])
        }
    }

    /// Days and parts of a day.
    private static let times = ["今天", "明天", "后天", "大后天", "上午", "下午", "中午", "晚上", "早上", "周一", "周二", "周三", "周四", "周五",
                                "周六", "周日", "周末", "礼拜", "星期"]

    /// `九点`, `3点半`, `9号`, `初八`: a figure or numeral before 点 or 号, or a lunar day.
    private static func namesAClockOrDate(_ text: String) -> Bool {
        let numerals = Set("0123456789零一二两三四五六七八九十")
        let characters = Array(text)
        for (i, c) in characters.enumerated() where (c == "点" || c == "号") && i > 0 && numerals.contains(characters[i - 1]) {
            return true
        }
        return text.contains("初") && characters.indices.dropLast().contains { characters[$0] == "初" && numerals.contains(characters[$0 + 1]) }
    }
}
