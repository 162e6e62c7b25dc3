/// A question about what something costs or who pays for it (`社区食堂吃一餐几多钱`, `换楼道灯泡要住户出钱吗`,
/// `到驿站认证收不收费`). The model reads such a line by its money words, which most of its examples of money are
/// about (the residents' insurance, the club's fees); the thing asked about says whose answer it is.
///
/// Not a question about costs: a charge disputed or a refund wanted (`凭么子收我五十`, `多交的会费能退吗`) — that is
/// a matter to take up, not a price to tell —, a payment told (`交了200 开了收据`), a request that asks the price
/// beside (`能不能派个师傅来通一下 要几多钱`: the request is the matter), or staff noting the answer they gave
/// (`问上门探访要钱吗 告诉她免费`).
enum CostQuestion {
    /// Whether `text` asks what something costs, whether it is free, or who pays.
    static func asks(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        guard present.containsAny(of: costWords), !present.containsAny(of: disputed), !present.containsAny(of: wantsItDone),
              !present.containsAny(of: answeredAlready) else { return false }
        return present.containsAny(of: askingWords) || QuestionForm.asks(text)
    }

    /// `text` with its words of cost blanked out, to see what else it names (`助餐一顿多少钱` → `助餐一顿 `).
    static func withoutCostWords(_ text: String) -> String {
        costWords.reduce(text) { CharacterPresence.replacing($1, with: " ", in: $0) }
    }

    /// Words of a price, a fee or a payer.
    private static let costWords = ["多少钱", "好多钱", "几多钱", "要钱", "收钱", "收费", "免费", "费用", "出钱", "花钱", "价格", "价钱",
                                    "贵不贵", "交钱", "交费", "自费", "自己出", "谁出", "哪个出", "谁付"]

    /// Words that ask about a cost by themselves, question mark or not (`社区助餐 一餐多少钱`).
    private static let askingWords = ["多少钱", "好多钱", "几多钱", "要不要钱", "收不收费", "免不免费", "贵不贵", "谁出", "哪个出", "谁付"]

    /// Someone asked to come and do it, or the price accepted: a request.
    private static let wantsItDone = ["派个", "派人", "派师傅", "来修", "来换", "上门看一下", "上门看下", "来看一下", "来看下", "帮忙换",
                                      "帮我换", "帮我修", "帮我报", "帮忙修", "请物业", "我出钱", "要钱也行", "出钱也行", "有偿也行", "收钱也行",
                                      // paying now (`两样一起好多钱 我转给你`)
                                      "转给你", "我转你", "微信转"]

    /// Staff noting the answer they gave, the errand done, or what someone else said it costs (`师傅说要钱`).
    private static let answeredAlready = ["说要钱", "说要收", "说收费", "说要交", "已答", "已告知", "告诉他", "告诉她", "跟她说", "跟他说", "答了", "已登记", "帮他报", "帮她报", "报了"]

    /// A charge disputed, a refund or a fraud: a matter to take up (``asks(_:)``).
    private static let disputed = ["乱收", "多收", "收了我", "退钱", "退费", "退回", "能退", "要退", "可以退", "退不退", "凭什么",
                                   "凭么子", "不该收", "不合理", "骗", "被收", "扣了", "多交", "交错", "交重"]
}
