import DeskKit
import DeskTesting
import PingPong
import Testing

/// What residents ask and what the counter found (frontdesk M1, M3–M6, M30; domain bug 18).
@Suite("Ping-pong room: residents' questions and fee details")
struct ResidentQuestionTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 李建华 13545678901")
        _ = desk.say("会员 登记 赵志刚 13712345678")
    }

    @Test(arguments: ["乒乓球室会费多少钱", "会费怎么交", "乒乓球室几点开门", "怎么加入球友会", "乒乓球室的钱用到哪里了"])
    func questionsAreAnsweredWithoutAskingForAMember(_ question: String) {
        let r = desk.say(question)
        #expect(r.module == "pingpong" && r.status == .answered, "\(question) → \(r.text)")
        #expect(!r.text.contains("哪位会员"))
    }

    @Test func theAnswersComeFromTheSeed() {
        #expect(desk.say("乒乓球室会费多少钱").text.contains("年费 120.00元"))
        #expect(desk.say("乒乓球室几点开门").text.contains("8:30"))
        let money = desk.relay("乒乓球室的钱用到哪里了", group: "乒乓球友群", sender: "球友")
        #expect(money.status == .answered && money.text.contains("余额"))
    }

    @Test func noReferenceMeansNone() {
        // M3: 没有单号 was stored as the reference, and refused the second time as a duplicate.
        _ = desk.say("交会费 李建华 年费 120元 微信")
        #expect(desk.say("没有单号").text.contains("没有转账单号，已注明"))
        _ = desk.say("交会费 赵志刚 半年 70元 微信")
        let second = desk.say("没有")
        #expect(second.status == .updated && second.error == nil)
    }

    @Test func aLongNumberInTheLineIsTheReference() {
        // M4.
        let r = desk.say("交会费 赵志刚 月费 15元 微信 4200001234202611290001")
        #expect(r.status == .updated)
        #expect(desk.say("交会费 李建华 月费 15元 微信 4200001234202611290001").error?.code == "duplicate-reference")
    }

    @Test func theMemberIsCheckedAtTheFirstAnswer() {
        // M5: four questions later everything was thrown away.
        #expect(desk.say("李建华来交会费").text.contains("哪位会员"))
        let wrong = desk.say("王大爷")
        #expect(wrong.status == .ask && wrong.text.contains("没有会员"))
        #expect(desk.say("李建华").text.contains("哪种会费"))
    }

    @Test func aBackDatedPaymentIsHonouredOpenly() {
        // M6: the date was silently dropped.
        let r = desk.say("交会费 李建华 年费 120元 现金 2025-10-01")
        #expect(r.text.contains("按 2025年10月1日 交费登记") && r.text.contains("覆盖 2025-10-01 至 2026-09-30"))
        #expect(desk.say("交会费 赵志刚 年费 120元 现金 2027-01-01").error?.code == "future-date")
    }

    @Test func tablesShowChineseNames() {
        // M1: half-year, cash, wechat in the member's table.
        _ = desk.say("交会费 赵志刚 半年费 70元 现金")
        _ = desk.say("交会费 赵志刚 月费 15元 微信 单号 4200009999")
        let shown = desk.say("会员 赵志刚").text
        #expect(shown.contains("半年费") && shown.contains("现金") && shown.contains("微信转账"))
        #expect(!shown.contains("half-year") && !shown.contains("cash") && !shown.contains("wechat"))
    }

    @Test func phoneIsOptional() {
        // M30: an elderly member without a phone.
        let r = desk.say("会员 登记 王小明")
        #expect(r.status == .updated && r.text.contains("无电话"))
    }

    @Test func aDonationCannotBeInTheFuture() throws {
        // Domain bug 18.
        let before = try desk.snapshot()
        #expect(desk.say("捐赠 王五 球拍 3副 2027-01-01").error?.code == "future-date")
        #expect(try desk.snapshot() == before)
    }
}

@Suite("Ping-pong room: joining")
struct JoiningTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [PingPong()]) }

    @Test func wantingToJoinIsACaseForTheManagers() throws {
        let r = desk.relay("我想加入乒乓球友会", group: "乒乓球友群", sender: "钟国强")
        #expect(r.status == .created)
        let c = try desk.case(#require(r.caseID))
        #expect(c.title == "入会申请：钟国强" && c.assignee?.contains("管理员") == true)
        #expect(desk.relay("怎么加入球友会", group: "乒乓球友群", sender: "钟国强").status == .answered)
    }
}
