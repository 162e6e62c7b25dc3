@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-seventh round's reading, from the thirty-sixth corpus's misses: staff's ticked summaries, and a card
/// mislaid that is no one gone missing.
@Suite("Understanding: ticked summaries, a card mislaid")
struct ThirtySeventhReadingTests {
    /// A ticked matter is done; one without a mark is still to do, whatever was arranged for it; a question told
    /// answered is done; what follows a matter's last mark is a matter of its own.
    @Test func aTickedNoteSaysWhatIsStillToDo() {
        let numbered = "小结：①3栋楼道灯 换了灯泡✓ ②12栋门口的马蜂窝 约了周六上午师傅来摘 ③葛婆婆家属问优待证 已答"
        let note = CheckedNote(numbered, items: Desk.numberedItems(of: TextNormalizer.normalize(numbered)))
        #expect(note?.count == 3)
        #expect(note?.toDo == ["12栋门口的马蜂窝 约了周六上午师傅来摘"])
        let running = CheckedNote("18栋停水 给两户老人送了水上去✓ 维保说电梯明天上午恢复 要盯", items: [])
        #expect(running?.count == 2)
        #expect(running?.toDo == ["维保说电梯明天上午恢复 要盯"])
        #expect(CheckedNote("7栋水管 物业换了 修好了", items: []) == nil)
    }

    /// At the counter, a ticked summary opens a case for the first matter still to do — not a record because it says
    /// what was arranged — and one ticked throughout is a record.
    @Test func aTickedSummaryTakesWhatIsStillToDo() throws {
        let desk = try TestDesk(modules: deskModules)
        let open = try desk.say("小结：①2栋楼道灯 换了✓ ②龚婆婆送饭 太硬了 要改成软饭 跟食堂约了明天说")
        #expect(open.caseID != nil)
        #expect(open.module == "care-visits")
        #expect(open.text.contains("1 项打了✓"))
        let done = try TestDesk(modules: deskModules).say("交班：①7栋水管 物业修好了✓ ②龚婆婆送饭 改成软饭了✓")
        #expect(done.status == .ignored)
        #expect(done.caseID == nil)
    }

    /// A card or a paper mislaid (`优待证找不到了`) is no one gone missing; a parent not found still is.
    @Test func aCardMislaidIsNoOneMissing() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "邓爹爹的老年卡找不到了 问怎么补") == nil)
        #expect(desk.desk.emergencies.emergency(in: "邓爹爹的存折找不到了") == nil)
        #expect(desk.desk.emergencies.emergency(in: "我妈找不到了 早上出门到现在冇回")?.id == "missing")
    }
}
