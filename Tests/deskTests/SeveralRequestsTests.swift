@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// One message that asks for things of different modules: each is handled, none is dropped, and a part that
/// must wait for an earlier part's question is kept with it.
@Suite("Understanding: several requests in one message")
struct SeveralRequestsTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func aRepairAndARetirementQuestionAreBothHandled() throws {
        let r = desk.say("水印桃源3栋2单元502厨房漏水，另外问一下1962年5月出生的男工人几时退休")
        #expect(r.module == "repairs")
        let id = try #require(r.caseID)
        #expect(try desk.case(id).module == "repairs")
        // The repair's callback question comes first; the retirement part waits for it, and is not lost.
        #expect(r.text.contains("您还说了"))
        let next = desk.say("13971234567")
        #expect(next.text.contains("法定退休年龄"))
        #expect(try desk.case(id).callbackPhone != nil)
    }

    @Test func aPartThatMustWaitFollowsWhenTheQuestionIsAnswered() throws {
        let first = desk.say("厨房漏水，另外问一下1962年5月出生的男工人几时退休")
        #expect(first.status == .ask)
        #expect(first.text.contains("您还说了「问一下1962年5月出生"), "the reply names the part that waits")
        #expect(!first.text.contains("法定退休年龄"))
        let second = desk.say("水印桃源3栋2单元502")
        #expect(second.caseID != nil)
        // The callback question for the repair comes next; answering it lets the waiting part through.
        let third = desk.say("不用")
        #expect(third.text.contains("法定退休年龄"))
        #expect(try desk.cases().count == 1)
    }

    @Test func anAnswerFollowedByAnotherRequestGoesToBoth() throws {
        let asked = desk.say("我老公几时退休")
        #expect(asked.status == .ask)
        let r = desk.say("1962年5月，还有我家楼道灯坏了")
        #expect(r.text.contains("1962年5月出生"))
        #expect(r.text.contains("请问是哪里"), "the lamp is a new repair that asks where")
        #expect(r.module == "social-security")
    }

    @Test func oneMattersWordsAcrossSentencesStayOneRequest() throws {
        let r = desk.say("厨房水管漏水了。在水印桃源3栋2单元502。")
        #expect(r.caseID != nil)
        #expect(!r.text.contains("您还说了"))
        #expect(try desk.cases().count == 1)
    }

    @Test func clausesAreCutAtSentenceEndsAndBeforeWordsThatOpenAnotherMatter() {
        #expect(Desk.clauses(of: "厨房漏水,另外问一下退休") == ["厨房漏水,", "另外问一下退休"])
        #expect(Desk.clauses(of: "电梯坏了!还有人在等") == ["电梯坏了!", "还有人在等"])
        #expect(Desk.clauses(of: "我家还有一个问题") == ["我家还有一个问题"], "还有 inside a sentence opens nothing")
    }

    @Test func aNeighbourTalkingPastTheDesksQuestionInAGroupIsNotTakenAsTheAnswer() throws {
        let asked = desk.relay("厨房水管爆了 快来人", group: "水印桃源1群", sender: "桃子妈妈")
        #expect(asked.status == .ask || asked.caseID != nil)
        let aside = desk.relay("好的好的 我先去关阀门", group: "水印桃源1群", sender: "桃子妈妈")
        #expect(aside.status == .ignored)
        #expect(!aside.text.contains("没有识别出地址"))
        let answer = desk.relay("6栋1单元202", group: "水印桃源1群", sender: "桃子妈妈")
        #expect(answer.status != .ignored)
        #expect(try desk.cases().count == 1)
    }
}

/// Questions for offices the community does not run get where to go, from seeds/desk/offices.yaml.
@Suite("Understanding: where to go for what the desk does not do")
struct OfficePointerTests {
    @Test(arguments: [("我家孩子发烧了 社区医院几点开门", "社区卫生服务中心"), ("想问下结婚登记在哪里办", "婚姻登记处"),
                      ("公租房怎么申请", "住房保障")])
    func aQuestionForAnotherOfficeGetsWhereToGo(_ line: String, _ place: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.say(line)
        #expect(r.status == .answered)
        #expect(r.text.contains(place))
        #expect(try desk.cases().isEmpty)
    }
}

/// What a resident's remark in a group is about: their own case that it names, not the newest one or an
/// emergency someone else reported.
@Suite("Understanding: which case a remark is about")
struct RemarkTargetTests {
    @Test func anUrgingGoesToTheSendersCaseItTalksAbout() throws {
        let desk = try TestDesk(modules: deskModules)
        let noise = desk.relay("我要投诉 楼上1705半夜拖椅子 吵得睡不着 汉口道6号2栋2单元", group: "汉口道6号邻里群", sender: "何先生")
        let noiseCase = try #require(noise.caseID)
        let leak = desk.relay("我家厨房水管漏水 汉口道6号2栋2单元1605", group: "汉口道6号邻里群", sender: "何先生")
        #expect(leak.caseID != nil && leak.caseID != noiseCase)
        let urging = desk.relay("拖椅子的事社区么时候去说 还冇消息", group: "汉口道6号邻里群", sender: "何先生")
        #expect(urging.caseID == noiseCase)
    }

