/// A resident who has already given a scammer something (`我爸已经点了 还填了卡号 么样搞`, `我妈点了那个链接 还报了
/// 验证码`): a warning is not enough — someone must help them reach the bank and the police — so the desk opens a 求助
/// case beside the office's pointer (``OfficeGuide/Office/helpsVictims``).
enum FraudVictim {
    /// Whether `text` tells of something already given or done at a scammer's asking. Not a denial (`冇点`, `没填`:
    /// those words are not the ones searched), a near miss (`我差点点了`) or a line saying no harm came (`还好冇填`).
    static func acted(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: deeds) && !present.containsAny(of: noHarm)
    }

    /// Whether staff's `text` records a resident's money lost to a scam and being seen to with the police (`阿黎刷单被骗
    /// 三千八 … 明天上午我陪她去派出所做笔录`, `刷单案：派出所冻结追回1200元 … 剩下2600元还在追`): a matter the community
    /// follows until it ends — a 求助 case, not a record of work done, nor a fee the sums in it look like.
    ///
    /// Not a call or a text only asked about (`已告知是诈骗`, `冇转钱`), a near miss, a warning or a talk given, the case
    /// closed (`销案`, a line ticked `✓`), nor a handover's or a period's list (`交班`, `小结`).
    static func lossSeenTo(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: scams) && present.containsAny(of: withThePolice) && !present.containsAny(of: noLossOrClosed)
    }

    /// Words of a scam that took someone's money.
    private static let scams = ["被骗", "骗了", "刷单", "诈骗", "理财案", "骗走"]
    /// The loss taken to the police and the bank, or money frozen and recovered.
    private static let withThePolice = ["报案", "报了案", "报警", "做笔录", "做了笔录", "冻结", "追回", "退还", "还在追", "继续追", "损失", "派出所"]
    /// No money lost, a warning, a case closed, a list of the day's or the period's work.
    private static let noLossOrClosed = ["冇转", "没转", "钱冇少", "钱没少", "告知是", "已告知", "是诈骗", "销案", "✓", "小结", "交班", "差点",
                                         "来问", "问真假", "提醒", "讲座"]

    /// Things done at a scammer's asking: a link followed, a number typed, a code or a password given, money sent.
    private static let deeds = ["点了", "点进去了", "点开了", "填了", "输了", "报了验证码", "给了验证码", "说了验证码", "发了验证码",
                                "验证码告诉", "报了卡号", "报了银行卡", "说了卡号", "转了", "付了", "扫了码", "加了他", "加了微信"]
    /// Words that it nearly happened, or that no harm came.
    private static let noHarm = ["差点", "差一点", "险些", "还好", "幸好", "好在", "冇上当", "没上当"]
}
