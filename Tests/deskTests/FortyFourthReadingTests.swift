@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-fourth round's reading, from the forty-third corpus's misses and lines written for the forty-fourth's
/// angles (health and care, the group's own order and forwarded news, work and money at the year's end): dangers in
/// staff's words and their look-alikes, sign-ups that are not the park's, questions sent to other offices, wages held
/// back, an elder low in spirits, lines typed a word at a time, scams, a forward asked about, and a question asked on.
@Suite("Understanding: dangers and look-alikes, sign-ups, other offices, wages, low spirits, spaced words, scams, forwards, questions asked on")
struct FortyFourthReadingTests {
    /// A collapse and a wandering elder told in staff's words are dangers even with help already called; a parcel gone
    /// astray, children not home for a holiday, a group asked about a call, a knife told of days after, a laugh, a share
    /// price and a mending fracture are not.
    @Test func dangersInStaffsWordsAndTheirLookAlikes() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "12月2日 活动室一位老人下棋时倒地无意识 志愿者在按压 已打120")?.id == "medical")
        #expect(guide.emergency(in: "泊林8栋邹婆婆 认知障碍 下午散步到现在未归 家里报了警")?.id == "missing")
        #expect(guide.emergency(in: "我那个快递又走丢了 物流三天不动") == nil)
        #expect(guide.emergency(in: "独居的谭爹爹 元旦儿女都冇回 电话里说膝盖疼") == nil)
        #expect(guide.emergency(in: "群里有冇人接到那种快递理赔的 要加个群 我姑妈差点信了") == nil)
        #expect(guide.emergency(in: "上回拿刀吓人的那个租客 已经搬走了") == nil)
        #expect(guide.emergency(in: "救命 腊肉灌了二十斤 吃到明年😂") == nil)
        #expect(guide.emergency(in: "我的股票又着火了 全是绿的") == nil)
        #expect(guide.emergency(in: "回访了 蔡婆婆手腕骨折恢复得蛮好 能拿筷子了") == nil)
    }

    /// A line that names no one gives the model's alarm no one to help; one that names a person does.
    @Test func theModelsAlarmNeedsSomeone() {
        #expect(PeopleNamed.noOne(in: CharacterPresence("降温了 出门穿厚点的外套")))
        #expect(!PeopleNamed.noOne(in: CharacterPresence("有个穿灰棉袄的爹爹往河边走")))
        #expect(!PeopleNamed.noOne(in: CharacterPresence("我在车库 出不去了")))
        #expect(!PeopleNamed.noOne(in: CharacterPresence("宝宝吃米糊呛住了 脸都紫了")))
    }

    /// With no activity of the park open, a sign-up for another gathering is left to its organiser, asked where to
    /// sign up is told where gatherings are announced, and a sign-up for the park's own work is still kept.
    @Test func signUpsThatAreNotTheParks() throws {
        let desk = try TestDesk(modules: deskModules)
        let other = desk.relay("元旦茶话会 我们两口子都报名", group: "奥园业主群", sender: "奥园 老甘")
        #expect(other.status == .ignored)
        #expect(other.caseID == nil)
        let asked = desk.relay("年底那个联欢会在哪里报名啊", group: "水印桃源1群", sender: "桃源 小柏")
        #expect(asked.status == .answered)
        #expect(asked.caseID == nil)
        #expect(asked.text.contains("群里的通知"))
        let park = desk.relay("周六口袋公园扫落叶 我报名", group: "水印桃源2群", sender: "桃源 老乔")
        #expect(park.module == "park-upkeep")
        #expect(park.caseID != nil)
        let counter = desk.say("今天有8个人报名冬至包饺子")
        #expect(counter.caseID == nil)
    }

    /// Questions for other offices: subsistence aid asked how to apply (not a person described as on it), joining
    /// the group, the elders' check-up, work looked for, a child from elsewhere to start school here, keeping warm safely.
    @Test func questionsForOtherOffices() throws {
        let desk = try TestDesk(modules: deskModules)
        let aid = desk.relay("我一个人带两个伢 低保么样申请", group: "李家墩村湾群", sender: "村湾 秋姐")
        #expect(aid.text.contains("低保、特困"))
        #expect(aid.caseID == nil)
        #expect(desk.desk.offices.office(for: "他是低保户 腿脚不方便") == nil)
        let join = desk.relay("刚搬来的 想进群要找哪个", group: "汉口道6号邻里群", sender: "汉口道 小骆")
        #expect(join.text.contains("微信群"))
        let checkUp = desk.relay("老年人免费体检今年还搞不搞", group: "顺驰泊林业主群", sender: "泊林 苗婆婆")
        #expect(checkUp.text.contains("卫生服务中心"))
        let work = desk.relay("四十多了 想找份工作 社区有冇门路", group: "奥园业主群", sender: "奥园 阿雯")
        #expect(work.text.contains("招聘"))
        let school = desk.relay("我们从孝感过来打工 伢在这边读书要什么条件", group: "水印桃源2群", sender: "桃源 小甄")
        #expect(school.text.contains("入学"))
        let warm = desk.relay("小太阳放在床边 开着睡安不安全", group: "奥园业主群", sender: "奥园 阿雯")
        #expect(warm.text.contains("一氧化碳报警器"))
        #expect(warm.caseID == nil)
    }

    /// Wages held back, said plainly, are a 求助 for the community; an elder low in spirits, told by the family, is a
    /// care request.
    @Test func wagesHeldBackAndAnElderLowInSpirits() throws {
        let desk = try TestDesk(modules: deskModules)
        let wages = desk.relay("干了半年 工资冇发 老板电话也不接了", group: "李家墩村湾群", sender: "村湾 小聂")
        #expect(wages.module == "appeals")
        #expect(wages.caseID != nil)
        let low = desk.relay("我爸最近老说活着冇得意思 我在深圳一时走不开 想请人去看看他 泊林5栋", group: "顺驰泊林业主群",
                             sender: "泊林 小卢")
        #expect(low.module == "care-visits")
        #expect(low.caseID != nil)
    }

    /// A line typed a short word at a time is read joined; one whose words are spaced as usual is not.
    @Test func aLineTypedAWordAtATime() throws {
        #expect(SpacedCharacters.joined("我 老伴 的 医保卡 找不到 了 么样 补") == "我老伴的医保卡找不到了么样补")
        #expect(SpacedCharacters.joined("3栋 电梯 坏了") == "3栋 电梯 坏了")
        #expect(SpacedCharacters.joined("楼下 那家 装修 周末 还在 打钻 12栋") == "楼下那家装修周末还在打钻 12栋")
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.relay("我 的 身份证 掉了 么样 补办 要 带 什么", group: "奥园业主群", sender: "奥园 汤爹爹")
        #expect(reply.status == .answered)
        #expect(reply.text.contains("派出所"))
    }

    /// A thing found and handed in is neighbours' lost and found; dogs let loose and a nuisance told with its building
    /// are complaints.
    @Test func foundThingsStraysAndANuisanceByItsBuilding() throws {
        #expect(LostProperty.posted(CharacterPresence("南门捡了一副老花镜 我交到驿站了")))
        let desk = try TestDesk(modules: deskModules)
        let found = desk.relay("超市门口地上有一串车钥匙 不晓得哪个的 交给门卫了", group: "奥园业主群", sender: "奥园 小伍")
        #expect(found.status == .ignored)
        #expect(found.caseID == nil)
        let strays = desk.relay("西门那几条野狗天天追人 伢都不敢走那边", group: "顺驰泊林业主群", sender: "泊林 阿岚")
        #expect(strays.module == "appeals")
        #expect(strays.caseID != nil)
        #expect(Router.namesABuilding("15栋那家又在楼道烧纸"))
        #expect(!Router.namesABuilding("栋梁之材"))
    }

    /// Someone the scam already caught gets the warning and a 求助 case, however the model reads the line.
    @Test func someoneTheScamCaught() throws {
        let desk = try TestDesk(modules: deskModules)
        let caught = desk.relay("那个链接叫我输银行卡 我输了 现在怎么办", group: "李家墩村湾群", sender: "村湾 桂婶")
        #expect(caught.text.contains("96110"))
        #expect(caught.module == "appeals")
        #expect(caught.caseID != nil)
    }

    /// A forward asked about in the sender's next line gets the answer on where true news comes from; a short
    /// question that names nothing of its own, after an answer, asks on about the matter answered.
    @Test func aForwardAskedAboutAndAQuestionAskedOn() throws {
        let desk = try TestDesk(modules: deskModules)
        let forward = desk.relay("[转发] 下月起小区电动车一律不准进单元 发现就拖走", group: "奥园业主群", sender: "奥园 小葛")
        #expect(forward.status == .ignored)
        let asked = desk.relay("这条消息靠谱吗", group: "奥园业主群", sender: "奥园 小葛")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("官方发布"))
        let other = desk.relay("这条消息靠谱吗", group: "汉口道6号邻里群", sender: "汉口道 老钟")
        #expect(!other.text.contains("官方发布"))

        let question = desk.relay("灵活就业的医保明年在哪里交", group: "水印桃源1群", sender: "桃源 阿彭")
        #expect(question.module == "social-security")
        #expect(question.status == .answered)
        let on = desk.relay("手机上能交吗", group: "水印桃源1群", sender: "桃源 阿彭")
        #expect(on.module == "social-security")
        #expect(on.status == .answered)
    }
}
