/// A resident saying that a matter closed as done is not done (`工单显示办结了 可是灯还是不亮`, `说修好了 根本冇修 还在
/// 滴`): a claim that it was closed or fixed, and the fault still there. rules.md §5: a matter the resident is not
/// satisfied with is worked on again (重办).
enum NotFixedAfterClosing {
    /// Whether `text` says a matter closed or said fixed is still not done.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: closedClaims) && present.containsAny(of: stillBroken)
    }

    /// Words that the matter was closed, or said to be fixed.
    private static let closedClaims = ["办结", "结案", "结单", "关单", "单子关了", "工单关了", "显示完成", "显示已完成", "说修好", "说好了", "说弄好",
                                       "说搞好", "说已经修", "说修了", "说换了", "说处理好"]

    /// Words that the fault is still there.
    private static let stillBroken = ["还是不", "还是坏", "还是漏", "还是冇", "还是没", "还是黑", "还是滴", "根本冇", "根本没", "根本就冇",
                                      "根本就没", "冇修好", "没修好", "没有修好", "冇搞好", "没搞好", "冇弄好", "没弄好", "还在漏", "还在滴",
                                      "还在渗", "又坏", "还不亮", "不亮", "一样漏", "照样漏"]
}
