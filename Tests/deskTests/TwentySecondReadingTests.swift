@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The twenty-second round's reading: staff writing down a certification made or arranged for someone not on the
/// register, which the certification module keeps; a phone in another module's request while the desk asks for a
/// callback number.
@Suite("Understanding: certifications told at the counter, a phone that belongs to a new request")
struct TwentySecondReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    /// A home certification done is kept on a case under the elder's name, not taken for work that needs no record,
    /// and neither the compound nor the building is taken for the name.
    @Test(arguments: [("村湾 认证上门 四组17号 余德茂 黄桂英 两口子都做好了 人脸识别 余伯说谢谢", "余德茂"),
                      ("汉口道 上门认证 3栋 贝爹爹 90 卧床 人脸识别做好了 他儿子在", "贝爹爹"),
                      ("顺驰泊林3栋的汪爹爹来做认证 社区现场刷脸已经过了", "汪爹爹")])
    func aCertificationDoneIsKept(_ line: String, name: String) throws {
        let r = desk.say(line)
        #expect(r.status == .created)
        #expect(r.module == "elder-certification")
        #expect(r.text.contains("名册中没有\(name)"))
        #expect(try desk.case(#require(r.caseID)).title.contains("认证待补登记"))
    }

    /// A certification arranged or put off is a case to follow up, due on the day named.
    @Test func aCertificationArrangedIsACaseDueOnItsDay() throws {
        let r = desk.say("桃源11栋2单元301 程德胜 认证约了明天上午10点来驿站2 人脸识别")
        #expect(r.status == .created)
        let record = try desk.case(#require(r.caseID))
        #expect(record.title == "认证安排：程德胜")
        #expect(record.deadline != nil)
        #expect(r.text.contains("认证登记 程德胜"))
        // Asked, not arranged.
        #expect(!desk.say("桃源3栋 婆婆说她约了明天去医院 认证能不能改天").text.contains("认证安排"))
    }

    /// A look-up answered is still a record: nothing is opened for it.
    @Test func aCertificationLookedUpOpensNothing() throws {
        let r = desk.say("泊林4栋2单元 程爹爹来问今年认证做了冇 查了 8月份做过了 告诉他了")
        #expect(r.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }

    /// Work told done that the module does not record (a visit's news) stays a record the desk keeps nothing of.
    @Test func aVisitMentioningACertificationStaysARecord() throws {
        let r = desk.say("桃源 走访 11栋 邵秀兰 认证补好了以后 养老金1月已经到了 她说谢谢 冇得别的事")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    /// While the desk asks for the callback number, another module's request with a phone in it is a request of
    /// its own: the phone is not taken for the first case's callback.
    @Test func aPhoneInsideAnotherRequestIsNotTheCallback() throws {
        let first = desk.say("桃源11栋2单元301 程德胜 认证约了明天上午10点来驿站2 人脸识别")
        #expect(first.text.contains("回访电话"))
        let r = desk.say("泊林5栋1单元的岳婆婆 她女儿来的 婆婆下周要去同济做胃镜 女儿上班走不开 请陪诊 5月23号上午八点 岳淑珍 女儿电话13912342147")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
        #expect(try desk.case(#require(first.caseID)).callbackPhone == nil)
    }

    /// Asked which of the park's facilities is broken, the reporter's correction in the group is an answer to the
    /// question, read without its `不是…` part — not talk to be left alone.
    @Test func aCorrectionWhileAQuestionWaitsAnswersIt() {
        let first = desk.relay("公园池塘边那张长椅被炮炸了个洞", group: "水印桃源2群", sender: "小邢")
        #expect(first.status == .ask)
        let r = desk.relay("我说错了 不是池塘边 是秋千旁边那张", group: "水印桃源2群", sender: "小邢")
        #expect(r.module == "park-upkeep")
        #expect(r.status == .ask)
        #expect(r.text.contains("秋千旁边那张"))
        #expect(!r.text.contains("我说错了"))
    }

    @Test func theCorrectedPartLeavesOutWhatItIsNot() {
        #expect(Desk.correctedPart(of: "我说错了 不是秋千 是跷跷板 卡住了") == "跷跷板 卡住了")
        #expect(Desk.correctedPart(of: "我说的是池塘对面那块空地 不是入口") == "池塘对面那块空地")
        #expect(Desk.correctedPart(of: "不对 是302") == "302")
    }

    /// Staff writing down the answer they gave to a social-security question: answered, no case to follow up —
    /// unless what they said promises a call back.
    @Test func aSocialSecurityAnswerWrittenDownOpensNothing() throws {
        let told = desk.say("汉口道 医保 2栋 盼盼 说她公公在老家过年 医保是在老家交的 来武汉看病能不能报 跟她说异地就医要备案 叫她问医保局")
        #expect(told.status == .answered)
        #expect(told.module == "social-security")
        #expect(try desk.cases().isEmpty)
        let promised = desk.say("泊林 小邓 问他在老家交过医保 武汉还要不要交 跟他说我们帮他查 回头回电")
        #expect(promised.status == .created)
    }

    /// Care arranged from now on, noted after a visit or a call, is a case for the care team; the visit's news
    /// alone is not.
    @Test(arguments: ["村湾四组23号 秦婆婆 烧炭熏腊肉一氧化碳中毒 已送市一 冇大事 炭盆收走了 出院回来请银发队隔天去看一下",
                      "泊林8栋1单元902 雷阿姨 支架后出院三个礼拜了 每天上午看一眼 她说现在好了 改成一个礼拜两回"])
    func careArrangedFromNowOnIsACase(_ line: String) {
        let r = desk.say(line)
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }

    @Test func aVisitsNewsAloneOpensNothing() throws {
        let r = desk.say("奥园 走访 2栋幸婆婆 6栋秦月娥 过年都好 精神不错")
        #expect(r.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }

    /// In a group, anyone asked to step in (`冇得人管`, `哪个去说一下`) is the community asked: a request, not talk —
    /// but not a favour asked of the neighbours.
    @Test func anyoneAskedToStepInIsTheCommunityAsked() throws {
        let r = desk.relay("湾子口那个塘 这两天下午好多伢在里面洗澡 上个月还淹死过一只狗 冇得人管", group: "李家墩村湾群", sender: "老何")
        #expect(r.status == .created)
        #expect(r.module == "appeals")
        let favour = desk.relay("各位邻居 我8号走 屋里有几盆花 请哪个帮忙隔个礼拜浇一次水 有偿", group: "奥园业主群", sender: "小蒋")
        #expect(favour.caseID == nil)
    }

    /// The park's own times (its lights kept on later) are its upkeep, though the words read as a suggestion; what
    /// people do there with the same words (`广场舞的音响开到九点半`) stays a complaint.
    @Test func theParksTimesAreItsUpkeep() {
        let r = desk.relay("元宵节晚上公园的灯能不能开晚一点 猜灯谜到九点", group: "水印桃源2群", sender: "小芸")
        #expect(r.module == "park-upkeep")
        let noise = desk.relay("晚上口袋公园跳广场舞的音响开到九点半还不关 能不能管一下", group: "水印桃源2群", sender: "老谭")
        #expect(noise.module == "appeals")
        #expect(desk.desk.router.explain("有人在公园池塘边钓鱼 荷花都被鱼线缠了").decision != desk.desk.router.explain("公园池塘边的栏杆断了").decision)
    }

    /// The particulars a care request asked for, given in the group's next line with where the elder lives and how
    /// she is (`王婆婆住11栋1单元701 叫王翠兰`, `… 78岁 她有高血压`), go on that care case — not a certification visit.
    @Test(arguments: ["王婆婆住11栋1单元701 叫王翠兰", "2栋3单元601 蔡桂英 78岁 她有高血压"])
    func aCareRequestsParticularsGoOnItsCase(_ line: String) throws {
        let first = desk.relay("我妈一个人住 我们要出去旅游一个礼拜 社区能不能这几天帮忙去看看她", group: "水印桃源2群", sender: "阿美")
        let id = try #require(first.caseID)
        #expect(first.module == "care-visits")
        let r = desk.relay(line, group: "水印桃源2群", sender: "阿美")
        #expect(r.caseID == id)
        #expect(r.module == "care-visits")
    }
}
