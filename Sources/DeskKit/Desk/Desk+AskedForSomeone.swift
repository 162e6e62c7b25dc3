import Foundation

/// A question in a group to a service that is the request it invites, asked for someone in particular (`我舅舅一个人住泊林10栋
/// 能不能请人隔天去看一眼`, `帮我爸报个助餐 12栋302`): not the service's general answer, but its request, begun with
/// the line. (At the counter staff write down the question itself, with its answer.)
extension Desk {
    /// Whether `text` asks for the service's work (``forSomeone``) for someone it names — a place, a resident by
    /// name and form of address, or one who lives alone — and does not ask what it costs or how to apply.
    func asksItForSomeone(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        guard present.containsAny(of: Self.forSomeone), !present.containsAny(of: Self.howToApply), !CostQuestion.asks(text) else { return false }
        return present.containsAny(of: ["一个人", "独居"]) || !Self.personsAddressed(in: text).isEmpty || addresses.read(text).building != nil
    }

    /// Words asking for a service's work to be done for someone.
    private static let forSomeone = ["能不能给", "能不能帮", "能不能也给", "麻烦", "帮我妈", "帮我爸", "帮她报", "帮他报", "给她报", "给他报",
                                     "报个", "报一个", "订", "看一眼", "去看看", "去看一下", "帮忙看", "帮忙每天",
                                     // company or relief asked for oneself (`有冇得人来陪我说说话 屋里就我一个人`, `社区有冇得人能替我一下`)
                                     "陪我", "来陪", "替我一下", "搭把手", "有冇得人能", "有没有人能"]

    /// Words asking how to apply, or who may: the general answer's question.
    private static let howToApply = ["么样申请", "怎么申请", "如何申请", "怎么报", "么样报", "哪里报", "在哪报", "要什么材料", "要么材料",
                                     "条件", "符合", "够不够"]
}
