@testable import DeskKit
import DeskTesting
import Foundation
import Testing
@testable import desk

/// Lines a tester wrote as staff and residents would, without sight of the code, that the desk misread: the
/// place and phone number in a line deciding its meaning, dialect words for danger, a neighbour's own request
/// taken into an emergency's thread, a `1` taken for an echo, a side question dropping a waiting request.
@Suite("Understanding: how people write, second round")
struct ReadingPeopleTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    // MARK: Places and numbers say where, not what

    @Test(arguments: ["顺驰 8-1-302 暖气不热", "汉口道6号 5栋2单元2601 停电了"])
    func staffShorthandWithAnAddressIsARepairNotANotice(_ line: String) {
        let r = desk.say(line)
        #expect(r.module == "repairs")
        #expect(r.status != .ignored)
    }

    @Test func thePinyinHomophoneOfTheRepairVerbIsARepair() {
        #expect(desk.relay("我要保修", group: "奥园业主群", sender: "2-2-1402").module == "repairs")
    }

    @Test func aRepairWithAPhoneNumberIsNotAnAd() {
        let r = desk.relay("我要报修 6栋3单元502 空调不制冷 联系电话13800138002", group: "奥园业主群", sender: "罗爹爹")
        #expect(r.module == "repairs")
        #expect(r.caseID != nil)
    }

    @Test func theModelReadsNeitherPhonesNorDoorNumbers() {
        let reading = RoutingText()
        #expect(!reading.content("电话13800138002").contains { $0.isNumber })
        #expect(!reading.content("8-1-302 漏水").contains { $0.isNumber })
        #expect(!reading.content("电话：027-85551234").contains { $0.isNumber })
        // What carries meaning stays: a room, a birth date, an age, a hotline, an echo.
        #expect(reading.content("5栋2单元502 漏水") == "5栋2单元502 漏水")
        #expect(reading.content("我19710606出生 60岁").contains("19710606"))
        #expect(reading.content("已经打了120").contains("120"))
        #expect(reading.content("+1") == "+1")
    }

    // MARK: Danger in everyday and Wuhan words

    @Test(arguments: [
        ("6栋楼下的电瓶车燃起来了 火蛮大", "火情", "119"),
        ("我屋里老头子在厕所跶了一跤 爬不起来 水印桃源3栋1单元201", "有人受伤或急病", "120"),
        ("我婆婆突然不说话了 叫她也不答应 奥园3栋2单元1101", "有人受伤或急病", "120"),
        ("楼道里有股臭鸡蛋味 好冲 顺驰泊林5栋1单元", "燃气泄漏", "燃气公司"),
        ("家里的燃气报警器一直在响 顺驰泊林8栋1单元302", "燃气泄漏", "燃气公司"),
        ("电梯里头关倒个人 汉口道6号1栋", "有人被困", "96333"),
        ("电梯停在半中间了里头有个老人家在喊 汉口道6号2栋", "有人被困", "96333"),
        ("有个伢在小区池塘边上玩 掉下去了", "有人落水", "110"),
        ("楼道里好大一股煤汽味 顺驰泊林6栋2单元", "燃气泄漏", "燃气公司"),
        ("我孙女放学到现在还冇回来 电话也打不通", "有人走失", "110"),
        ("有个伢在小区水池里 掉下去了 喷泉那个池子 快来人", "有人落水", "120"),
        ("闻到一股烧焦的塑料味 好像是从10栋1单元配电井里出来的 有烟", "火情", "119"),
        ("我屋老伴坐在椅子上叫不应 奥园5栋1单元302", "有人受伤或急病", "120"),
        ("装空调的师傅从梯子上摔下来了 躺在地上不动了 汉口道6号3栋", "有人受伤或急病", "120"),
        ("我屋伢刚才还在广场上玩 转个背就不见了 穿个红衣服", "有人走失", "110"),
    ])
    func dangerInEverydayWordsComesFirst(_ line: String, _ kind: String, _ number: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "邻居")
        #expect(r.text.hasPrefix("【\(kind)·紧急】"))
        #expect(r.text.contains(number))
        #expect(try desk.case(try #require(r.caseID)).urgent)
    }

    @Test func anEmergencyAtTheCounterIsNeverHeldUpByAnAddressOutsideTheLayout() throws {
        let r = desk.say("奥园 30栋 1单元 2201 煤气味 住户在楼下不敢进屋")
        #expect(r.text.hasPrefix("【燃气泄漏·紧急】"))
        let record = try desk.case(try #require(r.caseID))
        #expect(record.urgent && record.address?.contains("地址待核实") == true)
        #expect(desk.say("报修 奥园 30栋 1单元 2201 厨房漏水").status != .created, "without danger the layout is still checked")
    }

    @Test(arguments: ["我儿子还没回来吃饭", "手机掉水里了 还能修吗", "3栋的落水管破了 一直滴水", "我家车胎漏气了",
                      "5栋1单元电梯按钮坏了 按8楼冇得反应", "我爸骨折住院了 这个月的认证么样做",
                      "我屋爹爹戴上防走失手环了 上面有我电话 谢谢社区", "爹爹走丢那回派出所说要办个手环 社区有冇得发",
                      "8栋楼下天天有人乱丢烟头", "锅里的饭烧焦了 哈哈",
                      "大堂地板滑得很 刚才有个爹爹差点滑倒 请物业拖一下", "草都干了 烟头丢进去要着火的 建议装个监控",
                      "过年我孙子冇回来 今年的认证还冇做 社区能不能上门"])
    func lookAlikesAreNotEmergencies(_ line: String) {
        #expect(!desk.relay(line, group: "水印桃源1群", sender: "邻居").text.contains("紧急"))
    }

    @Test func aSlipperyHallIsARepairForThePropertyCompanyNotAnEmergency() {
        let r = desk.relay("大堂地板滑得很 刚才有个爹爹差点滑倒 请物业拖一下", group: "水印桃源2群", sender: "邻居")
        #expect(r.module == "repairs" && r.caseID != nil)
        #expect(!r.text.contains("紧急"))
    }

    @Test func aDangerNamedOnlyToDenyItOpensNothing() throws {
        let r = desk.relay("没有着火 是楼下有人在烧纸钱 烟大了点", group: "水印桃源2群", sender: "邻居")
        #expect(r.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    @Test func someoneTrappedAfterALiftReportRaisesThatReport() throws {
        let group = "汉口道6号邻里群"
        let lift = desk.relay("3栋2单元电梯又坏了 停在12楼不动", group: group, sender: "钱师傅")
        let id = try #require(lift.caseID)
        desk.clock.advance(hours: 0.1)
        let trapped = desk.relay("我孙子在电梯里面 出不来了 快点", group: group, sender: "孙阿姨")
        #expect(trapped.caseID == id)
        #expect(trapped.text.hasPrefix("【有人被困·紧急】"))
        #expect(try desk.case(id).urgent)
        #expect(try desk.cases().count == 1)
    }

    @Test func theSafetyReplyIsPostedBeforeRoutineAnswers() throws {
        let group = "水印桃源1群"
        let fire = desk.relay("2栋1单元着火了 好大的烟", group: group, sender: "急")
        let id = try #require(fire.caseID)
        try desk.desk.store.write { db in
            let outbox = Outbox(db: db, now: desk.clock.now)
            for i in 0..<3 { try outbox.post(group: group, text: "开放时间：每天 8:30–11:30（\(i)）") }
            try outbox.post(group: group, text: fire.text, caseID: id)
        }
        let pending = try desk.read { try Outbox(db: $0, now: desk.clock.now).pending(group: group) }
        #expect(pending.first?.caseID == id)
        #expect(pending.count == 4)
        // Paging by id keeps plain order, so a page never skips a message.
        let paged = try desk.read { try Outbox(db: $0, now: desk.clock.now).pending(group: group, after: 1) }
        let ids = paged.compactMap { $0.id }
        #expect(ids == ids.sorted())
    }

    // MARK: A neighbour's own request is not part of an emergency

    @Test func aNeighboursOwnRepairDuringAnEmergencyIsItsOwnCase() throws {
        let group = "汉口道6号邻里群"
        let fall = desk.relay("3栋门口有个婆婆摔倒了 流了好多血", group: group, sender: "小彭")
        desk.clock.advance(hours: 0.15)
        let leak = desk.relay("我屋里厨房水龙头漏水 5栋2单元1202", group: group, sender: "邱先生")
        #expect(leak.module == "repairs")
        #expect(leak.caseID != nil && leak.caseID != fall.caseID)
    }

    // MARK: Answers in a group

    @Test func oneIsAnAnswerToANumberedQuestionNotAnEcho() throws {
        let group = "水印桃源1群"
        let asked = desk.relay("口袋公园那个路灯坏了好几天了", group: group, sender: "郑爹爹")
        try #require(asked.status == .ask && asked.text.contains("1. "))
        let answered = desk.relay("1", group: group, sender: "郑爹爹")
        #expect(answered.status != .ignored)
    }

    @Test func aSideQuestionIsAnsweredAndTheWaitingRequestKept() throws {
        let group = "顺驰泊林业主群"
        let asked = desk.relay("我婆婆今年的老年认证还没做 她85了 腿脚不方便 能上门吗", group: group, sender: "韩女士")
        try #require(asked.status == .ask)
        let side = desk.relay("顺便问一下 乒乓球室每天几点开门啊", group: group, sender: "韩女士")
        #expect(side.status == .answered)
        #expect(side.text.contains("还差一项"))
        #expect(!side.text.contains("已先放下"))
        let name = desk.relay("陈秀英", group: group, sender: "韩女士")
        #expect(name.caseID == asked.caseID)
    }
}

