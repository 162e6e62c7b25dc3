@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// The third round of lines the desk misread in a corpus written without sight of the code: a reply to one
/// neighbour by `@name`, news that something works again read as a new report of it, help called off in an
/// emergency's thread left unanswered, a scam call that names the certification, an injury already in hospital,
/// and the counter's shorthand for a certification or a home visit of someone not on the register.
@Suite("Understanding: threads and shorthand, third round")
struct ThreadsAndShorthandTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // MARK: Replies to one neighbour

    @Test(arguments: ["@泊林9栋老太 好的婆婆 我约下时间 下个星期一上午来", "@打球的阿芳 可能是保险丝 明天我看一下",
                      "@村湾婆婆 何婆婆 是不是今年认证冇搞 我下午来你屋里看下"])
    func aReplyToOneNeighbourIsLeftAlone(_ line: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "刘网格")
        #expect(r.status == .ignored)
        #expect(r.text.isEmpty)
        #expect(try desk.cases().isEmpty)
    }

    @Test func aLineToTheGridWorkerOrToEveryoneMayBeARequest() throws {
        #expect(NeighbourTalk.repliesToANeighbour("@晨练的吴爹爹 灯的配件到了 下午就换"))
        #expect(!NeighbourTalk.repliesToANeighbour("@王网格 你们社区出面说一下撒"))
        #expect(!NeighbourTalk.repliesToANeighbour("@顺驰物业-阿杰 8栋1单元门口的路面塌了一块"))
        let r = desk.relay("@所有人 12栋2单元电梯又坏了 关了人在里面", group: "奥园业主群", sender: "奥园12栋刘姐")
        #expect(r.text.hasPrefix("【有人被困·紧急】"))
    }

    // MARK: News that it works again

    @Test(arguments: ["电梯好了 能坐了 谢谢小陈🌹", "2栋1单元楼道灯换了 亮堂了", "公园东边的灯亮了 好👍",
                      "汉口道6栋 加压泵 修好了 水压正常了", "来水了来水了", "楼上是热水器的管子漏了 物业来修好了 谢谢",
                      "26栋电梯又好了 😅", "谢谢社区 上次问的老公退休的事弄清楚了", "社保卡的事谢谢 拿到了",
                      "下水道的死老鼠清了 不臭了", "车主来挪了 道了个歉", "厨房那个接头又换了一回 这下不滴了",
                      "3栋电梯换了个主板 这个礼拜蛮稳"])
    func newsOfAFixIsNotAReport(_ line: String) {
        #expect(FixNews.says(line))
    }

    @Test(arguments: ["电梯修好了冇", "楼道灯还是不亮", "说好了的今天来修 怎么还不来", "好了两天又漏了",
                      "我想表扬一下物业的小杜 半夜来帮我们修好了水管", "是不是修好了", "单元门锁修好了 可是4楼的纸箱子还在",
                      "窨井盖 换了新的还在响", "拿到了社保局的短信 说我冇认证 么样搞",
                      "13栋旁边那个垃圾站已经三天冇得人来清了 臭得很", "不漏了两天 今天又在滴"])
    func aQuestionAFaultOrPraiseBesideItIsNotNews(_ line: String) {
        #expect(!FixNews.says(line))
    }

    @Test func newsThatWorkersLeftCallsNothingOff() {
        #expect(!Desk.callsOff("外墙修好了 吊篮撤了"))
        #expect(Desk.callsOff("我那个单子撤销吧 不用来了"))
    }

    @Test func aFixToldWhileTheDeskAsksAboutTheFaultIsNotItsAnswer() throws {
        let report = desk.relay("奥园12栋2单元 电梯又停了", group: "奥园业主群", sender: "奥园12栋刘姐")
        #expect(report.module == "repairs")
        let before = try desk.cases().count
        let r = desk.relay("电梯好了 能坐了 谢谢小陈", group: "奥园业主群", sender: "奥园12栋刘姐")
        #expect(r.text.range(of: "已受理") == nil)
        #expect(try desk.cases().count == before)
        // The park's lamp lit again is not a park report either.
        let park = desk.relay("公园东边的灯亮了 好👍", group: "水印桃源2群", sender: "晨练的吴爹爹")
        #expect(park.caseID == nil)
        #expect(park.status == .ignored)
    }

    @Test func aDangerBesideNewsOfAFixIsStillAnEmergencyWhileAQuestionWaits() throws {
        _ = desk.relay("奥园12栋2单元 电梯又停了", group: "奥园业主群", sender: "奥园12栋刘姐")
        #expect(FixNews.says("1单元电梯好了 2单元那台关了个人在里面"))
        let r = desk.relay("1单元电梯好了 2单元那台关了个人在里面", group: "奥园业主群", sender: "奥园12栋刘姐")
        #expect(r.text.hasPrefix("【有人被困·紧急】"))
    }

    @Test func aFireOverThatAsksSomeoneToComeIsKept() throws {
        let r = desk.say("水印2栋1单元302厨房失火 已扑灭 无人员受伤 请网格员上门看看")
        #expect(r.caseID != nil)
        #expect(r.module == "appeals")
    }

    // MARK: Help called off in an emergency's thread

    @Test func helpCalledOffInAnEmergencysThreadIsAnswered() throws {
        let alarm = desk.relay("快来人 隔壁张婆婆在院子里摔倒了 起不来 李家墩村湾5组18号", group: "李家墩村湾群", sender: "村湾老谢")
        let id = try #require(alarm.caseID)
        let r = desk.relay("打了 救护车到了 她儿子也赶回来了 社区不用来人了", group: "李家墩村湾群", sender: "村湾老谢")
        #expect(r.module == nil)
        #expect(r.text.contains(id))
        #expect(try desk.events(id).contains { $0.note?.contains("不用来人") == true })
        // A neighbour's word from the scene stays a silent note.
        let remark = desk.relay("打120了冇 莫乱搬她 等医生来", group: "李家墩村湾群", sender: "二丫")
        #expect(remark.text.isEmpty)
    }

    // MARK: Notices under a heading of their own

    @Test func aClubsBracketedNoticeIsNotARequestButAResidentsBracketedPleaIs() throws {
        let notice = desk.relay("【乒乓球友会】本月会费请还冇交的球友尽快交 年费120 半年70 月费15 微信转给老杨", group: "水印桃源2群", sender: "老杨")
        #expect(notice.status == .ignored)
        #expect(try desk.cases().isEmpty)
        let club = desk.relay("乒乓球友会通知：本周六下午2点在乒乓球室举行会员友谊赛，欢迎会员报名", group: "水印桃源1群", sender: "乒乓老周")
        #expect(club.status == .ignored)
        #expect(try desk.cases().isEmpty)
        #expect(!Router.bracketedHeading("【求助】3栋2单元厨房漏水 水流到楼下了 麻烦来看一下"))
        #expect(!Router.bracketedHeading("【寻人】我家爹爹早上出门到现在冇回来 穿灰色夹克"))
    }

    // MARK: A service of one place

    @Test func aStreetLampElsewhereIsNotTheParks() throws {
        let lamp = desk.relay("村湾3组那边的路灯坏了一个星期了 晚上黑的", group: "李家墩村湾群", sender: "村湾阿强")
        #expect(lamp.module == "repairs")
        let park = desk.relay("口袋公园东边的路灯坏了 晚上黑的", group: "水印桃源2群", sender: "晨练的吴爹爹")
        #expect(park.module == "park-upkeep")
        #expect(desk.desk.router.isElsewhere("奥园的 8栋前面那个小广场 单杠松了", than: ["公园"]))
        #expect(!desk.desk.router.isElsewhere("水印桃源口袋公园的秋千断了", than: ["公园"]))
    }

    @Test func anotherCompoundsGroundsAreNotThePocketParks() throws {
        // 奥园 has fitness equipment of its own; 顺驰's garden is not the park in 水印桃源.
        let equipment = desk.relay("20栋那个健身器材 漫步机脚踏板掉了一块 小区广场那里的", group: "奥园业主群", sender: "20栋 老韩")
        #expect(equipment.module == "repairs")
        let mess = desk.relay("楼下那个小花园里好多狗屎 伢在那里玩一脚踩上去了 能不能管一下遛狗的", group: "顺驰泊林业主群", sender: "晨晨妈")
        #expect(mess.module == "appeals", "the park out of the running, the complaint is what the model thought next")
        #expect(mess.caseID != nil)
        let named = desk.relay("水印桃源口袋公园的秋千链子断了", group: "奥园业主群", sender: "奥园的张姐")
        #expect(named.module == "park-upkeep")
        let home = desk.relay("口袋公园的扭腰器转不动了", group: "水印桃源2群", sender: "晨练的吴爹爹")
        #expect(home.module == "park-upkeep")
    }

    // MARK: Another office's topic asked of the group

    @Test func anotherOfficesTopicAskedOfTheGroupGetsWhereToGo() throws {
        let r = desk.relay("有冇得人晓得附近哪里可以办居住证啊 我老公户口不在武汉", group: "水印桃源2群", sender: "梅子")
        #expect(r.status == .answered)
        #expect(r.text.hasPrefix("居住证"))
        // A question to the group about anything else is still theirs.
        #expect(desk.relay("有冇得人晓得附近哪里配钥匙", group: "水印桃源2群", sender: "梅子").status == .ignored)
    }

    // MARK: Scam calls

    @Test(arguments: ["我妈说社区有人打电话说她的养老金要重新认证 要她报银行卡号 是不是你们打的",
                      "刚才就有个人来敲门说是社区的 要收两百块钱办补贴 我冇开门 是不是骗子"])
    func aSuspiciousCallGetsTheAntiFraudAnswer(_ line: String) throws {
        let r = desk.relay(line, group: "水印桃源2群", sender: "梅子")
        #expect(r.module == nil)
        #expect(r.status == .answered)
        #expect(r.text.contains("96110"))
        #expect(try desk.cases().isEmpty)
    }

    // MARK: Danger that is not there now

    @Test(arguments: ["张婆婆在医院 医生说是髋骨骨折 要住一段时间 谢谢大家关心", "我找不到阀门在哪里 手也冇得劲 伢们都不在身边"])
    func anInjuryInHospitalOrAValveNotFoundIsNoEmergency(_ line: String) {
        let r = desk.relay(line, group: "李家墩村湾群", sender: "村湾婆婆")
        #expect(!r.text.hasPrefix("【"))
    }

    @Test func aFallAtTheHospitalDoorIsStillAnEmergency() {
        let r = desk.relay("我妈在医院门口摔倒了 起不来", group: "李家墩村湾群", sender: "村湾阿强")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】"))
    }

    // MARK: The counter's shorthand for certifications

    @Test(arguments: [("王秀英 认证 现场 ok 奥园9-3-402", "王秀英"), ("认证 郑国华 上门 完成 刘网格 今天上午", "郑国华"),
                      ("水印6-2-501 曹婆婆 上门认证 做了 王网格 人脸 过了", "曹婆婆")])
    func aCertificationToldInShorthandIsKeptOnACase(_ line: String, _ name: String) throws {
        let r = desk.say(line)
        #expect(r.module == "elder-certification")
        let id = try #require(r.caseID)
        #expect(r.text.contains("名册中没有\(name)"))
        #expect(try desk.cases().first { $0.id == id }?.title.contains(name) == true)
    }

    @Test func aHomeVisitBookedForSomeoneNotOnTheRegisterIsACase() throws {
        let r = desk.say("上门认证 周爹爹 泊林3-2-801 卧床 下周二上午")
        #expect(r.module == "elder-certification")
        let id = try #require(r.caseID)
        let record = try #require(try desk.cases().first { $0.id == id })
        #expect(record.title.contains("周爹爹"))
        #expect(record.deadline != nil)
        #expect(r.text.contains("老人登记 周爹爹"))
    }

    @Test func aPointerToThePlaceWhileTheKindIsAskedGoesOnTheReport() throws {
        let report = desk.relay("奥园广场那个拉伸器 把手掉了 钢丝头露出来了", group: "奥园业主群", sender: "12栋小胡")
        let id = try #require(report.caseID)
        let pointer = desk.relay("就是广场东边挨着篮球场的那台", group: "奥园业主群", sender: "12栋小胡")
        #expect(pointer.caseID == id && pointer.text.contains("补充的情况"))
        #expect(pointer.text.contains("请问是哪一类问题"), "the question still waits")
        #expect(try desk.events(id).contains { $0.note?.contains("篮球场") == true })
    }

    @Test func aPointerToThePlaceAnswersWhichParkAsset() throws {
        #expect(desk.relay("口袋公园新种的花被狗踩烂了 好几棵", group: "水印桃源1群", sender: "桃源3栋小罗").status == .ask)
        let pointer = desk.relay("就在进门右手边那个圆花坛", group: "水印桃源1群", sender: "桃源3栋小罗")
        #expect(pointer.module == "park-upkeep" && pointer.status == .created)
    }
}
