@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The ninth round's reading: words to the neighbours left to them, one's own matter asked after days later, an
/// office question said as a wish, danger told afterwards, and a few words that name their service.
@Suite("Understanding: neighbours, one's own matters, wishes")
struct NeighboursAndOwnMattersTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // MARK: Said to the neighbours

    @Test(arguments: ["各位邻居 哪家的狗天天半夜叫 吵得睡不着 能不能管好自己的狗", "谁家的电动车 堵在我单元门口 麻烦推开一点"])
    func aLineToTheNeighboursIsTheirBusiness(_ line: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林5栋")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func aLineToTheNeighboursThatAsksTheCommunityIsTaken() throws {
        let r = desk.relay("各位邻居 哪家的狗天天在单元门口拉屎 请物业管一下", group: "顺驰泊林业主群", sender: "泊林5栋")
        #expect(r.caseID != nil)
    }

    @Test func aQuestionToTheNeighboursAboutAServiceIsStillAnswered() {
        let r = desk.relay("各位邻居 我妈的养老金资格认证在手机上一直刷不过去 么样搞", group: "顺驰泊林业主群", sender: "泊林5栋")
        #expect(r.module == "elder-certification")
        #expect(r.status == .answered)
    }

    @Test func mediationAskedOutrightIsACase() throws {
        let r = desk.relay("我是5栋2单元801 隔壁802装修天天敲到晚上 说了不听 请社区出面调解一下", group: "顺驰泊林业主群", sender: "泊林5栋")
        #expect(r.module == "appeals")
        #expect(r.caseID != nil)
        // Said where the model hears a notice, it is still taken.
        #expect(desk.relay("请社区调解一下 6栋1单元301和401", group: "水印桃源1群", sender: "桃源6栋").caseID != nil)
    }

    // MARK: One's own matter, asked after

    @Test func aSocialSecurityMatterAskedAfterIsLookedUp() throws {
        let r = desk.relay("社区 上个礼拜问的我爸社保转移的事 查了冇", group: "水印桃源2群", sender: "桃源2栋 江")
        #expect(r.module == "social-security")
        #expect(r.status == .created)
        #expect(try desk.case(#require(r.caseID)).category == "咨询")
    }

    @Test func aRelativesCertificationAskedAfterIsLookedUp() throws {
        let r = desk.relay("我爸的认证 驿站说帮忙查 查到冇", group: "奥园业主群", sender: "奥园3栋 周")
        #expect(r.module == "elder-certification")
        #expect(r.caseID != nil)
        #expect(r.text.contains("查认证情况"))
    }

    @Test(arguments: ["社区么时候来给我妈做认证 约了十来天了", "我爸的优待证坐公交刷不了了 帮忙查一下"])
    func aBookedVisitOrACardThatStoppedWorkingIsLookedUp(_ line: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园3栋 周")
        #expect(r.module == "elder-certification")
        #expect(r.caseID != nil)
    }

    @Test(arguments: ["能不能请社区给我妈装个扶手 她一个人住 3栋1单元201", "我婆婆说上回登记的探访 到现在冇人来 汉口道6号3栋1单元201"])
    func careToFitOrThatNeverCameIsACareRequest(_ line: String) throws {
        let r = desk.relay(line, group: "汉口道6号邻里群", sender: "汉口道 刘")
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }

    // MARK: Questions and wishes

    @Test(arguments: [("想办个居住证明 伢上学要用", "派出所"), ("社区今天上班吗 想来盖个章", "值班"),
                      ("快递柜满了放不进去 么样搞", "客服电话"), ("我们这边过年能放鞭炮啵", "公安机关"), ("社区今年送不送春联", "通知为准"),
                      ("物业费今年涨了冇 多少一平", "物业服务中心")])
    func anOfficeWishOrHoursAreAnswered(_ line: String, _ answer: String) throws {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源6栋")
        #expect(r.status == .answered)
        #expect(r.text.contains(answer))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aLiveReportOfFireworksIsNoQuestionAboutThem() throws {
        let r = desk.relay("有人在楼下放鞭炮 8栋和9栋中间 炸得车子都在叫", group: "奥园业主群", sender: "奥园8栋")
        #expect(r.status != .answered)
    }

    @Test func aVerbSaidTwiceAsks() {
        #expect(QuestionForm.asks("乒乓球室礼拜天开不开门"))
        #expect(QuestionForm.asks("你们收不收旧衣服"))
        #expect(!QuestionForm.asks("他说先把门修好 赔不赔再说"))
        let r = desk.relay("乒乓球室礼拜天开不开门", group: "水印桃源2群", sender: "球迷老胡")
        #expect(r.module == "pingpong")
        #expect(r.status == .answered)
    }

    @Test func aWishToGetSomethingDone() {
        #expect(QuestionForm.wants("想开个居住证明"))
        #expect(QuestionForm.wants("我要办个居住证"))
        #expect(!QuestionForm.wants("社区医院 带医保卡就行"))
    }

    // MARK: Words that name their service

    @Test func aFaultBesideAGrumbleIsARepair() throws {
        let r = desk.relay("9栋1单元电梯又坏了 一个月坏三回 我要投诉", group: "奥园业主群", sender: "奥园9栋")
        #expect(r.module == "repairs")
        #expect(r.caseID != nil)
    }

    @Test func aBlockedFireLaneIsAReportNotARepair() {
        let r = desk.say("奥园4栋消防通道停了三台车 车都开不过去")
        #expect(r.module == "appeals")
        #expect(r.caseID != nil)
    }

    @Test func renewingTheClubFeeIsAFee() {
        #expect(desk.desk.routeLabel("我想续费 下午去球室交") == "pingpong-payment")
    }

    @Test func staffShorthandNamesTheCertificationService() {
        #expect(desk.desk.routeLabel("奥园 陈桂香 现场认证 已拍照 身份证原件看了") == "cert-record")
        #expect(desk.desk.routeLabel("4栋刘爹爹 家属来说要注销 死亡证明带来了") == "elder-leave")
    }

    @Test func howToThawAFrozenMeterIsAnswered() throws {
        let r = desk.relay("水表冻了 么样化开啊", group: "汉口道6号邻里群", sender: "汉口道 刘")
        #expect(r.module == "repairs")
        #expect(r.status == .answered)
        #expect(r.text.contains("不要用开水"))
        // A pipe frozen with no water is still a report, and `老化开裂` asks nothing about thawing.
        #expect(desk.relay("厨房水管冻住了 冇得水 3栋1单元201", group: "汉口道6号邻里群", sender: "汉口道 王").caseID != nil)
        #expect(desk.desk.routeLabel("9栋1单元1203燃气软管老化开裂 要燃气公司来换") != "repair-info")
    }

    @Test func aPensionLateWithoutCertificationIsSocialSecurity() {
        #expect(desk.desk.routeLabel("一个爹爹 说元月的养老金冇到 往年15号就到了").hasPrefix("ss-"))
    }

    @Test func aWeakFallbackOpensNothing() throws {
        let r = desk.relay("要到哪个派出所", group: "顺驰泊林业主群", sender: "泊林8栋")
        #expect(r.caseID == nil)
        #expect(try desk.cases().isEmpty)
    }

    // MARK: Danger, present or over

    @Test(arguments: [("菜地那边有个爹爹摔在沟里 腿上流了好多血 村湾3组", "120"), ("球室门口一个婆婆突然倒了 脸色发白 喊不应", "120"),
                      ("5栋楼道里一股液化气的味道 好冲", "燃气公司"), ("隔壁婆婆在屋里烧炭取暖 门窗关着 她说头晕", "打开门窗")])
    func dangerInMoreWordsComesFirst(_ line: String, _ number: String) {
        let r = desk.relay(line, group: "水印桃源1群", sender: "桃源5栋")
        #expect(r.text.hasPrefix("【"))
        #expect(r.text.contains(number))
    }

    @Test(arguments: ["医院说是一氧化碳中毒 还好发现得早 谢谢大家关心", "上去看了是有人在阳台熏腊肉 邻居以为着火了"])
    func dangerToldAfterwardsIsNoEmergency(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "桃源2栋")
        #expect(!r.text.contains("紧急"))
        #expect(try desk.cases().allSatisfy { !$0.urgent })
    }
}

/// `desk route --group`: how a line posted in a group is read.
@Suite("desk route --group")
struct RouteInAGroupTests {
    @Test func aGroupLineIsReadAsAResidentsPost() throws {
        let counter = try DeskProcess.run(["route", "顺驰 8-1-302 暖气不热"])
        #expect(counter.status == 0)
        let group = try DeskProcess.run(["route", "--group", "顺驰泊林业主群", "各位邻居", "谁家的狗天天叫"])
        #expect(group.status == 0)
        #expect(group.stdout.contains("邻居之间的话"))
        let unknown = try DeskProcess.run(["route", "--group", "没有这个群", "电梯坏了"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("不认识的微信群「没有这个群」"))
    }
}
