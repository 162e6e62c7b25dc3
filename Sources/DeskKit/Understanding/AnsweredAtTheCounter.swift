/// A question a resident put to staff, written down at the counter with the answer staff gave (`伍先生 问他的灵活就业
/// 明年几时能交 已答：每年年底前可预缴`, `万姐 问她退休了医保卡里的钱怎么变少了 已告知 …`): the service the question
/// belongs to has answered it, through staff — neither a case to open nor a record of nothing.
///
/// The resident's asking comes first, staff's answer after it.
enum AnsweredAtTheCounter {
    /// Whether `text` tells of a question asked (`问`, `咨询`, `打听`) and, after it, the answer staff gave (`已答`,
    /// `已告知`, `已解释`).
    /// Not when the line asks for something besides, before the question (`来报夏季联赛男子组 … 问要不要交钱 已答…`,
    /// `要我们催一下，另外…问…`) or after the answer (`已答原50 … 帮她约了人社窗口`, `问她办了冇 她说还冇`): that request
    /// is the line's matter.
    static func says(_ text: String) -> Bool {
        // Most lines hold no first character of an answer's words (`已`, `当`, `告`) and are said not to without
        // Foundation's search for each of the ten words (perf, dispatch: ~30 K instructions a line, docs/performance.md,
        // thirty-eighth pass). The search below still decides every line that holds one.
        guard text.unicodeScalars.contains(where: answeredFirsts.contains) else { return false }
        guard let told = (answered.compactMap({ text.range(of: $0) }) + plainAnswers(in: text)).min(by: { $0.lowerBound < $1.lowerBound })
                ?? answerAfterColon(text),
              let asked = asking.compactMap({ text[..<told.lowerBound].range(of: $0)?.lowerBound }).min() else { return false }
        let before = text[..<asked], between = text[asked..<told.lowerBound]
        // (`帮着` in an answer tells how it is done, `别人可以帮着拿手机`: no request of its own.)
        let after = text[told.upperBound...].replacingOccurrences(of: "帮着", with: "")
        return !requestsBefore.contains(where: before.contains) && !requestsAfter.contains(where: after.contains)
            && !actedBetween.contains(where: between.contains)
    }

    /// `答复` and `告知` written without `已` (`小曲问育儿补贴 答复从官方渠道申请`): the answer given, unless a word before them
    /// says it is still to come (`等答复`, `未告知`, `会答复`).
    private static func plainAnswers(in text: String) -> [Range<String.Index>] {
        plainAnswerWords.compactMap { word in
            guard let found = text.range(of: word) else { return nil }
            let before = text[..<found.lowerBound].last
            return before.map { notYet.contains($0) } == true ? nil : found
        }
    }
    /// ``plainAnswers(in:)``'s words.
    private static let plainAnswerWords = ["答复", "告知"]
    /// Characters that, just before `答复` or `告知`, say the answer is still to come.
    private static let notYet: Set<Character> = ["等", "待", "未", "没", "冇", "要", "再", "会", "请", "已"]

    /// The colon of `X问Y：answer` (`泊林老葛问物业合同到期：物业退出要提前公告…`), when what follows it says enough to be
    /// an answer and neither begins nor ends asking (`问医保：①大学生在外地读书的交不交 …`); a colon right after the
    /// asking word opens the question itself (`张姐问：她1972年5月出生的 退休年龄怎么算`).
    private static func answerAfterColon(_ text: String) -> Range<String.Index>? {
        guard let colon = text.range(of: ":") ?? text.range(of: "："), case let after = text[colon.upperBound...],
              after.count >= minimumAnswer, !asking.contains(where: text[..<colon.lowerBound].hasSuffix),
              !QuestionForm.asks(String(after.prefix(minimumAnswer * 2))),
              let last = after.last(where: { $0 != " " }), !"?？吗呢".contains(last) else { return nil }
        return colon
    }
    /// The fewest characters an answer after a colon says.
    private static let minimumAnswer = 8

    /// Words of a resident asking.
    private static let asking = ["问", "咨询", "打听"]
    /// Words of a request made before the question.
    private static let requestsBefore = ["报", "催", "来说", "要", "申请", "登记", "请"]
    /// Words of something still to do after the answer.
    private static let requestsAfter = ["帮", "约", "登记", "要办", "来办", "申请", "办了冇", "办了没", "还冇", "还没"]
    /// Words of staff acting on the question before they answered it (`…已联系物业 答复天晴就做`, `帮他现场刷脸认证 告知…`):
    /// work done for the resident, the matter's case.
    private static let actedBetween = ["帮", "联系", "陪"]
    /// Words of staff answering there and then.
    private static let answered = ["已答", "已告知", "已解释", "已回复", "已说明", "已经告知", "已经答复", "当场答复", "告诉他了", "告诉她了"]
    /// The first characters of ``answered``, with the compatibility ideograph U+2F874 that is canonically `当`: a line
    /// holding none of them holds no word of ``answered``.
    /// The colon is among them, as typed and as the desk reads it (``answerAfterColon(_:)``).
    private static let answeredFirsts: Set<Unicode.Scalar> = Set((answered + plainAnswerWords).compactMap(\.unicodeScalars.first))
        .union(["\u{2F874}", "：", ":"])
}
