/// A matter staff at the counter take up with someone who must act on it, typed as a line the model reads as a notice
/// (`大门外烧烤摊把炭灰倒进雨水口 已劝止 请城管告诫`, `北门外公交站候车椅损坏 已报公交公司站务`, `居民要求举办心肺复苏和AED培训
/// 已联系红十字志愿队`), or one whose party has promised or planned what is still to be done (`取土坑的临时警示牌节后先立两块
/// 护栏要报区里`, `物业说材料到了 下礼拜一装`): it is followed until it is done, so it is kept on a case — not posted and
/// forgotten.
///
/// Not a notice to residents (`请老人提前知道`, `请大家莫在小区里燃放`), a gathering's arrangements (`国庆邻里节后天 场地灯光请
/// 物业检查`), someone asked already (`请了`, `已要求`), a matter told done or settled (`✓`, `修好`, `结`, `私下劝了 都说冇事`),
/// a question answered at the counter (`已答复乔姐：…`, `告诉要三甲医院诊断`), nor news of a matter known already (`…的事`).
enum MatterTakenUp {
    /// Whether staff's `text` takes a matter up with someone and does not tell it done or answered.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return (present.containsAny(of: takenUp) || promised(text, present)) && !present.containsAny(of: toResidents)
            && !present.containsAny(of: doneOrAnswered) && !present.containsAny(of: askedAlready) && !CommunityEvent.isNamed(present)
            && !text.hasSuffix("结") && !present.containsAny(of: anEarlierMatter)
    }

    /// A matter named as one known already (`村湾那盏路灯的事 供电所说下周来修`, `秦家漏水的事 约了楼上调解`): news of its
    /// progress, which goes on its case or is kept as a record — not a matter taken up anew.
    private static let anEarlierMatter = ["的事", "那件事", "那个事"]

    /// Whether a party that must act has promised or planned what is still to be done (`项目部答应…停工`, `街道说护栏在走程序`,
    /// `物业说节后装 先在栏杆上挂了块牌子`), and the line neither tells it settled (`两边签字`, `居民满意`) nor is a notice put out
    /// to residents already (`已张贴`, `各群转发`).
    private static func promised(_ text: String, _ present: CharacterPresence) -> Bool {
        present.containsAny(of: actingParties) && (present.containsAny(of: stillToDo) || saysAStepFirstOrAgain(text))
            && !present.containsAny(of: settledOrPosted)
    }

    /// Whether `text` puts a step first or again (`先换大的拦污栅`, `维保公司先垫付`, `宿舍再查一次`, `不再在3栋这边烤`) — `先` and
    /// `再` standing for themselves, not inside a word (`鲍先生`, `困难户优先`, `再见`).
    private static func saysAStepFirstOrAgain(_ text: String) -> Bool {
        var rest = text
        for word in wordsWithFirstOrAgain { rest = rest.replacingOccurrences(of: word, with: "") }
        return rest.contains("先") || rest.contains("再")
    }

    /// Words that hold `先` or `再` without putting a step first or again.
    private static let wordsWithFirstOrAgain = ["先生", "优先", "首先", "原先", "事先", "早先", "祖先", "再见"]

    /// Those who act on a matter the community follows: the property company, the street office, a builder, an owner.
    private static let actingParties = ["物业", "街道", "项目部", "业主", "装修户", "装修公司", "交管", "城管", "村里", "区里", "供电所",
                                        "维保", "施工方", "工地", "房东", "狗主人", "摊主", "共建单位", "派出所"]
    /// What is promised, planned or still being worked out (`答应`, `节后`, `下礼拜`, `在走程序`, `还在议`).
    private static let stillToDo = ["答应", "同意", "节后", "下礼拜", "下周", "下个月", "过后", "走程序", "还在", "要报", "在议", "在谈",
                                    "在查", "商量"]
    /// A matter settled (`两边签字`, `居民满意`) or a notice put out or to be put out (`已张贴`, `各群转发`, `再发一次通知`).
    private static let settledOrPosted = ["签字", "满意", "张贴", "转发", "公告", "通知", "各群"]

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
