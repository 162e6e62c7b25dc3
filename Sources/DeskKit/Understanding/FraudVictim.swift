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

    /// Things done at a scammer's asking: a link followed, a number typed, a code or a password given, money sent.
    private static let deeds = ["点了", "点进去了", "点开了", "填了", "输了", "报了验证码", "给了验证码", "说了验证码", "发了验证码",
                                "验证码告诉", "报了卡号", "报了银行卡", "说了卡号", "转了", "付了", "扫了码", "加了他", "加了微信"]
    /// Words that it nearly happened, or that no harm came.
    private static let noHarm = ["差点", "差一点", "险些", "还好", "幸好", "好在", "冇上当", "没上当"]
}
