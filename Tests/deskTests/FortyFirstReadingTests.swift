@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-first round's reading, from the fortieth corpus's misses and a price question found at the prompt: what
/// something costs or who pays, answered by the module of the thing asked about; the year's holidays and a newcomer's
/// registration asked; a rule passed round and asked about, which is no alarm; a stuck lamp; help offered; a swimmer gone under, and a sigh or a pet in the heat that are no emergency; a line typed a character at a time.
@Suite("Understanding: prices asked, holidays and newcomers, a rule passed round, help offered, summer's dangers, spaced typing")
struct FortyFirstReadingTests {
    /// A question about a price goes to the module whose thing it names, and is answered there without a case.
    @Test func aPriceIsAnsweredByTheModuleOfTheThingAskedAbout() throws {
        let desk = try TestDesk(modules: deskModules)
        let meal = desk.relay("社区长者食堂中午那餐收几多钱", group: "奥园业主群", sender: "奥园 老蒋")
        #expect(meal.module == "care-visits")
        #expect(meal.status == .answered)
        #expect(meal.caseID == nil)
        #expect(meal.text.contains("公示"))
        let lamp = desk.relay("单元门口的声控灯换新的 住户要出钱吗", group: "顺驰泊林业主群", sender: "泊林 小汤")
        #expect(lamp.module == "repairs")
        #expect(lamp.status == .answered)
        #expect(lamp.caseID == nil)
        #expect(lamp.text.contains("公共部位"))
        let park = desk.relay("口袋公园那边的漫步机 用一次收不收费", group: "水印桃源1群", sender: "桃源 英子")
        #expect(park.module == "park-upkeep")
        #expect(park.text.contains("免费"))
        let certification = desk.relay("上门认证收不收钱啊 我妈腿脚不好", group: "汉口道6号邻里群", sender: "汉口道 阿斌")
        #expect(certification.module == "elder-certification")
        #expect(certification.status == .answered)
        #expect(certification.text.hasPrefix("认证不收任何费用"))
        #expect(certification.text.contains("96110"))
    }

    /// A price asked beside a request, disputed, or paid is no question about a price.
    @Test func aRequestOrARefundIsNoPriceQuestion() throws {
        #expect(CostQuestion.asks("长者食堂一份饭好多钱"))
        #expect(!CostQuestion.asks("厕所堵死了 能不能派个师傅来通 要几多钱"))
        #expect(!CostQuestion.asks("会费多收了我五十 能退吗"))
        #expect(!CostQuestion.asks("两个项目都报 一共多少钱 我微信转给你"))
        #expect(!CostQuestion.asks("交了一百二 开了收据"))
        let request = try TestDesk(modules: deskModules)
            .relay("顺驰泊林6栋1单元302 厕所堵死了 能不能派个师傅来通 要几多钱", group: "顺驰泊林业主群", sender: "泊林 小汤")
        #expect(request.module == "repairs")
        #expect(request.caseID != nil)
    }

    /// The year's holidays and where a newcomer registers are pointed to where they are decided and done.
    @Test func holidaysAndANewcomersRegistrationAreAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let holiday = desk.relay("端午节今年放几天假啊 要不要补班", group: "水印桃源2群", sender: "桃源 小岳")
        #expect(holiday.status == .answered)
        #expect(holiday.text.contains("国务院办公厅"))
        let newcomer = desk.relay("我们上个月才租到这边 请问要去哪里登记", group: "汉口道6号邻里群", sender: "汉口道 小葛")
        #expect(newcomer.status == .answered)
        #expect(newcomer.text.contains("居住登记"))
        #expect(newcomer.caseID == nil)
    }

    /// A rule passed round and asked about sounds no alarm, whatever danger its words name; a fire told is one.
    @Test func aRulePassedRoundIsNoAlarm() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(ForwardedMessage.asksIfARuleIsTrue("转的那个说阳台上烧纸着火了要罚款 是不是真的"))
        #expect(desk.desk.emergency(in: "转的那个说阳台上烧纸着火了要罚款 是不是真的", decision: .unknown(guesses: [])) == nil)
        let asked = desk.relay("转的那个说阳台上烧纸着火了要罚款 是不是真的", group: "李家墩村湾群", sender: "村湾 周二哥")
        #expect(!asked.text.contains("紧急"))
        let fire = desk.relay("五组晒谷场旁边的柴堆着火了 快来人", group: "李家墩村湾群", sender: "村湾 周二哥")
        #expect(fire.text.contains("紧急"))
        #expect(fire.caseID != nil)
    }

    /// A lamp that stays on is a fault to report, not news that it was mended.
    @Test func aLampThatStaysOnIsAFault() {
        #expect(!FixNews.says("车库入口的灯白天也亮 开了一个多礼拜"))
        #expect(!FixNews.says("4栋楼梯的感应灯亮了两天两夜 关不掉"))
        #expect(FixNews.says("4栋楼梯的感应灯亮了 谢谢物业"))
    }

    /// Help offered to the community is thanked and pointed to where volunteers sign up — not taken for the request
    /// its things name; a neighbour lending to a neighbour is left to them, and a sign-up by its verb is the sign-up's.
    @Test func helpOfferedIsThankedNotTakenForARequest() throws {
        let desk = try TestDesk(modules: deskModules)
        let fan = desk.relay("屋里多出一台落地扇 想捐给社区里怕热的老人", group: "顺驰泊林业主群", sender: "泊林 老祁")
        #expect(fan.status == .answered)
        #expect(fan.caseID == nil)
        #expect(fan.text.contains("志愿者名单"))
        let time = desk.relay("我刚退休 每个礼拜可以去陪陪一个人住的老人 找哪个报名", group: "顺驰泊林业主群", sender: "泊林 老祁")
        #expect(time.status == .answered)
        #expect(time.caseID == nil)
        let lending = desk.relay("我屋里有把折叠梯 哪个要借的话说一声", group: "顺驰泊林业主群", sender: "泊林 老祁")
        #expect(lending.status == .ignored)
        #expect(!OfferOfHelp.offers("你家的空调我可以帮你看一下"))
    }

    /// A swimmer not come up is someone in the water; a sigh at the heat and a pet in it call no one.
    @Test func summersDangersAndTheirLookAlikes() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "水库那边有人下去游泳 半天冇冒头 岸上衣服还在")?.id == "water")
        #expect(guide.emergency(in: "三个伢在塘里游泳 一个冇上来") != nil)
        #expect(guide.emergency(in: "今天三十八度 热死了救命") == nil)
        #expect(guide.emergency(in: "我屋里的狗狗好像中暑了 一直趴着") == nil)
        #expect(guide.emergency(in: "对门婆婆中暑了 躺在地上叫不应") != nil)
    }

    /// A line typed a character at a time is read as the words it spells; a line spaced as usual is left alone.
    @Test func aLineTypedACharacterAtATimeIsRead() throws {
        #expect(SpacedCharacters.joined("单 元 门 口 的 灯 坏 了") == "单元门口的灯坏了")
        #expect(SpacedCharacters.joined("李 网格 我 家 水 管 漏 了") == "李网格我家水管漏了")
        #expect(SpacedCharacters.joined("3栋 电梯 坏了 快来人") == "3栋 电梯 坏了 快来人")
        let reply = try TestDesk(modules: deskModules).relay("我 的 饭 还 冇 来 都 一 点 了", group: "水印桃源1群", sender: "桃源 戚婆婆")
        #expect(reply.module == "care-visits")
        #expect(reply.caseID != nil)
    }
}
