/// Good news told to the group with thanks or a thumbs-up (`我的失业金到了 谢谢社区`, `我爷爷高龄津贴批下来了 说下个月
/// 开始发[强]`, `口袋公园的垃圾桶盖子换了 蛮好[强]`): a matter seen to, not a new one. The model reads the subject —
/// an allowance, a bin — and would open a case about it.
///
/// Not good news: a question, a request (`麻烦`, `帮我`…), anything still wrong (``FixNews/stillWrong``), an appeal
/// named (`表扬`: a praise is a case), a line without thanks or a thumbs-up (`医保交了` may go on to ask more).
enum GoodNews {
    /// Whether `text` tells, with thanks, that something came, went through or was done.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: thanks) && present.containsAny(of: newsWords)
            && !present.containsAny(of: requests) && !present.containsAny(of: FixNews.stillWrong)
            && !present.containsAny(of: FixNews.appeals) && !present.containsAny(of: FixNews.asking) && !QuestionForm.asks(text)
    }

    /// Thanks and the thumbs-up, as words or as WeChat's emoji codes.
    private static let thanks = ["谢谢", "感谢", "多谢", "[强]", "[抱拳]", "[OK]", "👍", "🙏", "[玫瑰]", "蛮好", "好得很", "方便多了"]
    /// Words of something come, through or done (`到了`, `到账了`, `批下来了`, `在学校交了`, `换了`).
    private static let newsWords = ["到了", "到账", "批下来", "批了", "发下来", "发了", "领到", "收到了", "交了", "缴了", "换了", "补了",
                                    "修好", "弄好", "办好", "办下来", "通过了", "做好了", "认证了", "送来了", "送到了",
                                    // something given and in use (`我屋爹爹戴上防走失手环了 … 谢谢社区`)
                                    "戴上了", "戴上防走失"]
    /// Words with which a line still asks for something.
    private static let requests = ["请", "麻烦", "能不能", "可不可以", "帮我", "帮忙", "要求", "希望", "建议", "想问", "问一下", "问下"]
}
