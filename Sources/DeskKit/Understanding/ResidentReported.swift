/// A counter line that records what a resident reported: `村湾四伢反映村口鱼塘边冇围栏：录入，转村湾联系塘主`,
/// `阿秀第二次反映夜里施工：转区住建和城管`. Staff write down a matter someone brought them, in the words of a notice;
/// the model reads the record as one, but the matter is still to be dealt with.
///
/// Not a report told back (`肖叔反映的消防通道停车 我跟物业去看了`, `反映过`) nor a line that begins with the word.
enum ResidentReported {
    /// Whether `text` (whose characters are `present`) records that someone reported a matter.
    static func says(_ text: String, _ present: CharacterPresence) -> Bool {
        guard present.contains("反映"), let word = text.range(of: "反映"), word.lowerBound != text.startIndex else {
            return false
        }
        return !text[word.upperBound...].hasPrefix("的") && !text[word.upperBound...].hasPrefix("过")
    }

    /// Whether `text` records a resident's report that staff say they entered as a case (`…反映…：录入，转…`).
    static func entered(_ text: String, _ present: CharacterPresence) -> Bool {
        present.contains("录入") && says(text, present)
    }
}
