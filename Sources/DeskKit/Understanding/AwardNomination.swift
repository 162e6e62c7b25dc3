/// The community's year-end awards (好邻居, 文明家庭, 最美楼栋, 优秀志愿者): a neighbour put forward, the nominations
/// entered at the counter, a certificate to be made again. In a group a resident nominates (`好邻居我想推隔壁老满 …
/// 四户签了字`, `优秀志愿者我想报一个 … 麻烦帮我报上去`) or asks for a certificate put right (`证书上把名字写错了 能重新打一张
/// 吗`); at the counter staff enter the names (`评先评优桃源录入 文明家庭2户 …`, `…补录 最美楼栋 6栋`). Either way it is the
/// community's work for those people: a 求助 case, not a notice and not work done that needs no case.
///
/// Not a question about how it works (`好邻居要么样推`: the office guide's `neighbourhood-awards` answers), nor the
/// list shown or the ceremony held (`公示`, `颁了`, `茶话会`: news), nor chatter about a winner.
enum AwardNomination {
    /// Whether `text` (whose characters are `present`) puts someone forward for an award, enters nominations or asks
    /// for an award's certificate to be made again — entered at the counter when `staff`, asked in a group otherwise.
    static func says(_ text: String, _ present: CharacterPresence, staff: Bool) -> Bool {
        guard present.containsAny(of: awards), !present.containsAny(of: news) else { return false }
        if staff { return present.containsAny(of: entered) }
        return present.containsAny(of: putForward) && !QuestionForm.asks(text) || present.containsAny(of: certificateRedone)
    }

    /// The awards' names.
    private static let awards = ["评先评优", "好邻居", "文明家庭", "最美楼栋", "最美院落", "优秀志愿者"]

    /// The awards announced, the nominations summed up, the list shown, the ceremony, the result told: news, not work
    /// to do.
    private static let news = ["通知", "汇总", "全部录入", "公示", "颁了", "颁证", "茶话会", "评上了", "评上的", "评议完"]

    /// Nominations entered or made up at the counter (`录入`, `补录`, `四户联名`, `楼栋长申报`), or a certificate redone.
    private static let entered = ["录入", "补录", "联名", "申报", "重新打"]

    /// A resident nominating someone (`我想推隔壁老满`, `我要推`, `想报一个`, `帮我报上去`, `四户签了字`).
    private static let putForward = ["我想推", "我要推", "想推荐", "要推荐", "想报一个", "帮我报上去", "报上去", "签了字", "联名"]

    /// A certificate's mistake to put right (`写成了`, `能重新打一张吗`).
    private static let certificateRedone = ["写成了", "重新打", "打错了", "写错了"]
}
