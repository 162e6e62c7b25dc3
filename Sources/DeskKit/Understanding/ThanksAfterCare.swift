/// Thanks said in the group once the one in danger has been seen to (`在医院缝了 两根手指头骨折 谢谢各位`,
/// `送到烧伤科了 二度 医生说冲水冲得及时 感谢大家`): news that the danger is over, however it names the hurt —
/// not an alarm.
enum ThanksAfterCare {
    /// Whether `text` thanks people and tells of the care given since, and cries for no help (`谢谢大家 我妈从医院回来又
    /// 倒了 快来人` is an alarm).
    static func tells(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: thanks) && present.containsAny(of: careSince) && !present.containsAny(of: stillToCome)
    }

    /// Words of thanks.
    private static let thanks = ["谢谢", "感谢", "多谢", "多亏"]

    /// Care given since: a hospital, a doctor, a ward, stitches, an operation, someone come round.
    private static let careSince = ["医院", "医生", "住院", "出院", "烧伤科", "骨科", "急诊", "缝了", "缝针", "手术", "拍了片",
                                    "人清醒", "人是醒的", "脱离危险"]

    /// Words of help still wanted (`谢谢 快来人`, `麻烦大家 救命`).
    private static let stillToCome = ["快来", "快叫", "快打", "救命", "来人"]
}
