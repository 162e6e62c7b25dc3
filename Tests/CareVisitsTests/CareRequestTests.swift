import DeskKit
import DeskTesting
import Testing
@testable import CareVisits

@Suite("Care visits: a resident asks the community to arrange care")
struct CareRequestTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [CareVisits()]) }

    @Test func aRequestForRegularVisitsIsACaseForTheGridWorker() throws {
        let r = desk.relay("我爸一个人住水印桃源5栋2单元301 我在外地上班 能不能请社区的志愿者定期去看看他",
                           group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .created)
        let c = try desk.case(#require(r.caseID))
        #expect(c.category == "关爱申请" && c.address?.contains("5栋") == true)
        #expect(c.assignee != nil && c.assignee != "社区服务台", "the compound's grid worker follows it up")
        #expect(r.text.contains("关爱名册"), "the answer on how care visits work still follows")
    }

    /// Someone left alone by a death, told by the family (`我公公过世了 我婆婆一个人住`): a visit to arrange, though
    /// nothing is asked (#13). Not a move away after a death, nor a question how care works.
    @Test func anElderLeftAloneByADeathToldByTheFamilyIsACase() throws {
        let told = desk.relay("我公公过世了 我婆婆一个人住9栋 晚上一个人在屋里哭", group: "水印桃源2群", sender: "桃源 小凤")
        #expect(told.status == .created)
        #expect(try desk.case(#require(told.caseID)).category == "关爱申请")
        let cousin = desk.relay("我堂兄上个月去世了 屋里就剩嫂子 她耳朵不好", group: "李家墩村湾群", sender: "满叔")
        #expect(cousin.status == .created)
        #expect(!CareRequests.leftAloneByADeath("我爸走了 我妈一个人 搬到我姐那里去住了"))
        #expect(!CareRequests.leftAloneByADeath("我婆婆过世了 我公公一个人住 社区能上门看看吗"))
    }

    @Test func anElderLeftOnTheirOwnAgainIsACase() throws {
        let gone = desk.relay("对门的谭婆婆又一个人了 孙子开学回学校了", group: "奥园业主群", sender: "奥园 阿秀")
        #expect(gone.status == .created)
        #expect(try desk.case(#require(gone.caseID)).category == "关爱申请")
        #expect(CareRequests.leftAloneTold("过完年儿女都走了 罗爹爹屋里冷冷清清的"))
        #expect(!CareRequests.leftAloneTold("婆婆一个人了 搬到女儿那里去住了"))
        #expect(!CareRequests.leftAloneTold("我婆婆一个人了 社区有冇得人上门看看"))
    }

    @Test func theCareRequestVerbOpensACaseForThePlacesGridWorker() throws {
        let r = desk.say("关爱申请 水印桃源11栋1单元701 王翠兰 每周看一次")
        let c = try desk.case(#require(r.caseID))
        #expect(c.category == "关爱申请" && c.address?.contains("11栋") == true)
        #expect(c.assignee != nil && c.assignee != "社区服务台")
        #expect(!r.text.contains("网格员和志愿者会定期上门"), "no answer on how care works: it was asked for, not asked about")
    }

    @Test func aBuildingSaidInACompoundsGroupIsInThatCompound() throws {
        let r = desk.relay("关爱申请 3栋2单元601 陈国强 他今年83", group: "顺驰泊林业主群", sender: "泊林 小陈")
        let c = try desk.case(#require(r.caseID))
        #expect(c.address?.contains("顺驰泊林") == true)
        #expect(c.assignee != nil && c.assignee != "社区服务台", "the compound's grid worker follows it up")
        #expect(!r.text.contains("请补充老人的姓名和住址"))
    }

    @Test func theCareAnswerInvitesTheEldersParticulars() throws {
        #expect(desk.relay("微关爱是么样的 多久来一次", group: "水印桃源1群", sender: "小吴").status == .answered)
        let r = desk.relay("5栋2单元301 吴爹爹 吴长庚", group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .created)
        #expect(try desk.case(#require(r.caseID)).category == "关爱申请")
    }

    @Test func aQuestionOnHowItWorksIsOnlyAnswered() throws {
        let r = desk.relay("微关爱是么样的 多久来一次", group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .answered)
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["他妈一个人白天在屋里 能不能安排志愿者隔天去看下", "好的 麻烦登记一下 每周去一次就行 外婆有点耳背 要多敲几下门",
                      "探访的志愿者能不能换成下午来 上午她要睡觉",
                      "我屋的爹爹一个人住在1栋1单元202 八十七了 白天上班 有冇得志愿者可以中午送个饭"])
    func aPleaToArrangeOrChangeCareIsACase(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .created)
        #expect(try desk.case(#require(r.caseID)).category == "关爱申请")
    }

    @Test(arguments: ["想问下社区 有冇得那种定期上门看老人的 我外婆八十多了 要么样申请",
                      "我屋里婆婆80多了一个人住在村湾 想给她申请那个送饭的 村湾也能送吗 要好多钱一餐"])
    func askingHowToApplyOrWhatItCostsIsAnswered(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "小吴")
        #expect(r.status == .answered)
        #expect(r.text.contains("关爱"))
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["我外婆一个人住 想每个礼拜有个人来跟她聊聊天",
                      "我爸腿脚不行 明天要去复查 住11楼 有冇志愿者能背一下",
                      "我妈83岁 一个人住7栋1单元402 送清凉的名单能不能加上她"])
    func companyCarryingOrAPlaceOnTheListWishedForIsARequest(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源小鲁")
        #expect(r.status == .created && r.module == CareVisits.moduleID)
        #expect(try desk.case(#require(r.caseID)).category == "关爱申请")
    }

    @Test(arguments: ["打扫卫生的志愿者上周冇来 我妈等了一上午", "那个每周看望已经开始了吗 这周还冇去",
                      "我屋爹爹九十二岁了 社区今年重阳节来不来看他", "上门抽血的医生么时候来 我妈一直在等"])
    func helpArrangedThatDidNotComeOrAVisitAskedForIsACase(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源小鲁")
        #expect(r.status == .created && r.module == CareVisits.moduleID)
        #expect(try desk.case(#require(r.caseID)).category == "关爱申请")
    }

    @Test func askingWhetherBathingHelpExistsAndWhatItCostsIsAQuestion() throws {
        let r = desk.say("桃源2栋的一个婆婆洗不了澡 女儿问社区有冇助浴的 要不要钱")
        #expect(r.status == .answered && r.caseID == nil)
    }
}
