@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The thirty-third round's reading, from the thirty-second corpus's misses: winter dangers told in words not listed
/// before — a child through the ice, an elder gone out and not back, a fall on ice, a socket arcing where water has
/// reached it —, a call a day asked for an elder left alone, the meal service's complaints and changes, 回访 written with
/// the resident's name, questions staff list by number before answering them one by one, and an office named after a
/// service's word.
@Suite("Understanding: winter dangers, care asked, 回访 by name, listed questions, offices")
struct ThirtyThirdReadingTests {
    /// A child through the ice of the pocket park's lake is someone in the water: the safety words first and an urgent
    /// case, in a group and at the counter.
    @Test func aChildThroughTheIceIsAnEmergency() throws {
        let group = try TestDesk(modules: deskModules).relay("湖上的冰裂开了 一个男伢掉进冰窟窿 只看到头 快来人", group: "水印桃源2群", sender: "桃9栋老郝")
        #expect(group.text.hasPrefix("【有人落水"))
        #expect(group.caseID != nil)
        let counter = try TestDesk(modules: deskModules).say("1/8 15:20 口袋公园 两个伢在冰上跑 踩破冰掉下去一个 已打120")
        #expect(counter.text.hasPrefix("【有人落水"))
        #expect(counter.caseID != nil)
    }

    /// An elder gone out and not back, said short (`出去就冇回`, `出门未回`), with a sign they may be lost, is a missing
    /// person: the safety words and the number to call before anything else.
    @Test func anElderGoneOutAndNotBackIsMissing() throws {
        let group = try TestDesk(modules: deskModules).relay("我屋里老头子早上出去就冇回 有点糊涂 手机也冇带 哪个看到了说一声", group: "李家墩村湾群", sender: "四组汪嫂")
        #expect(group.text.hasPrefix("【有人走失"))
        let counter = try TestDesk(modules: deskModules).say("1/9 19:10 桃7栋 甘爹爹 82岁 老年痴呆 中午出门未回 已报110 儿子在找")
        #expect(counter.text.hasPrefix("【有人走失"))
        #expect(counter.caseID != nil)
    }

