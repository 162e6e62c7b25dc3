/// Staff at the counter noting their work on residents' unpaid wages or a labour dispute (`二平等12人 包工头付了一半
/// 剩下承诺4月初 监察大队登记在案 继续盯`, `庞哥确认劳动关系仲裁申请书帮着写好 … 下周一递仲裁院`): a matter the community
/// has taken on and follows until the workers are paid — a 诉求 case, not a record of work done, though it reads like one
/// (`已`, a date, who was told).
///
/// Not a question recorded (`二平问 劳动仲裁收不收费`: answered), nor advice about one's insurance (`断缴的事 … 人社说找劳动
/// 监察`: social security's), nor the matter settled (`欠薪全部结清 劳动监察那边已销号`, a line ticked `✓`), nor a period's
/// figures (`小结`).
enum LabourDispute {
    /// Whether staff's `text` notes work on a wage or labour dispute still being seen to.
    static func handled(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: disputes) && !present.containsAny(of: notThisMatter) && !QuestionForm.asks(text)
    }

    /// Words of wages owed and the offices that enforce or settle them.
    private static let disputes = ["欠薪", "讨薪", "欠工资", "劳动监察", "监察大队", "劳动保障所", "仲裁"]

    /// Words of a question, an insurance matter, a dispute settled or a period's figures.
    private static let notThisMatter = ["问", "社保", "断缴", "医保", "结清", "销号", "✓", "小结"]
}
