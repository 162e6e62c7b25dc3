@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The sixty-sixth round's reading, from the sixty-fifth corpus's misses (the renovation season, the quiet of the exam
/// weeks, drowning prevention): a matter someone has promised to see to kept on a case, a road caved in, a body on a
/// spike, a child up a tree and children cut off by the river told what to do first, and the counter's records of
/// social-security errands and of the ping-pong room's business kept for whoever sees them through.
@Suite("Understanding: the sixty-sixth round")
struct SixtySixthReadingTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: deskModules)
    }

    /// Staff writing down what a party has promised or planned and not yet done — the street office's railings in
    /// progress, an owner's promise to stop drilling — have it kept on a case to follow, not filed as a notice; a
    /// hand-out with `优先` in it, or an agreement signed, is no such matter.
    @Test func aPromiseStillToKeepIsFollowedOnACase() throws {
        let railings = desk.say("村湾南边的鱼塘边上 街道说护栏在走程序 我先在塘边拉了条警示带")
        #expect(railings.status == .created && railings.caseID != nil, "\(railings.text)")
        #expect(!railings.text.contains("通知"), "\(railings.text)")

        let quiet = desk.say("汉口道5栋1202装修 楼下家里伢中考 物业上门 业主答应考试那三天停工")
        #expect(quiet.status == .created && quiet.caseID != nil, "\(quiet.text)")

        let handOut = desk.say("共建单位捐的绿豆 独居老人优先 下午三点驿站1门口领")
        #expect(handOut.caseID == nil, "\(handOut.text)")
        let signed = desk.say("泊林9栋两家漏水的事 议事厅调解 楼上同意赔八百 两边签字了")
        #expect(signed.status != .created, "\(signed.text)")
    }

    /// A road caved in with a rider in the hole, a leg through a railing's spike, a child up a tree on a cracking
    /// branch: each gets its own first advice and numbers before anything else; a cake that sank, a football on the
    /// spikes and a cat up the tree are not emergencies.
    @Test func cavedInImpaledAndStuckUpHighAreEmergencies() {
        let guide = desk.desk.emergencies
        #expect(guide.emergency(in: "北门外面的路突然塌了个洞 一个骑车的男的连人带车掉下去了")?.id == "sinkhole")
        #expect(guide.emergency(in: "蛋糕烤塌了 中间陷下去了 伢还说好吃")?.id == nil)
        #expect(guide.emergency(in: "一个伢翻围墙 铁栏杆扎穿了小腿 挂在上面下不来 在流血")?.id == "impaled")
        #expect(guide.emergency(in: "伢的皮球被围墙上的尖子扎穿了 瘪了")?.id == nil)
        #expect(guide.emergency(in: "一个小孩爬到树上摘枇杷 下不来了 树枝一直在晃")?.id == "stuck-high")
        #expect(guide.emergency(in: "我屋猫爬到树上下不来了 叫了一下午")?.id == nil)

        let reply = desk.relay("门口那条路塌下去一块 有个骑电动车的女的连人带车掉下去了 边上还在掉土", group: "汉口道6号邻里群", sender: "阿彬")
        #expect(reply.text.hasPrefix("【路面塌陷有人掉下去·紧急】") && reply.text.contains("119") && reply.text.contains("120"),
                "\(reply.text)")
        #expect(reply.caseID != nil)
    }

    /// Children cut off on a sandbar by the rising river are in the water's danger: the advice for someone in the
    /// water comes first.
    @Test func childrenCutOffByTheRiverAreInTheWatersDanger() {
        let line = "江滩那边两个伢走到沙洲上玩 水一涨回不来了 沙洲越来越小"
        #expect(desk.desk.emergencies.emergency(in: line)?.id == "water", "\(line)")
    }

    /// A social-security errand staff filed for a resident on the province's app, or handed in for them, is a case for
    /// the operator to see through — not the retirement table read back.
    @Test func anErrandFiledForAResidentIsKeptOnACase() throws {
        let filed = desk.say("汉口道老蒋（男 1976年6月）交了30年 在湖北智慧人社上帮他提了弹性退休申请")
        #expect(filed.module == "social-security" && filed.status == .created, "\(filed.text)")
        #expect(filed.text.contains("已登记办理工单"), "\(filed.text)")
        let handedIn = desk.say("桃源阿敏的妈退休材料 身份证 户口本 驿站2代递")
        #expect(handedIn.module == "social-security" && handedIn.status == .created, "\(handedIn.text)")
    }

    /// Staff recording the ping-pong room's business — a fault the club deals with, a rule it set, the children's
    /// summer class signed up — keep it on a case for the club's managers; a resident's question staff answered is
    /// answered, nothing opened.
    @Test func theRoomsBusinessAtTheCounterGoesToItsManagers() throws {
        let rule = desk.say("球室晚上人多 球友会说以后每人限打半个钟头 门口登记排队")
        #expect(rule.module == "pingpong" && rule.status == .created, "\(rule.text)")
        let signUp = desk.say("少儿暑期班报名 桃源小宁家的伢 钱交给球友会老肖")
        #expect(signUp.module == "pingpong" && signUp.caseID != nil, "\(signUp.text)")
        let answered = desk.say("奥园有个婆婆问球室中午开不开 已答：夏天中午关门")
        #expect(answered.caseID == nil && answered.status == .answered, "\(answered.text)")
    }

    /// A neighbour asking after the one in danger, then saying why they ask (`…上来了冇 我屋伢的同学`), is answered with the
    /// case that follows it; a thing asked after, with someone named only in the reason (`…的树检查了冇 … 老人冇地方走`),
    /// is not taken for a person.
    @Test func askingAfterTheOneInDangerWithAReasonIsAnswered() throws {
        let alarm = desk.relay("江边两个伢蹚水到沙洲上玩 水涨了回不来了", group: "奥园业主群", sender: "老樊")
        let id = try #require(alarm.caseID, "\(alarm.text)")
        let asked = desk.relay("江滩那两个伢上来了冇 我屋伢的同学 一晚上冇睡", group: "奥园业主群", sender: "阿贞")
        #expect(asked.status == .answered && asked.text.contains(id) && asked.text.contains("谢谢关心"), "\(asked.text)")
        let thing = desk.relay("口袋公园的树检查了冇 南步道还封着 老人冇地方走", group: "奥园业主群", sender: "阿敏")
        #expect(!thing.text.contains("谢谢关心"), "\(thing.text)")
    }

    /// An answer given at the counter that says how a thing is done with someone's help (`帮着拿手机`) is still an
    /// answer: nothing is opened.
    @Test func anAnswerThatTellsOfHelpingIsStillAnAnswer() {
        let reply = desk.say("桃源宁姐替她妈问认证 答：要本人对着手机刷脸 家里人可以帮着拿手机 不能替她刷")
        #expect(reply.caseID == nil && reply.status == .answered, "\(reply.text)")
    }
}
