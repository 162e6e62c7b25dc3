/// A resident offering help to the community rather than asking for it (`我退休了有空 想当志愿者陪陪独居老人`,
/// `家里有台闲置的电扇 想捐给需要的老人`, `会修电器 有需要的老人可以找我 义务的`). The model reads such a line by
/// what it names — a fan, an elder, an appliance — and takes it for that request; the words of giving or volunteering
/// say it is an offer.
///
/// Not an offer to the community: a neighbour lending to a neighbour (`我家有梯子 谁要借说一声`) or coming to help at
/// once (`我这就下楼来`), which is talk between neighbours.
enum OfferOfHelp {
    /// Whether `text` offers to give or to volunteer.
    static func offers(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        // Giving says who gives (`想捐给…`); time offered says it with 我 (`有需要的老人` alone may be anyone's).
        let offered = present.containsAny(of: giving) || present.containsAny(of: volunteering) && present.containsAny(of: ["我", "俺"])
        return offered && !present.containsAny(of: toANeighbour)
    }

    /// Words of giving something away for others.
    private static let giving = ["想捐", "我可以捐", "要捐", "愿意捐", "捐给", "捐出来", "捐点", "捐一", "捐个", "捐台", "捐些", "捐几"]

    /// Words of offering one's time or skill.
    private static let volunteering = ["当志愿者", "做志愿者", "当个志愿", "做个志愿", "当一名志愿", "做一名志愿", "想当志愿", "报名志愿",
                                       "志愿者报名", "参加志愿", "加入志愿", "义务帮", "义务给",
                                       "义务的", "免费帮", "免费给", "有需要的老人", "需要的老人可以", "有需要的可以找我", "出份力",
                                       "出一份力", "尽点力", "尽一份力", "需要人手", "缺人手", "有空可以帮",
                                       // time offered to the elders (`退休了有空 可以每周去陪陪独居的老人`)
                                       "我可以帮", "我能帮", "可以去陪", "去陪陪", "帮得上忙", "想帮忙",
                                       // looking in on someone, offered by a neighbour (`她出院了我每天下班可以去瞄一眼`)
                                       "可以每天去", "可以去看看", "可以去看一眼", "可以去瞄", "可以照看", "来照看", "帮着照看",
                                       "上午可以去", "下午可以去", "晚上可以去", "每天可以去"]

    /// Whether help offered names someone it is for (`…我可以每天去看看楼下的肖婆婆`): then it is help with that
    /// person's care, for the service the line is about to record, not a sign-up in general. (Elders in general,
    /// `捐给独居的老人`, name no one: the sign-up answer tells where such gifts go.)
    static func namesWhoIsHelped(_ text: String) -> Bool {
        CharacterPresence(text).containsAny(of: helped)
    }

    /// Whether the one offering asks how to take part (`…找哪个`, `…我这样的能做些什么`): the sign-up answer tells them.
    static func asksHowToJoin(_ text: String) -> Bool {
        CharacterPresence(text).containsAny(of: howToJoin)
    }

    /// People help is offered for.
    private static let helped = ["婆婆", "爹爹", "奶奶", "爷爷", "老太太", "老爷子", "老两口"]

    /// Questions of how or where to take part.
    private static let howToJoin = ["找哪个", "找谁", "找哪里", "找哪位", "怎么报名", "么样报名", "在哪报名", "哪里报名", "怎么登记", "么样登记",
                                    "在哪登记", "能做什么", "能做些什么", "可以做什么", "做点什么", "要什么条件", "有什么要求"]

    /// A neighbour lending to a neighbour, or asking who wants it, or offering to one (`我可以帮你看下`). (Not `你` alone:
    /// `你们社区缺人手吗 我可以帮` offers to the community.)
    private static let toANeighbour = ["谁要借", "要借的", "借给你", "谁要的", "要的说一声", "要的话说", "@", "帮你", "给你"]
}