    @Test func anUrgingAboutTheSendersOwnCaseDoesNotJoinSomeoneElsesEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        let gate = desk.relay("顺驰泊林大门门禁坏了 刷卡刷不开", group: "顺驰泊林业主群", sender: "吴老师")
        let gateCase = try #require(gate.caseID)
        let fall = desk.relay("顺驰泊林3栋楼下有个爹爹摔倒了 起不来", group: "顺驰泊林业主群", sender: "小秦")
        #expect(fall.caseID != nil && fall.caseID != gateCase)
        let urging = desk.relay("大门门禁还冇修好 今天又有发传单的进来敲门", group: "顺驰泊林业主群", sender: "吴老师")
        #expect(urging.caseID == gateCase)
    }
}

extension RemarkTargetTests {
    @Test func aNewProblemIsNotAnEchoOfTheGroupsNewestCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let lift = desk.relay("汉口道6号地下车库的电梯坏了 按了冇反应", group: "汉口道6号邻里群", sender: "老丁")
        let liftCase = try #require(lift.caseID)
        let stove = desk.relay("我家的燃气灶打不着火 点了半天 是不是燃气那边的问题 汉口道6号2栋1单元301", group: "汉口道6号邻里群", sender: "小何")
        #expect(stove.caseID != liftCase)
        let echo = desk.relay("我们这栋电梯也坏了", group: "汉口道6号邻里群", sender: "小吴")
        #expect(echo.caseID == liftCase || echo.status == .duplicate)
    }
}

extension SeveralRequestsTests {
    @Test func moreAboutTheWaitingRequestIsPartOfTheAnswer() throws {
        #expect(desk.say("我家厨房漏水").status == .ask)
        let r = desk.say("水印桃源3栋2单元502，厨房水管那边漏得厉害")
        #expect(r.caseID != nil)
        #expect(!r.text.contains("您还说了"))
        #expect(try desk.cases().count == 1)
    }
}

extension RemarkTargetTests {
    @Test func aNeighboursAdviceInAGroupOpensNothing() throws {
        let desk = try TestDesk(modules: deskModules)
        let leak = desk.relay("4栋1单元301卫生间顶上往下滴水 水印桃源", group: "水印桃源1群", sender: "4-1-301 小林")
        #expect(leak.caseID != nil)
        let advice = desk.relay("你找物业报修撒，漏水要赶紧关总阀", group: "水印桃源1群", sender: "6-2-101 钱爹爹")
        #expect(advice.status == .ignored && advice.caseID == nil)
        let danger = desk.relay("你快打119 6栋楼道着火了", group: "水印桃源1群", sender: "6-2-101 钱爹爹")
        #expect(danger.text.hasPrefix("【火情·紧急】"))
        #expect(try desk.cases().count == 2)
    }
}

extension RemarkTargetTests {
    @Test func aNeighboursDoorIsWhereTheWelfareCheckGoes() throws {
        let desk = try TestDesk(modules: deskModules)
        let home = desk.desk.addresses.read("武汉奥林匹克花园12栋2单元1603")
        let r = desk.relay("1502屋里好像有个老人一个人在屋里，敲门没人应", group: "奥园业主群", sender: "12-2-1603 周哥", address: home)
        let record = try desk.case(try #require(r.caseID))
        #expect(record.address?.contains("12栋2单元1502室") == true, "\(record.address ?? "")")
    }
}

extension RemarkTargetTests {
    @Test func newsFromTheSceneOfAGasLeakGoesOnItsCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let gas = desk.relay("奥园12栋2单元楼道里好大的煤气味", group: "奥园业主群", sender: "12-2-1603 周哥")
        let id = try #require(gas.caseID)
        let news = desk.relay("已经打了燃气公司电话", group: "奥园业主群", sender: "12-2-1001 小李")
        #expect(news.caseID == id)
        #expect(try desk.events(id).contains { $0.note?.contains("燃气公司") == true })
    }
}

extension RemarkTargetTests {
    @Test(arguments: ["前台好像有人捡到了 你去问问", "应该是野猫 你放点橘子皮在窗台上就不来了", "是我的车 我马上下去挪"])
    func aNeighbourTellingAnotherWhatToDoOrWhatTheyWillDoOpensNothing(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay(line, group: "水印桃源1群", sender: "6-2-101 钱爹爹")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }
}
