/// A theft or a break-in told (`电瓶被偷了`, `门锁被人撬过 冇进去`, `这个月丢了两个快递了`): a matter for the police that
/// the community still records and follows up (the cameras looked at, the patrols told) — not a repair of the place it
/// happened, however the model reads the place's words (`车棚`, `门锁`, `门口`).
///
/// Not a question where to report it (`去哪里报案`), which is answered, nor a theft told as over (`自行车找到了 … 锁被撬了
/// 谢谢物业`) or a scam's tale, nor the common parts damaged by it (`消防栓箱门被人撬开了`, `信报箱被人撬了两个`,
/// `灯坏了 … 有电瓶被偷了`): those are repairs.
enum TheftReported {
    /// Whether `text` tells of a theft or a break-in, not asked about and not over.
    static func says(_ text: String) -> Bool {
        // Every word holds 偷, 撬, 贼 or 丢: most lines have none and pay nothing more.
        guard text.unicodeScalars.contains(where: { $0 == "偷" || $0 == "撬" || $0 == "贼" || $0 == "丢" }) else { return false }
        return words.contains(where: text.contains) && !over.contains(where: text.contains)
            && !commonParts.contains(where: text.contains) && !QuestionForm.asks(text)
    }

    /// Words of something stolen or a lock forced.
    static let words = ["被偷", "偷了", "偷走", "给偷", "遭贼", "进了贼", "进贼", "遭了贼", "被撬", "撬过", "撬了", "被人撬",
                        "快递丢了", "丢了两个快递", "丢了几个快递", "丢了好几个快递", "快递老是丢", "快递又丢"]

    /// Words that the matter is over (the thing found, the family thanking), or that it is a message's tale (`短信说我的
    /// 快递丢了 要理赔 点链接`: a scam asked about).
    static let over = ["找到了", "找回来了", "谢谢", "短信", "链接", "理赔"]

    /// The common parts a theft damages, and a fault told with it: the building's to mend.
    static let commonParts = ["消防栓", "信报箱", "信箱", "报箱", "箱门", "天台门", "井盖", "灯", "坏了"]

    /// What the reply says first: the police take a theft; the community follows up.
    static let advice = "被偷、被撬请先打 110 报警或到派出所报案，保留现场、拍下照片；社区会请物业查看监控、提醒巡逻。"
}
