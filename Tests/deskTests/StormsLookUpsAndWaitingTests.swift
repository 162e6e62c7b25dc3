@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The twelfth round's reading: a storm's dangers (someone struck by a falling tree, cut off by flood water) are
/// emergencies and news that the person was taken away is not a new one; questions about the after-school class
/// and the festival handouts are answered where to look, advice to ask someone else is not a question; a request
/// to look into one person's social-security file is a case for staff; the reporter's word that the trouble goes
/// on, said while the desk asks about the report, goes on its case; who pays for a repair is answered, and a
/// caller pretending to be the social-security office is answered as a suspicious call.
@Suite("Understanding: storms, look-ups and waiting questions")
struct StormsLookUpsAndWaitingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test func someoneStruckByAFallenTreeIsAnEmergency() throws {
        let r = desk.relay("刚才一阵大风 7栋和8栋中间那棵大杨树倒了 砸到一个过路的人 腿被压住了", group: "水印桃源2群", sender: "7栋毛毛")
        #expect(r.text.hasPrefix("【有人受伤或急病·紧急】") && r.text.contains("120"))
        #expect(try desk.case(#require(r.caseID)).urgent)
        // A near miss is a fault to repair, not an injury.
        let nearMiss = desk.relay("外墙瓷砖掉了一块下来 就在5栋门口 差点砸到一个骑车的", group: "汉口道6号邻里群", sender: "老宋")
        #expect(!nearMiss.text.contains("紧急") && nearMiss.module == "repairs")
    }

    @Test func someoneCutOffByFloodWaterIsAnEmergency() throws {
        let r = desk.relay("有个婆婆在B区电梯口那里 水到膝盖了 她出不来", group: "奥园业主群", sender: "19栋曹姐")
        #expect(r.text.hasPrefix("【有人呼救·紧急】"))
        // A car that cannot get out is not a person.
        #expect(desk.desk.emergencies.emergency(in: "地库进水了 车出不来 物业快来开泵") == nil)
    }

    @Test(arguments: ["人醒了 120拉走了 说是心脏的毛病", "医生说是中暑 已经醒了 120拉去医院挂水了", "婆婆上来了 冇受伤 谢谢保安小哥"])
    func newsThatThePersonIsSafeIsNotANewEmergency(_ line: String) throws {
        #expect(desk.desk.emergencies.isOver(line) && desk.desk.emergencies.emergency(in: line) == nil)
        let alarm = desk.relay("乒乓球室今天有个老哥打着打着倒下去了 脸发白 冇得反应 快来人", group: "水印桃源2群", sender: "6栋庞叔")
        let news = desk.relay(line, group: "水印桃源2群", sender: "6栋庞叔")
        // Said by the one who raised the alarm: answered, so the group hears the desk has it (a neighbour's is silent).
        let id = try #require(alarm.caseID)
        #expect(news.caseID == id && news.status == .answered && news.text.contains(id))
        #expect(try desk.cases().count == 1)
        #expect(try desk.events(#require(alarm.caseID)).contains { $0.note?.contains(line) == true })
    }

    @Test(arguments: [("四点半课堂要交钱啵 几年级能上", "四点半课堂"), ("端午社区发粽子是在哪里领 要带么东西", "节日活动和发放")])
    func theAfterSchoolClassAndTheHandoutsAreAnsweredWhereToLook(_ line: String, _ topic: String) throws {
        let r = desk.relay(line, group: "奥园业主群", sender: "奥园9栋小严")
        #expect(r.status == .answered && r.module == nil && r.text.hasPrefix(topic + "："))
        #expect(try desk.cases().isEmpty)
    }

    @Test func adviceToAskSomeoneElseIsNotAQuestion() {
        #expect(!QuestionForm.asks("你问下后湖那边的社区医院"))
        #expect(!QuestionForm.asks("寒假社区有四点半课堂 可以问下"))
        #expect(QuestionForm.asks("问一下 四点半课堂在哪里上课"))
        let r = desk.relay("你问下后湖那边的社区医院", group: "顺驰泊林业主群", sender: "泊林小周")
        #expect(r.status == .ignored && r.text.isEmpty)
    }

    @Test(arguments: ["奥园的退休工人蔺师傅来问 他的养老金调整了冇 叫社区帮他查一下调整后的金额",
                      "我爸中暑那次住了三天院 医保报了好多 社区能不能帮我看一下报销对不对"])
    func aLookIntoOnePersonsFileIsACaseForStaff(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.module == "social-security" && r.status == .created && r.text.contains("登记咨询工单"))
    }

    @Test func theReportersWordThatItGoesOnGoesOnTheCaseWhileTheQuestionWaits() throws {
        let report = desk.relay("26栋2单元的供水这两天一到晚上就冇得水 18楼彻底断流 物业查一下加压泵", group: "奥园业主群", sender: "26栋裴哥")
        #expect(report.module == "repairs" && report.status == .ask)
        let id = try #require(report.caseID)
        let more = desk.relay("今晚又冇水 娃娃洗不了澡 已经第三天了", group: "奥园业主群", sender: "26栋裴哥")
        #expect(more.caseID == id && more.text.hasPrefix("已把您补充的情况记到工单 \(id)。"))
        #expect(more.text.contains("请问是哪一类问题"))
        #expect(try desk.events(id).contains { $0.note?.contains("今晚又冇水") == true })
        #expect(try desk.cases().count == 1)
    }

    @Test(arguments: [("顶楼的屋面维修基金能用啵 还是要我一家出", "住宅专项维修资金"), ("顶楼漏水是物业修还是我们自己出钱啊", "公共部位由物业维修")])
    func whoPaysForARepairIsAnswered(_ line: String, _ answer: String) throws {
        let r = desk.relay(line, group: "顺驰泊林业主群", sender: "泊林12栋老万")
        #expect(r.module == "repairs" && r.status == .answered && r.text.contains(answer))
        #expect(try desk.cases().isEmpty)
    }

    @Test func aCallerPretendingToBeTheOfficeIsAnsweredAsASuspiciousCall() throws {
        let r = desk.relay("刚才有个人打电话说是人社局的 要我加微信开视频帮我认证 说不认证下个月就停发 是真的啵",
                           group: "水印桃源2群", sender: "2栋邓婆婆")
        #expect(r.status == .answered && r.text.hasPrefix("可疑的电话") && r.text.contains("96110"))
        #expect(try desk.cases().isEmpty)
    }

    @Test func theResidentsSchemeNamedIsASocialSecurityQuestionNotThePolices() throws {
        let r = desk.relay("伢上户口了 现在能交城乡居民医保了啵 在哪交", group: "顺驰泊林业主群", sender: "泊林小周")
        #expect(r.module == "social-security" && r.status == .answered && r.text.contains("城乡居民医保"))
    }

    @Test func whereItIsAndWhenSomeoneIsHomeGoOnTheReportJustMade() throws {
        let report = desk.relay("5栋1单元1101 今天家里跳闸三回了 空调一开就跳 电工能来看一下啵", group: "顺驰泊林业主群", sender: "5栋老黄")
        let id = try #require(report.caseID)
        let when = desk.relay("下午两点以后都在屋里", group: "顺驰泊林业主群", sender: "5栋老黄")
        #expect(when.caseID == id && when.text == "已把您补充的情况记到工单 \(id)。")
        let park = desk.relay("口袋公园的地面被太阳晒了一天 地胶都起泡了 伢们跑步绊了一跤", group: "水印桃源1群", sender: "2栋喻姐")
        let place = desk.relay("就在滑梯下面那块", group: "水印桃源1群", sender: "2栋喻姐")
        #expect(place.caseID == park.caseID && place.module == "park-upkeep")
        #expect(try desk.cases().count == 2)
    }
}
