/// A matter staff at the counter take up with someone who must act on it, typed as a line the model reads as a notice
/// (`大门外烧烤摊把炭灰倒进雨水口 已劝止 请城管告诫`, `北门外公交站候车椅损坏 已报公交公司站务`, `居民要求举办心肺复苏和AED培训
/// 已联系红十字志愿队`): it is followed until it is done, so it is kept on a case — not posted and forgotten.
///
/// Not a notice to residents (`请老人提前知道`, `请大家莫在小区里燃放`), a gathering's arrangements (`国庆邻里节后天 场地灯光请
/// 物业检查`), someone asked already (`请了`, `已要求`), a matter told done or settled (`✓`, `修好`, `结`, `私下劝了 都说冇事`),
/// nor a question answered at the counter (`已答复乔姐：…`, `告诉要三甲医院诊断`).
enum MatterTakenUp {
    /// Whether staff's `text` takes a matter up with someone and does not tell it done or answered.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: takenUp) && !present.containsAny(of: toResidents) && !present.containsAny(of: doneOrAnswered)
            && !present.containsAny(of: askedAlready) && !CommunityEvent.isNamed(present) && !text.hasSuffix("结")
    }

    /// Someone asked, told of it, chased or persuaded (`请城管告诫`, `已报交警中队`, `约摊主往空地挪`, `劝店主10点收摊`); `请`
    /// takes in an application made to an office for the resident too (`已帮在游戏客服提交未成年退款申请`, `女方申请人身安全保护令
    /// 材料已帮整理`).
    private static let takenUp = ["请", "已报", "报给", "报物业", "报街道", "报村", "已联系", "联系了", "约了", "已约", "约摊主", "劝", "催",
                                  "要求", "反映", "投诉"]
    /// Someone asked already, the line asking nothing more (`社区请了房屋安全鉴定的来看了`, `已要求严格按早晚时间施工`).
    private static let askedAlready = ["请了", "已要求"]
    /// A notice asking residents themselves (`请老人提前知道`).
    private static let toResidents = ["请大家", "请居民", "请老人", "请各", "请住户", "请业主", "请家长"]
    /// A matter done, settled or answered (`修好`, `都说冇事`, `三方见面 … 都签了字`, `已答复`), a notice to be put out
    /// (`请居委会出通知`), a gathering's sign-up (`接龙72人`).
    private static let doneOrAnswered = ["✓", "办结", "好了", "修好", "换好", "通好了", "完成", "已办好", "办好了", "不用派人", "冇事", "没事",
                                         "答复", "已答", "告知", "告诉", "出通知", "发通知", "接龙", "签了字", "都签了",
                                         // a danger over, told after (`120送医 已联系上工地负责人`, `保安扑灭 … 无人受伤`)
                                         "送医", "扑灭", "无人受伤", "已处置"]
}
