/// A note staff tick as they go (`小结：①2栋楼道灯 换了灯泡✓ ②7栋门禁 约了周四师傅来 ③3栋马婆婆要送饭`): a matter with a
/// check mark after it is done; one without, still to do — whatever it says was arranged (`约了`, `报了物业`, `等报价`),
/// because the arrangement is not the work. A matter told answered (`已答`, `告诉她了`) is done too.
///
/// A note is cut into matters at its circled numbers, when it has them, and after each check mark: what follows the last
/// mark of a matter (`…送了手电上去✓ 供电所下午来换表箱 要跟`) is a matter of its own — unless the mark stands at the
/// note's head, with nothing or only the day before it (`5月2日周一 ✓ 夜市油锅起火 19:42扑灭 …`): then it ticks what
/// follows. A line with no check mark is no such note: staff who do not tick say done in words, which ``WorkRecord`` reads.
struct CheckedNote {
    /// The matters not ticked nor told answered, in order.
    let toDo: [String]
    /// The matters ticked, in order: work told done, which a service may keep a record of (a certification made).
    let ticked: [String]
    /// How many matters the note holds.
    let count: Int

    /// The marks staff tick a matter with (`✔️` too: a mark with the emoji variation selector after it).
    private static let marks: Set<Unicode.Scalar> = ["\u{2713}", "\u{2714}", "\u{221A}", "\u{2611}", "\u{2705}"]

    /// Whether `text` holds a check mark: the one question asked of most lines (every line typed at the counter).
    static func isTicked(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: marks.contains)
    }

    /// `text` read as a ticked note, `items` being its numbered matters (empty when it has none); nil when no mark is in it.
    init?(_ text: String, items: [String]) {
        guard Self.isTicked(text) else { return nil }
        var toDo: [String] = [], ticked: [String] = [], count = 0
        for item in items.count >= 2 ? items : [text] {
            var matter = ""
            // Whether a mark at the head (`5月2日周一 ✓ …`) ticks the matter after it.
            var tickedAhead = false
            var seenMark = false
            for character in item {
                if let first = character.unicodeScalars.first, Self.marks.contains(first) {
                    let done = matter.trimmingSpaces
                    if !seenMark && Self.isOnlyTheDay(done) {
                        tickedAhead = true
                    } else if !done.isEmpty {
                        count += 1
                        ticked.append(done)
                        tickedAhead = false
                    }
                    seenMark = true
                    matter = ""
                } else {
                    matter.append(character)
                }
            }
            let left = matter.trimmingSpaces
            // (A word or two after the last mark, `都好`, is no matter.)
            guard left.count >= Self.fewestCharacters else { continue }
            count += 1
            if tickedAhead {
                ticked.append(left)
            } else if !Self.toldAnswered(left) {
                toDo.append(left)
            }
        }
        self.toDo = toDo
        self.ticked = ticked
        self.count = count
    }

    /// Whether `text` is a note whose every matter is ticked (`9月11日周二下午 ✓ 老满家粉碎机卷手 婆婆两指骨折已手术`):
    /// all of it done, nothing still to do.
    static func ticksEveryMatter(_ text: String) -> Bool {
        guard let note = CheckedNote(text, items: []) else { return false }
        return note.toDo.isEmpty && !note.ticked.isEmpty
    }

    /// Whether `head`, what stands before a note's first mark, is nothing or only the day it was written (`5月2日周一`,
    /// `12/31`, `6月4日周六 05:40`, `5月19日周五下午`): no matter of its own.
    static func isOnlyTheDay(_ head: String) -> Bool {
        head.count <= 16 && head.allSatisfy(dayCharacters.contains)
    }

    /// The characters a day and a time are written with, the part of the day too (`上午`, `晚上`, `凌晨`).
    private static let dayCharacters = Set("0123456789０１２３４５６７８９年月日号周星期一二三四五六七天/.-:： 上下中午早晚凌晨傍夜")

    /// The fewest characters a matter after the last mark is told in (`4栋电梯 明天查`).
    private static let fewestCharacters = 5

    /// Whether `matter` tells a question answered (`家属问优待证 已答`): done, and nothing to record.
    static func toldAnswered(_ matter: String) -> Bool { CharacterPresence(matter).containsAny(of: answered) }

    /// Words that say a question was answered (`家属问优待证 已答`, `告诉她去街道办`): the matter is done.
    private static let answered = ["已答", "答了", "告诉他", "告诉她", "告诉家属", "已回复", "已告知", "回了他", "回了她"]
}
