@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-ninth round's reading, from the forty-eighth corpus's misses and lines written for the forty-ninth's
/// angles (sales talks aimed at elders; couriers, riders and parcels; meals for elders and making homes safe).
@Suite("Understanding: the forty-ninth round")
struct FortyNinthReadingTests {
    /// What a resident reported, written down at the counter in the words of a notice (`…反映…：录入，转…`), is a
    /// matter to deal with: a case. A report told back (`肖叔反映的…我跟物业去看了`) is not a new one.
    @Test func aReportRecordedAtTheCounterOpensACase() throws {
        let desk = try TestDesk(modules: deskModules)
        let pond = desk.say("7月2日周六 村湾四伢反映村口鱼塘边冇围栏、暑假小孩去玩水：录入，转村湾联系塘主插警示牌拉网")
        #expect(pond.module == "appeals")
        #expect(pond.caseID != nil)
        #expect(ResidentReported.says("阿秀第二次反映夜里施工：转区住建和城管", CharacterPresence("阿秀第二次反映夜里施工：转区住建和城管")))
        #expect(!ResidentReported.says("肖叔反映的消防通道停车 我跟物业去看了", CharacterPresence("肖叔反映的消防通道停车 我跟物业去看了")))
        #expect(!ResidentReported.says("反映一下 群里的通知", CharacterPresence("反映一下 群里的通知")))
        // …even when an office's words are in it: the office is not asked, the matter was entered.
        let fee = try TestDesk(modules: deskModules)
            .say("7月5日周二 苗姐等人反映物业贴出调整物业费的通知、没有开业主大会：录入，约物业和业委会说明依据")
        #expect(fee.module == "appeals")
        #expect(fee.caseID != nil)
    }

    /// Dangers the earlier words missed: a leg crushed under a fallen wall, a fruit knife held at staff, someone
    /// knocked down by a car and lying still, many wasp stings, a thermos's scald. Not: a leg gone numb, a full stomach, a dog hit by a car.
    @Test func moreDangersAreRecognised() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "9栋楼顶女儿墙一截塌落砸中车棚，一名收废品的老人腿被压")?.id == "medical")
        #expect(guide.emergency(in: "物业办公室有个喝醉的业主拿水果刀威胁工作人员")?.id == "violence")
        #expect(guide.emergency(in: "有个业主喝醉了 拿了把水果刀 说不退钱就捅人")?.id == "violence")
        #expect(guide.emergency(in: "东门口一个送外卖的被车撞了 躺在地上不动")?.id == "medical")
        #expect(guide.emergency(in: "一个爹爹被马蜂蛰了十几下 人都站不稳了")?.id == "medical")
        #expect(guide.emergency(in: "我把开水瓶打翻了 腿上烫起好大的泡")?.id == "scald")
        #expect(guide.emergency(in: "坐久了腿被压麻了") == nil)
        #expect(guide.emergency(in: "今天月饼吃多了 撑得喘不上气") == nil)
        #expect(guide.emergency(in: "湾子口的小黄狗被车撞了 躺在地上不动") == nil)
    }

    /// A sales talk aimed at elders asked about (`会销买的理疗仪能退吗`) is answered with where to complain (12315) and
    /// the warning; the community asked to act on the sellers is a 诉求 case. A parcel to pay for that nobody ordered
    /// is warned against as a scam. `真的假的` asks.
    @Test func salesTalksAndUnorderedParcels() throws {
        let refund = try TestDesk(modules: deskModules)
            .relay("我妈在楼下会销买的理疗仪能退吗 三千多", group: "奥园业主群", sender: "奥园 小娟")
        #expect(refund.status == .answered)
        #expect(refund.text.contains("12315"))
        let plea = try TestDesk(modules: deskModules)
            .relay("门口那个店天天叫老人去听课 卖的药几千块 社区能不能管一下", group: "李家墩村湾群", sender: "村湾 春桃")
        #expect(plea.module == "appeals")
        #expect(plea.caseID != nil)
        let parcel = try TestDesk(modules: deskModules)
            .relay("收到一个到付的包裹 我冇买东西 要不要签", group: "奥园业主群", sender: "奥园 阿珍")
        #expect(parcel.status == .answered)
        #expect(parcel.text.contains("96110"))
        #expect(QuestionForm.asks("免费体检领鸡蛋 真的假的"))
    }

    /// A meal or a visit arranged that did not come (`送餐的今天冇来`) is a care case for the worker to chase at once, not
    /// talk and not a new application.
    @Test func aMissedMealIsChasedAsCare() throws {
        let missed = try TestDesk(modules: deskModules)
            .relay("送餐的今天冇来 我爸到现在还冇吃饭", group: "顺驰泊林业主群", sender: "泊林 阿梅")
        #expect(missed.module == "care-visits")
        #expect(missed.caseID != nil)
        #expect(missed.text.contains("马上联系"))
        let asked = try TestDesk(modules: deskModules)
            .relay("村湾有冇送饭的服务 老人没来过驿站", group: "李家墩村湾群", sender: "村湾 春桃")
        #expect(!asked.text.contains("马上联系"))
    }

    /// The canteen's hours and the meal card, and making an elder's home safe, are answered by care with what was asked
    /// (not the general answer on how care visits work).
    @Test func canteenAndHomeAdaptationQuestionsAnswered() throws {
        let hours = try TestDesk(modules: deskModules)
            .relay("社区食堂几点开饭 一份多少钱", group: "奥园业主群", sender: "奥园 阿珍")
        #expect(hours.module == "care-visits")
        #expect(hours.text.contains("长者食堂"))
        let card = try TestDesk(modules: deskModules).relay("助餐卡在哪里充值", group: "汉口道6号邻里群", sender: "汉口道 老田")
        #expect(card.status == .answered)
        #expect(card.text.contains("助餐卡在驿站"))
        let adaptation = try TestDesk(modules: deskModules)
            .relay("适老化改造怎么申请 要什么条件", group: "水印桃源1群", sender: "桃源 小邓")
        #expect(adaptation.module == "care-visits")
        #expect(adaptation.text.contains("上门评估"))
    }

    /// A resident's question written down at the counter with the answer after a colon (`老葛问物业合同到期：物业退出要
    /// 提前公告…`) was answered there and then; a colon that opens the question itself (`张姐问：…怎么算`) was not.
    @Test func aQuestionAnsweredAfterAColonAtTheCounter() throws {
        let answered = try TestDesk(modules: deskModules)
            .say("7月2日周六 泊林老葛问物业合同到期：物业退出要提前公告、做交接，交接前照常服务；新物业怎么选由业主大会定")
        #expect(answered.status == .answered)
        #expect(answered.caseID == nil)
        #expect(answered.text.contains("当场答复"))
        #expect(!AnsweredAtTheCounter.says("张姐问：她1972年5月出生的 退休年龄怎么算"))
    }
}
