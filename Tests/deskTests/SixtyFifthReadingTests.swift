@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The sixty-fifth round's reading, from the sixty-fourth corpus's misses (conscription, the patriotic health month and
/// pests, fitness equipment and sports grounds): staff's news of an open matter kept on its case, a ride to hospital
/// begged for, and the estate's courts broken.
@Suite("Understanding: the sixty-fifth round")
struct SixtyFifthReadingTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: deskModules)
    }

    /// Staff at the counter telling how an open matter went, without its number, have the news noted on the case at
    /// that place whose words it shares (noted, as a remark is, and told which case); a line that ends by closing the
    /// matter closes it, and says how to undo that.
    @Test func staffNewsOfAnOpenMatterGoesOnItsCase() throws {
        let report = desk.relay("4栋2单元楼道灯坏了 晚上黑漆漆的 上下楼摸着走", group: "汉口道6号邻里群", sender: "阿彬")
        let id = try #require(report.caseID, "\(report.text)")
        let news = desk.say("汉口道4栋2单元楼道灯 物业电工换了灯头 二楼三楼亮了")
        #expect(news.caseID == id, "\(news.text)")
        #expect(news.status == .ignored && news.text.contains(id), "\(news.text)")   // noted and told, no state changed
        #expect(try desk.case(id).status.isOpen)
        #expect(try desk.events(id).contains { $0.kind == .noted && ($0.note ?? "").contains("二楼三楼亮了") })

        let closing = desk.say("汉口道4栋2单元楼道灯换好了 一到六楼都亮了 结单")
        #expect(closing.caseID == id, "\(closing.text)")
        #expect(closing.text.contains("已办结") && closing.text.contains("重办 \(id)"), "\(closing.text)")
        #expect(try desk.case(id).status == .closed)
    }

    /// Closing a case by a line of news is `办结`, and takes its right: front-desk staff closing a case someone else
    /// accepted have the news noted and are told who closes it; the case stays open.
    @Test func aClosingWordClosesOnlyWithTheRightToClose() throws {
        try desk.addOperator("李书记", role: .admin, pin: "2468")
        try desk.addOperator("小周", role: .frontDesk, pin: "1357")
        let report = desk.say("汉口道3栋1单元楼道灯不亮 一到五楼都黑的", as: "李书记", role: .admin)
        let id = try #require(report.caseID, "\(report.text)")
        let closing = desk.say("汉口道3栋1单元楼道灯换好了 都亮了 结单", as: "小周", role: .frontDesk)
        #expect(closing.caseID == id && closing.text.contains("办结 \(id)"), "\(closing.text)")
        #expect(try desk.case(id).status.isOpen)
        #expect(try desk.events(id).contains { $0.kind == .noted && ($0.operatorName == "小周") })
    }

    /// News at a place whose open case is about something else — only the place's own words shared — is not put on
    /// that case, and nothing is closed.
    @Test func newsOfAnotherMatterAtThePlaceLeavesItsCaseAlone() throws {
        let report = desk.relay("东门外面的共享单车堆成了山 人都过不去", group: "奥园业主群", sender: "小骆")
        let id = try #require(report.caseID, "\(report.text)")
        let news = desk.say("奥园东门健身区的漫步机 脚踏板物业换了新的 结单")
        #expect(news.caseID != id, "\(news.text)")
        #expect(try desk.case(id).status.isOpen)
    }

    /// A group line that begs a ride to hospital for a child who swallowed a battery is an emergency still on — the
    /// hospital named is where the child must go, not where the child is.
    @Test func aRideToHospitalBeggedForIsNoEnd() {
        let line = "3栋的伢把遥控器里的纽扣电池吞了 一直流口水 哪个有车 送儿童医院"
        #expect(desk.desk.emergencies.emergency(in: line)?.id == "medical", "\(line)")
        #expect(!desk.desk.emergencies.isOver(line))
        // Taken there already is news of how it went.
        #expect(desk.desk.emergencies.isOver("邻居开车送儿童医院了 医生在看"))
    }

    /// A child wedged head down in a clothes bin or with the head through railings gets the advice for someone stuck —
    /// 119, no pulling, hold the body up so they can breathe — not the lift's; a hand in a lift's door and a phone down
    /// the sofa are not this.
    @Test func someoneWedgedIsToldNotToBePulled() {
        #expect(desk.desk.emergencies.emergency(in: "小区门口的旧衣物箱 一个伢头朝下卡在里面 腿在外面蹬")?.id == "wedged")
        #expect(desk.desk.emergencies.emergency(in: "隔壁小孩的头卡在栏杆中间 拔不出来")?.id == "wedged")
        #expect(desk.desk.emergencies.emergency(in: "电梯门关不上 伢的手卡在门缝里")?.id != "wedged")
        #expect(desk.desk.emergencies.emergency(in: "我手机卡在沙发缝里了")?.id != "wedged")
        let reply = desk.relay("回收箱里卡了个伢 头朝下 拉不出来 快来人", group: "顺驰泊林业主群", sender: "小俞")
        #expect(reply.text.hasPrefix("【有人卡住出不来·紧急】") && reply.text.contains("119") && !reply.text.contains("电梯"),
                "\(reply.text)")
    }

    /// The estate's courts broken — a basketball hoop hanging, a badminton net post loose — are the property's
    /// repairs, not a complaint nor the pingpong room's.
    @Test(arguments: ["篮球场东头的篮筐歪了 往下耷拉着 篮网也烂了", "羽毛球场的网柱松了 一打就往一边倒"])
    func aBrokenCourtIsARepair(_ line: String) {
        let reply = desk.relay(line, group: "顺驰泊林业主群", sender: "小俞")
        #expect(reply.module == "repairs", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }
}