    /// A fall on ice that left someone unable to get up is an injury, even with help already called at the counter; a
    /// fall only feared is a request about the steps, not an emergency.
    @Test func aSlipOnIceThatLeftSomeoneDownIsAnEmergency() throws {
        let fall = try TestDesk(modules: deskModules).say("1/6 7:30 汉5栋门口坡道结冰 一个婆婆滑倒了 坐在地上起不来 已打120 我守着")
        #expect(fall.text.hasPrefix("【有人受伤或急病"))
        #expect(fall.caseID != nil)
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "台阶上都是冰 怕老人滑倒 能不能撒点盐") == nil)
        #expect(desk.desk.emergencies.emergency(in: "早上差点滑倒 还好扶住了栏杆") == nil)
    }

    /// A socket or meter box arcing where water has reached it is the electric danger: a repair's urgent case, the
    /// safety words first.
    @Test func aSocketArcingInWaterIsAnElectricDanger() throws {
        let reply = try TestDesk(modules: deskModules).relay("地下室进水了 墙上那个插座在打火 噼啪响", group: "顺驰泊林业主群", sender: "泊3栋小岳")
        #expect(reply.text.hasPrefix("【电箱打火发烫"))
        #expect(reply.module == "repairs")
    }

    /// A call a day asked for an elder left alone over the holiday is a care request, at the counter and in a group.
    @Test func aCallADayIsACareRequest() throws {
        let counter = try TestDesk(modules: deskModules).say("1/15 三组柏婆婆 儿子春节不回来 她一个人 申请每天一个电话")
        #expect(counter.module == "care-visits")
        #expect(counter.caseID != nil)
        let group = try TestDesk(modules: deskModules).relay("社区能不能安排每天有人打个电话给我妈 她一个人住11栋", group: "水印桃源1群", sender: "桃11栋小甘")
        #expect(group.module == "care-visits")
        #expect(group.caseID != nil)
    }

    /// 回访 written with the resident's name and the thing, no place (`12/27 周五 回访 滕大爷的水表 他说 … 满意`): the case
    /// the resident reported — in the group under another form of address (`滕爹爹`) — found by name and words; a
    /// case still open gets the call noted, a closed one the rating. A name with nothing of theirs, or no name and no
    /// place, is an error that changes nothing.
    @Test func aFollowUpFindsTheCaseByTheResidentsName() throws {
        let desk = try TestDesk(modules: deskModules)
        let meter = desk.relay("我们12栋1单元的水表冻住了 一早上冇得水", group: "顺驰泊林业主群", sender: "滕爹爹")
        let id = try #require(meter.caseID)
        let lift = desk.relay("12栋1单元电梯门关不严 一直嘀嘀响", group: "顺驰泊林业主群", sender: "滕爹爹")
        #expect(lift.caseID != nil && lift.caseID != id)

        let early = desk.say("1/6 周二 回访 滕大爷的水表 他说“水是有了 还冇换表”")
        #expect(early.caseID == id)
        #expect(early.text.contains("还没有办结"))

        #expect(desk.say("办结 \(id) 换了新水表 包了保温棉").caseID == id)
        let rated = desk.say("1/9 回访 滕大爷的水表 他说“包了棉花 再冇冻过 满意”")
        #expect(rated.caseID == id)
        let record = try desk.desk.store.read { db in try CaseRecord.fetchOne(db, key: id) }
        #expect(record?.status == .followedUp)
        #expect(record?.rating == 4)

        let stranger = desk.say("回访 仇婆婆的水表 满意")
        #expect(stranger.error?.code == "missing-case-id")
        #expect(stranger.text.contains("居民和事由"))
        let liftID = try #require(lift.caseID)
        #expect(try desk.desk.store.read { db in try CaseRecord.fetchOne(db, key: liftID) }?.status != .followedUp)
    }

    /// Staff coming back at the counter to a resident's earlier matter (`上次那个武婆婆的楼道灯 …`) add to that case
    /// — a closed one says how to take it up again —; a resident with no case, or a line that does not refer back, is
    /// read as before.
    @Test func staffComingBackToAResidentsMatterAddToTheirCase() throws {
        let desk = try TestDesk(modules: deskModules)
        let light = desk.relay("我们7栋2单元楼道灯不亮 晚上摸黑", group: "水印桃源1群", sender: "武婆婆")
        let id = try #require(light.caseID)
        let back = desk.say("1/7 上次那个武奶奶的楼道灯 是7栋1单元不是2单元 已跟物业说了")
        #expect(back.caseID == id)
        #expect(back.status == .updated)
        #expect(desk.say("办结 \(id) 换了灯泡").caseID == id)
        let again = desk.say("1/20 上次那个武婆婆的楼道灯 又不亮了 三楼那盏")
        #expect(again.caseID == id)
        #expect(again.text.contains("重办 \(id)"))
        let nobody = desk.say("上次那个仇爹爹的楼道灯 又不亮了")
        #expect(nobody.caseID != id)
    }

    /// Questions staff list by number for people who came together (`来了三个人问医保：① … ② … ③ …`) are a note, not three
    /// requests; each answer written after (`第①个 已告知 …`) is the service's answer given at the counter, read with the
    /// question it answers; a line for one of them that asks for more (`第③个 … 帮他约人社窗口查一下`) is a matter of
    /// its own. A list with something to arrange in it is read as before.
    @Test func questionsListedByNumberAreAnsweredOneByOne() throws {
        let desk = try TestDesk(modules: deskModules)
        let listed = desk.say("1/12 来了三个人问医保：①孙子在外省读大学的要不要在这边交 ②刚出生的伢怎么交 ③退休了还交不交")
        #expect(listed.status == .ignored)
        #expect(listed.caseID == nil)
        let first = desk.say("1/12 第①个 已告知在学校交就行 这边不用交")
        #expect(first.status == .answered)
        #expect(first.module == "social-security")
        let second = desk.say("1/12 第②个 已告知先上户口再交")
        #expect(second.status == .answered)
        #expect(second.module == "social-security")
        let third = desk.say("1/12 第③个 甄爹爹 退休了单位还在扣医保 帮他约人社窗口查一下")
        #expect(third.status != .ignored)
        #expect(third.module == "social-security")

        let arranged = try TestDesk(modules: deskModules).say("1/13 来了两个人：①奥3栋的问优待证几时能办 ②奥5-1-302 滕婆婆送来高龄津贴材料 齐了 要代办")
        #expect(arranged.status != .ignored)
    }

    /// The meal service's complaints and changes told plainly — the meal come cold, a smaller portion, one of the day's
    /// two meals not wanted — are care requests, in a group and at the counter.
    @Test func theMealServicesComplaintsAndChangesAreCare() throws {
        let cold = try TestDesk(modules: deskModules).relay("我爸说这几天的饭送到的时候是凉的 他胃不好", group: "奥园业主群", sender: "奥9栋小符")
        #expect(cold.module == "care-visits")
        #expect(cold.caseID != nil)
        let smaller = try TestDesk(modules: deskModules).say("1/14 泊8-2-601 戚婆婆 助餐 饭太多了 要小份的")
        #expect(smaller.module == "care-visits")
        #expect(smaller.caseID != nil)
        let lunchOnly = try TestDesk(modules: deskModules).relay("我妈说晚饭不用送了 中午的照常 谢谢", group: "水印桃源1群", sender: "桃6栋小戚")
        #expect(lunchOnly.module == "care-visits")
        #expect(lunchOnly.caseID != nil)
    }

    /// A service's word that begins an office's name (`社保所视频确认`) does not call that service: staff recording a
    /// certification confirmed by the office is the certification's record.
    @Test func anOfficesNameDoesNotCallTheService() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(Router.namesAnOffice(after: "社保".utf8.count, in: "社保所视频确认"))
        #expect(!Router.namesAnOffice(after: "社保".utf8.count, in: "社保咨询 医保怎么交"))
        let record = desk.say("1/10 三组龚爹爹 上门认证 人脸识别不过 改现场核验 社保所视频确认 2031年度完成")
        #expect(record.module == "elder-certification")
    }
}