@Suite("Search by a whole phone number")
struct PhoneSearchTests {
    @Test func aWholeNumberFindsTheCaseWhereItWasWrittenDown() throws {
        let desk = try TestDesk(modules: deskModules)
        let id = try #require(desk.say("报修 水印桃源3-2-502 厨房漏水").caseID)
        _ = desk.say("备注 \(id) 王阿姨说马桶也堵了 电话13512345678")
        let found = desk.say("搜索 13512345678")
        #expect(found.text.contains(id))
        #expect(!found.text.contains("13512345678"))
    }
}

@Suite("A case number inside a sentence")
struct CaseNumberInASentenceTests {
    @Test func askingAfterACaseByItsNumberShowsItsStatus() throws {
        let desk = try TestDesk(modules: deskModules)
        let group = "水印桃源1群"
        let id = try #require(desk.relay("3栋2单元的楼道灯坏了 晚上黑漆漆的", group: group, sender: "周婆婆").caseID)
        let r = desk.relay("我报的那个单子\(id)怎么样了", group: group, sender: "周婆婆")
        #expect(r.text.contains(id))
        #expect(r.text.contains("受理") || r.text.contains("派单"))
        #expect(try desk.cases().count == 1)
    }
}

/// An emergency a module may take goes to the module whose own words the line uses, whatever the model leans to:
/// someone shut in a lift is the lift's repair (the lift company's number first), gas in a flat is the flat's.
@Suite("Understanding: an emergency goes where its words point")
struct EmergencyByWordsTests {
    @Test func someoneHeardInsideALiftIsALiftRepair() throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay("电梯里面好像有人 我听到有人在里面拍门 喊也冇人应", group: "奥园业主群", sender: "26-1-502 小王")
        #expect(r.module == "repairs")
        #expect(r.text.hasPrefix("【有人被困·紧急】"))
        let id = try #require(r.caseID)
        #expect(try desk.case(id).urgent)
    }

    @Test func gasSmeltByAnElderAloneIsARepairNotAVisit() throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay("我在外地出差 家里老母亲一个人 她说厨房有一股煤气味 她不敢开火", group: "奥园业主群", sender: "6-2-1402 小刘")
        #expect(r.module == "repairs")
        #expect(r.text.hasPrefix("【燃气泄漏·紧急】"))
    }
}

/// A complaint, a suggestion or praise asked for in so many words is recorded, however much of the line is talk.
@Suite("Understanding: an appeal said outright")
struct AppealSaidOutrightTests {
    @Test(arguments: [("我说句话 今年冬天小区里比往年好多了 保安巡逻也勤了 表扬一下物业", "表扬"),
                      ("师傅人蛮好 就是派单太慢了 提个意见 要等就先说一声", "建议"),
                      ("强烈要求物业把楼栋地下室的杂物清一遍 不然还要出事", "投诉")])
    func isRecorded(_ line: String, _ kind: String) throws {
        let desk = try TestDesk(modules: deskModules)
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林 老陈")
        let id = try #require(r.caseID)
        #expect(r.module == "appeals")
        #expect(try desk.case(id).title.hasPrefix(kind))
    }
}
