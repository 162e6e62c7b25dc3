/// The gatherings the community holds for the festivals and through the year (`中秋晚会`, `重阳的敬老宴`, `义剪`), and
/// residents signing up for one in a group (`中秋晚会报名 我们一家三口`, `算我一个 两个人`): the organiser reads the
/// thread and counts — not the park's volunteer work, which has its own sign-up (`周日捡垃圾 我报名`).
enum CommunityEvent {
    /// Whether the line (`present`) signs up for, or asks how to sign up for, one of the community's gatherings
    /// (``gatherings``) and speaks of none of the park's volunteer work (``parkWork``).
    static func signsUp(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: signingUp) && present.containsAny(of: gatherings) && !present.containsAny(of: parkWork)
    }

    /// Whether the line (`present`) asks when, where or whether one of the community's gatherings (``gatherings``) is
    /// held, outside the park's work — not a suggestion chased (`上回说的讲座办了冇`) nor a plea about one (`社区管一管`).
    static func isAsked(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: gatherings) && present.containsAny(of: whenOrWhere) && !present.containsAny(of: parkWork)
            && !present.containsAny(of: ["下文", "定了冇", "管一下", "管管", "投诉"])
    }

    /// Whether the line (`present`) names one of the community's gatherings (``gatherings``) or its activities (`活动`,
    /// not the room `活动室`).
    static func isNamed(_ present: CharacterPresence) -> Bool {
        (present.containsAny(of: gatherings) || present.contains("活动")) && !present.contains("活动室")
    }

    /// How the time, the place or the holding of a gathering is asked.
    static let whenOrWhere = ["几点", "什么时候", "么时候", "哪天", "几号", "礼拜几", "星期几", "在哪", "哪里", "开不开", "有冇", "有没有",
                              "还有吗", "搞不搞", "办不办", "排队", "要不要"]

    /// The community's gatherings by name, or by the festival they are held for with 活动 (`重阳活动`): a festival
    /// named alone is a date (`国庆以前弄得完吗`).
    static let gatherings = ["晚会", "联欢", "游园", "敬老宴", "重阳宴", "长街宴", "百家宴", "义诊", "义剪", "讲座", "升旗", "文艺演出",
                             "猜灯谜", "包饺子", "老年大学", "集体生日", "插花", "汇演", "演出", "邻里会", "邻里节",
                             "中秋活动", "中秋节活动", "重阳活动", "重阳节活动", "国庆活动", "元宵活动", "冬至活动", "元旦活动", "春节活动"]

    /// Words of signing up, or of asking to.
    static let signingUp = ["报名", "算我一个", "算我们", "我报", "接龙", "报个名", "能报吗", "能不能报"]

    /// The park's volunteer work, which its own sign-up takes.
    static let parkWork = ["公园", "志愿", "除草", "清扫", "植树", "种树", "捡垃圾", "打扫"]
}
