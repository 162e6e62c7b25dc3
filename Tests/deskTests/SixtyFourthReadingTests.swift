@testable import DeskKit
import Foundation
import DeskTesting
@testable import SocialSecurity
import Testing
@testable import desk

/// The sixty-fourth round's reading, from the sixty-third corpus's misses (the Spring Festival's duty, house numbers
/// and the way in, the year-end awards): dangers and their look-alikes, news from the scene, certificates the community
/// writes, social-security errands done online for a resident, and questions on the awards, the stations' and the
/// parcel shops' holiday hours.
@Suite("Understanding: the sixty-fourth round")
struct SixtyFourthReadingTests {
    let desk: TestDesk

    init() throws {
        desk = try TestDesk(modules: deskModules)
    }

    /// Dangers told in words the seed lacked, each by the kind whose advice fits it: a car rolling away with a child
    /// in it, a man under a car that came off its jack, a child hanging outside a window, a fall head first, an oxygen
    /// machine stopped by a power cut, a bag-snatcher dragging an old woman.
    @Test(arguments: [
        ("北坡上那台车手刹冇拉 自己往下溜 车里还坐着个小伢", "rolling"),
        ("他钻到车底下换机油 千斤顶一滑 车压在他胸口上了", "pinned"),
        ("7楼阳台外面吊着个小孩 两只手扒着栏杆 脚悬着", "dangling"),
        ("贴对联的老板从梯子上栽下来了 躺着不动", "medical"),
        ("一停电我公公的制氧机就停了 他喘得不行", "medical"),
        ("两个骑电动车的抢包 婆婆不松手 被拖在地上走了好远", "violence"),
    ])
    func aDangerIsToldByItsOwnKind(_ line: String, kind: String) {
        #expect(desk.desk.emergencies.emergency(in: line)?.id == kind, "\(line)")
    }

