/// Whether a line names a person — the test the model's alarm must pass when no danger the seed names is in the line.
enum PeopleNamed {
    /// Words for someone other than the speaker (a pet's owner named as `我家狗` is no one in danger).
    static let others = ["人", "伢", "孩子", "小孩", "小朋友", "学生", "老人", "婆婆", "爹爹", "奶奶", "爷爷", "孙", "儿子", "女儿", "妈",
                         "爸", "老伴", "老公", "老婆", "媳妇", "师傅", "阿姨", "叔叔", "大哥", "大姐"]

    /// Words a line uses for a person, the speaker included: the pronouns, and a man or a woman described (`男的`, `女子`).
    private static let anyone = others + ["我", "他", "她", "男", "女", "叔", "姐", "哥", "娘", "伯", "嫂", "爹", "婆",
                                          // a baby or a child by a pet name, an old man or woman, someone by their place
                                          "宝宝", "婴", "娃", "崽", "囡", "老头", "老太", "大爷", "大妈", "先生", "同学", "邻居", "租客",
                                          "住户", "业主", "骑手", "司机"]

    /// Whether `text` names no one at all (`降温了 出门穿厚点的外套`): the model may hear a missing person's clothes in
    /// it, but with no one named there is no one to send help to.
    static func noOne(in present: CharacterPresence) -> Bool {
        !present.containsAny(of: anyone)
    }
}
