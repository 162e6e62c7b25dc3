/// A resident complaining of how the community's own people treated them (`那个网格员问两句就不耐烦`, `回访的把我说的
/// 不满意记成了满意`): someone of the desk, the station or the grid, and conduct a complaint is made of. The model, which
/// has few such lines, reads them as talk; they are complaints about the service itself, for the community office.
enum StaffConduct {
    /// Whether `text` names someone of the community's service and complains of their conduct.
    /// (Not praise of them, `网格员态度好 跑了好几趟`, whose words of conduct are kind.)
    static func complainedOf(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: staff) && present.containsAny(of: conduct) && !present.containsAny(of: praise)
    }

    /// The community's own people and processes.
    private static let staff = ["网格员", "工作人员", "驿站的人", "社区的人", "回访", "值班的", "前台的", "接电话的",
                                // someone met there (`去驿站办事 柜台那个小姑娘眼皮都不抬`)
                                "驿站那个", "驿站里那个", "柜台那个", "社区那个新来", "新来的小伙子", "新来的小姑娘", "新来的那个"]

    /// Conduct complained of.
    private static let conduct = ["态度", "不耐烦", "爱理不理", "不理人", "凶得很", "好凶", "骂人", "吼", "甩脸", "推来推去", "踢皮球",
                                  "敷衍", "不作为", "记成满意", "记的满意", "记成了满意", "造假", "作假", "乱记", "冇来过就说", "没来过就说",
                                  // not looking up, answering one question in three (`问了半天才回一句`)
                                  "头都不抬", "眼皮都不抬", "不抬头", "爱答不理", "答一句", "回一句", "玩手机"]

    /// Words of praise or thanks.
    private static let praise = ["表扬", "感谢", "谢谢", "态度好", "态度也好", "态度蛮好", "态度很好", "态度不错", "态度真好"]
}
