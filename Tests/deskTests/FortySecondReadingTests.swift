@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The forty-second round's reading, from the forty-first corpus's misses and lines written for the forty-second's
/// angles: dangers said in new words and their look-alikes, a mediation arranged at the counter, help offered for a
/// named elder, volunteering asked about, a lamp by a door, a closed case not done, staff complained of, an animal
/// hurt, and a person asked for.
@Suite("Understanding: new danger words, mediation arranged, help for a named elder, volunteering, a lamp by a door, a closed case not done, staff complained of, an animal hurt, a person asked for")
struct FortySecondReadingTests {
    /// A shock, a car in flood water, a child not home, someone followed: each is the danger it is; a sigh, a stroke long past, a fall
    /// into the water told after it and misconduct in a lift are none.
    @Test func newDangerWordsAndTheirLookAlikes() throws {
        let guide = try TestDesk(modules: deskModules).desk.emergencies
        #expect(guide.emergency(in: "她去拔电饭锅插头 被电打倒在地 手还是麻的")?.id == "medical")
        #expect(guide.emergency(in: "地库那台车里坐着个人 水都漫到车门了 他推不开门")?.id == "water")
        #expect(guide.emergency(in: "我外甥放学到这会还冇回来 三年级 平时五点就到屋")?.id == "missing")
        #expect(guide.emergency(in: "7/3 侄女9岁 放学未回家 家长已打110")?.id == "missing")
        #expect(guide.emergency(in: "救命 幸好我今天冇出门 外面的雨好大") == nil)
        #expect(guide.emergency(in: "救命啊 过个节比上班还累 腰都直不起来") == nil)
        #expect(guide.emergency(in: "老伴中风偏瘫好几年了 想请你们约个上门认证") == nil)
        #expect(guide.emergency(in: "自从上回伢落水以后 塘边就该拉个网") == nil)
        #expect(guide.emergency(in: "电梯里有人尿尿 臭得进不去") == nil)
        #expect(guide.emergency(in: "电梯卡在六楼 里面有人在拍门") != nil)
        #expect(guide.emergency(in: "放学路上有个男的一路跟着我 我不敢回家")?.id == "violence")
    }

    /// A mediation arranged, noted at the counter, is a 诉求 case; one settled is not, nor a visit booked for a repair.
    @Test func aMediationArrangedIsACase() throws {
        #expect(MediationArranged.says("1203和1303漏水赔偿 约了周四晚上议事厅 两家都答应来"))
        #expect(MediationArranged.says("租户押金的事 约9/2上午邻里调解队来"))
        #expect(!MediationArranged.says("调解了 楼上赔800 两家签字"))
        #expect(!MediationArranged.says("约了周四上门修水管"))
        let desk = try TestDesk(modules: deskModules)
        let reply = desk.say("奥园12栋1203和1303 漏水赔偿的事 约了周四晚上在议事厅当面谈")
        #expect(reply.module == "appeals")
        #expect(reply.caseID != nil)
    }

    /// Help offered for a named elder is recorded with the care it is for, with thanks; asked how to join, it is
    /// answered with where to sign up, and no case.
    @Test func helpForANamedElderIsRecorded() throws {
        let desk = try TestDesk(modules: deskModules)
        let visit = desk.relay("肖婆婆出院回来了 我下午可以去陪陪她 我就住她楼下", group: "水印桃源2群", sender: "桃源 小甘")
        #expect(visit.module == "care-visits")
        #expect(visit.caseID != nil)
        #expect(visit.text.hasPrefix("谢谢您愿意帮忙"))
        let join = desk.relay("我也想当个志愿者 陪老人聊聊天 要找哪个", group: "奥园业主群", sender: "奥园 阿岚")
        #expect(join.status == .answered)
        #expect(join.caseID == nil)
        #expect(join.text.contains("志愿者名单"))
    }

    /// Where volunteer hours are seen is answered; a lamp by a unit's door is lighting, not the door.
    @Test func volunteerHoursAndALampByADoor() throws {
        let desk = try TestDesk(modules: deskModules)
        let hours = desk.relay("我是初三的 暑假的志愿服务时长在哪看", group: "汉口道6号邻里群", sender: "汉口道 小鹏")
        #expect(hours.status == .answered)
        #expect(hours.text.contains("志愿汇"))
        let lamp = desk.relay("顺驰泊林4栋3单元门口那盏灯又不亮了 晚上看不见台阶", group: "顺驰泊林业主群", sender: "泊林 阿德")
        #expect(lamp.module == "repairs")
        let id = try #require(lamp.caseID)
        #expect(try desk.case(id).title.contains("公共照明"))
    }

    /// A resident saying their closed case is not done gets it worked on again (重办); a fix told without a
    /// complaint, or a fault with no closing claimed, says no such thing.
    @Test func aClosedCaseNotDoneIsWorkedOnAgain() throws {
        #expect(NotFixedAfterClosing.says("上面显示办结了 我家门口的灯一样不亮"))
        #expect(NotFixedAfterClosing.says("物业说修好了 厨房顶上还在滴"))
        #expect(!NotFixedAfterClosing.says("灯修好了 谢谢物业"))
        #expect(!NotFixedAfterClosing.says("楼道灯还是不亮 麻烦来看下"))
        let desk = try TestDesk(modules: deskModules)
        let report = desk.relay("汉口道6号4栋1单元楼道灯不亮了 七楼到九楼都是黑的", group: "汉口道6号邻里群", sender: "汉口道 小柏")
        let id = try #require(report.caseID)
        desk.say("办结 \(id) 换了两个灯泡")
        #expect(try desk.case(id).status == .closed)
        let again = desk.relay("上面显示办结了 我家门口的灯一样不亮", group: "汉口道6号邻里群", sender: "汉口道 小柏")
        #expect(again.caseID == id)
        #expect(again.status == .updated)
        #expect(again.text.contains("重新办理"))
        #expect(try desk.case(id).status == .reopened)
    }

    /// The community's own people complained of are a complaint, however the model reads the line — one that starts
    /// with a staff command's word included.
    @Test func staffComplainedOfIsAComplaint() throws {
        #expect(StaffConduct.complainedOf("驿站的人接电话态度差得很 问一句顶三句"))
        #expect(!StaffConduct.complainedOf("网格员今天来过了 谢谢"))
        #expect(!StaffConduct.complainedOf("驿站的人态度蛮好 帮我填了半天的表"))
        let desk = try TestDesk(modules: deskModules)
        let faked = desk.relay("回访的时候我讲了不满意 结果她记成了满意", group: "顺驰泊林业主群", sender: "泊林 老甄")
        #expect(faked.module == "appeals")
        #expect(faked.caseID != nil)
    }

    /// An animal hurt, with no person named, calls no one; a person hurt still does. Asked for a person, the desk
    /// says how to reach staff.
    @Test func anAnimalHurtAndAPersonAskedFor() throws {
        let desk = try TestDesk(modules: deskModules)
        let cat = desk.relay("湾子口的小黄狗被车撞了 躺在路边叫", group: "李家墩村湾群", sender: "村湾 春生")
        #expect(cat.status == .ignored)
        #expect(cat.caseID == nil)
        #expect(AnimalInTrouble.namesOnlyAnAnimal("路边有只猫被电动车压了 一直在叫"))
        #expect(!AnimalInTrouble.namesOnlyAnAnimal("狗把隔壁的伢咬了 腿上在流血"))
        let person = desk.relay("有没有真人在啊 我要找负责人", group: "奥园业主群", sender: "奥园 钱姐")
        #expect(person.status == .answered)
        #expect(person.text.contains("驿站"))
    }
}
