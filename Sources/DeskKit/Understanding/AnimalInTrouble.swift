/// A line about an animal hurt or in trouble that names no person (`湾子口的小黄狗被车撞了 一直在叫`, `猫从阳台掉下去了
/// 还在动`). The model hears an alarm in such words; with no danger the seed names and no one hurt, it is news or a
/// plea for the animal, not a call for 120.
enum AnimalInTrouble {
    /// Whether `text` names an animal and no person.
    static func namesOnlyAnAnimal(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: animals) && !present.containsAny(of: PeopleNamed.others)
    }

    /// Animals residents keep or see about.
    private static let animals = ["狗", "猫", "鸟", "鸡", "鸭", "鹅", "兔子", "乌龟"]
}
