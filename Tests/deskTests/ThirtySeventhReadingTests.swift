@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-seventh round's reading, from the thirty-sixth corpus's misses: staff's ticked summaries, a card mislaid
/// that is no one gone missing, and what the park's and social security's new examples taught.
@Suite("Understanding: ticked summaries, a card mislaid, mosquitoes by the lake, back pay compared")
struct ThirtySeventhReadingTests {
    /// A ticked matter is done; one without a mark is still to do, whatever was arranged for it; a question told
    /// answered is done; what follows a matter's last mark is a matter of its own.
    @Test func aTickedNoteSaysWhatIsStillToDo() {
        let numbered = "小结：①3栋楼道灯 换了灯泡✓ ②12号楼后门的铁门关不上 约了礼拜六来焊 ③葛婆婆家属问优待证 已答"
        let note = CheckedNote(numbered, items: Desk.numberedItems(of: TextNormalizer.normalize(numbered)))
        #expect(note?.count == 3)
        #expect(note?.toDo == ["12号楼后门的铁门关不上 约了礼拜六来焊"])
        let running = CheckedNote("6栋停电 给三楼的独居爹爹送了手电和蜡烛✓ 供电所说下午来换表箱 要跟", items: [])
        #expect(running?.count == 2)
        #expect(running?.toDo == ["供电所说下午来换表箱 要跟"])
        #expect(CheckedNote("7栋水管 物业换了 修好了", items: []) == nil)
        // A mark with the emoji variation selector after it (`✔️`) is a mark.
        #expect(CheckedNote("4栋门禁 换了读卡器✔️ 5栋电梯按钮 维保说明天来换", items: [])?.toDo == ["5栋电梯按钮 维保说明天来换"])
    }

    /// At the counter, a ticked summary opens a case for the first matter still to do — not a record because it says
    /// what was arranged — and one ticked throughout is a record.
    @Test func aTickedSummaryTakesWhatIsStillToDo() throws {
        let desk = try TestDesk(modules: deskModules)
        let open = desk.say("小结：①2栋楼道灯 换了✓ ②龚婆婆送饭 太硬了 要改成软饭 跟食堂约了明天说")
        #expect(open.caseID != nil)
        #expect(open.module == "care-visits")
        #expect(open.text.contains("1 项打了✓"))
        let done = try TestDesk(modules: deskModules).say("交班：①7栋水管 物业修好了✓ ②龚婆婆送饭 改成软饭了✓")
        #expect(done.status == .ignored)
        #expect(done.caseID == nil)
    }

    /// A summary ticked throughout, typed while the desk asks about another matter, neither answers the question nor
    /// calls the waiting request off: the question is asked again, and answered after it the request is kept.
    @Test func aTickedSummaryLeavesTheWaitingQuestion() throws {
        let desk = try TestDesk(modules: deskModules)
        let asked = desk.say("楼道灯坏了 晚上黑漆漆的")
        #expect(asked.status == .ask)
        let note = desk.say("交班：①7栋水管 物业修好了✓ ②龚婆婆送饭 改成软饭了✓")
        #expect(note.status == .ignored)
        #expect(note.text.contains("还差一项"))
        let answered = desk.say("水印桃源3栋2单元")
        #expect(answered.caseID != nil)
        #expect(answered.module == "repairs")
    }

    /// A card or a paper mislaid (`优待证找不到了`) is no one gone missing; a parent not found still is.
    @Test func aCardMislaidIsNoOneMissing() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "邓爹爹的老年卡找不到了 问怎么补") == nil)
        #expect(desk.desk.emergencies.emergency(in: "邓爹爹的存折找不到了") == nil)
        #expect(desk.desk.emergencies.emergency(in: "我妈找不到了 早上出门到现在冇回")?.id == "missing")
    }

    /// Mosquitoes by the park's lake, and the spraying promised and not done, are the park's to see to — no elder to
    /// look in on at once.
    @Test func mosquitoesByTheLakeAreThePark() throws {
        let reply = try TestDesk(modules: deskModules).relay("小湖边上的蚊子咬死人 天天傍晚一群一群的 说了打药又冇来", group: "水印桃源2群", sender: "桃源 阿梅")
        #expect(reply.module == "park-upkeep")
        #expect(!reply.text.contains("紧急"))
    }

    /// A father's back pay compared with a neighbour's is a question for social security, taken — not chatter.
    @Test func backPayComparedIsTaken() throws {
        let reply = try TestDesk(modules: deskModules).relay("我爸这回补发的钱比对门少了一大截 是不是漏算了几个月",
                                                             group: "汉口道6号邻里群", sender: "汉口道 小饶")
        #expect(reply.module == "social-security")
        #expect(reply.status != .ignored)
    }
}
