/// A line about an animal hurt or in trouble that names no person (`湾子口的小黄狗被车撞了 一直在叫`, `猫从阳台掉下去了
/// 还在动`). The model hears an alarm in such words; with no danger the seed names and no one hurt, it is news or a
/// plea for the animal, not a call for 120.
enum AnimalInTrouble {
    /// Whether `text` names an animal and no person.
    static func namesOnlyAnAnimal(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: animals) && !present.containsAny(of: people)
    }

    /// Animals residents keep or see about.
    private static let animals = ["狗", "猫", "鸟", "鸡", "鸭", "鹅", "兔子", "乌龟"]

    /// Words for a person (a pet's owner named as `我家狗` is no one in danger: `我` is not among them).
    private static let people = ["人", "伢", "孩子", "小孩", "小朋友", "学生", "老人", "婆婆", "爹爹", "奶奶", "爷爷", "孙", "儿子", "女儿", "妈",
                                 "爸", "老伴", "老公", "老婆", "媳妇", "师傅", "阿姨", "叔叔", "大哥", "大姐"]
}