    /// A car rolling downhill gets advice for a car — keep out of its way, call 110 — before anything is asked, and an
    /// urgent case.
    @Test func aRollingCarIsToldToKeepOutOfItsWay() throws {
        let reply = desk.relay("坡上一台车在往下溜 驾驶座冇人 后座有个伢", group: "水印桃源1群", sender: "阿秋")
        #expect(reply.text.hasPrefix("【车辆溜车·紧急】"), "\(reply.text)")
        #expect(reply.text.contains("110"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    /// The same words where no one is in danger: a child leaping "as if electrocuted" at homework, a laugh that took
    /// one's breath, a phone that fell off the ladder, bedding hung outside a window, a pipe hanging there.
    @Test(arguments: ["我屋孙子一听说写作业就跟触电一样 跳起来就跑", "昨晚那个相声笑得我喘不上气",
                      "擦玻璃从梯子上摔下来了 不是我 是我的手机 屏幕碎了", "楼上的被子吊在窗户外面晒 滴我一阳台的水",
                      "楼顶的水管掉下来挂在我屋窗户外面 风一吹就敲玻璃"])
    func theSameWordsWithNoOneInDangerRaiseNoAlarm(_ line: String) {
        #expect(desk.desk.emergencies.emergency(in: line) == nil, "\(line)")
    }

    /// A neighbour at the scene telling the group the ambulance is in at the gate, or the one in danger pulled in, is
    /// noted on the emergency and answered; someone pulled out but dazed still is no such news.
    @Test func newsFromTheSceneIsNotedOnTheEmergency() throws {
        let alarm = desk.relay("5栋门口有个人倒在地上抽 喊他冇反应", group: "汉口道6号邻里群", sender: "老鲁")
        #expect(alarm.text.hasPrefix("【"), "\(alarm.text)")
        let news = desk.relay("有呼吸了 侧过来躺着 120进大门了", group: "汉口道6号邻里群", sender: "阿彬")
        #expect(news.text.contains("紧急工单"), "\(news.text)")
        #expect(news.status != .ignored, "\(news.text)")
        #expect(!desk.desk.tellsHowItEnded("打了120 人拖出来了 还是迷迷糊糊的"))
    }

    /// A certificate the community writes for one resident — two addresses that are one, a house number changed — is
    /// a 求助 case, recorded at the counter or asked for in a group; one the police or a hospital give, a question
    /// answered and a month's tally are not.
    @Test(arguments: ["3月2日周一上午 泊 4-1-602 卢姐来开地址一致证明 户口本写顺驰泊林 房产证写泊林花园 办贷款用 已开",
                      "3月3日周二下午 村湾西巷 老郜户口本还是老门牌 请社区开门牌变更证明 明天来拿"])
    func aCertificateTheCommunityWritesIsACase(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "appeals", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
        #expect(reply.text.contains("求助"), "\(line) → \(reply.text)")
    }

    @Test(arguments: [("3月4日 来电问无犯罪证明 已告知去派出所开", true, false), ("3月小结 开地址一致证明 一共12张", true, false),
                      ("能不能开个退休的证明 贷款要", false, false), ("想问下要不要开证明 伢上学", true, false),
                      ("银行说房产证和户口本不一样 要证明 我明天去驿站开", false, true)])
    func onlyTheCommunitysOwnCertificatesAreItsWork(_ line: String, staff: Bool, expected: Bool) {
        #expect(CommunityCertificate.says(line, CharacterPresence(line), staff: staff) == expected, "\(line)")
    }

    /// Social-security work done online for the resident at the counter is kept on a case, not waved off as done.
    @Test(arguments: ["泊 7-2-301 小麦来办失业登记 已帮他在网上登记 申领失业金",
                      "奥 3-1-802 老鲍爱人的异地就医备案 在平台上办好了 已跟她说清楚"])
    func socialSecurityWorkDoneOnlineIsACase(_ line: String) throws {
        let reply = desk.say(line)
        #expect(reply.module == "social-security", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
    }

    /// How the year's awards are given is answered; the club's accounts shown stay the club's question.
    @Test func howTheAwardsAreGivenIsAnswered() throws {
        let asked = desk.relay("文明家庭么样推荐啊 我想推我们楼下那家", group: "奥园业主群", sender: "小覃")
        #expect(asked.caseID == nil, "\(asked.text)")
        #expect(asked.text.contains("公示"), "\(asked.text)")
        let club = desk.relay("球室上个月的账么时候公示", group: "奥园业主群", sender: "小覃")
        #expect(!club.text.contains("评选"), "\(club.text)")
    }

    /// A station named by its number, or the parcel shop, asked about on a holiday gets its hours' answer.
    @Test(arguments: [("清明放假驿站3开不开", "驿站"), ("快递站么时候开 东西卡住好几天了", "快递")])
    func holidayHoursAreAnswered(_ line: String, word: String) throws {
        let reply = desk.relay(line, group: "顺驰泊林业主群", sender: "阿娥")
        #expect(reply.caseID == nil, "\(line) → \(reply.text)")
        #expect(reply.text.contains(word), "\(line) → \(reply.text)")
    }

    /// A neighbour put forward for the year's awards in a group, or the nominations entered at the counter, are the
    /// community's work on a 求助 case; the awards announced are news.
    @Test(arguments: [("文明家庭我想推我们楼下的龚家 三户签了字 表格交给网格员了", false),
                      ("3月9日周一上午 评先评优泊林录入 好邻居2名(5栋龚师傅 三户联名)", true)])
    func aNominationIsACase(_ line: String, staff: Bool) throws {
        let reply = staff ? desk.say(line) : desk.relay(line, group: "顺驰泊林业主群", sender: "阿霞")
        #expect(reply.module == "appeals", "\(line) → \(reply.text)")
        #expect(reply.caseID != nil, "\(line) → \(reply.text)")
        #expect(reply.text.contains("求助"), "\(line) → \(reply.text)")
        let notice = desk.say("3月2日周一上午 评先评优通知已发各群 好邻居 文明家庭 最美楼栋 推荐到3月12日")
        #expect(notice.caseID == nil, "\(notice.text)")
    }

    /// A fire reaching what stands beside it, and a burning smell from a home with someone perhaps inside, are fires;
    /// a heater that smelt of burning days ago is not.
    @Test func aBurningSmellFromAHomeIsAFire() {
        #expect(desk.desk.emergencies.emergency(in: "几个伢在草地上玩火 烧到旁边停的电动车了")?.id == "fire")
        #expect(desk.desk.emergencies.emergency(in: "3单元楼道有股焦味 像是从602屋里出来的")?.id == "fire")
        #expect(desk.desk.emergencies.emergency(in: "前天她屋里电暖器烧了一股焦味 现在冇得取暖的") == nil)
    }

    /// A neighbour asking how badly the one in an emergency is hurt is answered with the case that follows it, not
    /// with their health.
    @Test func askingHowBadlySomeoneIsHurtIsAnswered() throws {
        _ = desk.relay("东门口有个骑车的被撞倒了 倒在地上起不来", group: "奥园业主群", sender: "小鲍")
        let asked = desk.relay("撞的是哪个 伤得重不重", group: "奥园业主群", sender: "阿琼")
        #expect(asked.text.hasPrefix("谢谢关心"), "\(asked.text)")
        #expect(asked.text.contains("紧急工单"), "\(asked.text)")
    }
}
