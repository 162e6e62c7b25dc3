@testable import DeskKit
import Foundation
import DeskTesting
import Testing
@testable import desk

/// The fifty-sixth round's reading, from the fifty-fifth corpus's misses (loneliness and memory loss, drills and notices
/// that sound like emergencies, money between people, and its emergencies).
@Suite("Understanding: the fifty-sixth round")
struct FiftySixthReadingTests {
    private static let group = "李家墩村湾群"

    /// Dangers told in words the guide did not know: boiling water spilt over a child, pills taken by someone who bade
    /// the neighbours not look for him, someone fallen into a pit calling from below.
    @Test(arguments: ["隔壁伢把开水壶拉倒了 开水泼到他肚子上 皮都起了泡", "对门的爷爷发语音说药都吃了 叫我们莫找他",
                      "他说他吞了安眠药 门叫不开", "修路的坑没围 一个骑车的一下掉下去了 在底下喊救命",
                      "楼下那个坑 有个老人掉到坑里了 腿动不了"])
    func dangersToldInOtherWordsAreDangers(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: line) != nil)
        let reply = desk.relay(line, group: Self.group, sender: "春妹")
        #expect(reply.text.hasPrefix("【"))
        #expect(try desk.cases().contains { $0.urgent })
    }

    /// Near words that are no danger: boiling water spilt on the floor, poison asked about as a chance, a son who has
    /// not been home for a year, told at a certification visit, a search for keys called off.
    @Test(arguments: ["水壶倒了 开水泼在地上了 还好冇烫到人", "明天楼道喷药 我家猫会不会中毒",
                      "上门认证 婆婆说儿子一年冇回 聊了一个小时", "叫大家莫找了 钥匙在门口鞋柜上"])
    func theirNeighboursAreNoDanger(_ line: String) throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: line) == nil)
    }

    /// A line that denies it is a drill is an alarm even when it names the drill just over; a line about the drill that
    /// denies nothing is no danger, even read for one over (as a follow-up on an open emergency is).
    @Test func aDrillDeniedIsAnAlarmAndADrillIsNone() throws {
        let desk = try TestDesk(modules: deskModules)
        let real = "奥园22栋15楼厨房起火 楼道有烟 演练刚结束 不是演练 已打119"
        #expect(desk.desk.emergencies.emergency(in: real)?.id == "fire")
        let reply = desk.say(real)
        #expect(reply.text.hasPrefix("【火情"))
        let drill = "演练搞得跟真的一样 楼道里有人喊着火了"
        #expect(desk.desk.emergencies.emergency(in: drill) == nil)
        #expect(desk.desk.emergencies.emergency(in: drill, evenIfOver: true) == nil)
    }

    /// An emergency a grid worker typed at the counter is the village group's when it was in the village: a neighbour
    /// asking after the child there is answered, without the child's health.
    @Test func askingAfterSomeoneInACounterEmergencyIsAnswered() throws {
        let desk = try TestDesk(modules: deskModules)
        let alarm = desk.say("村湾14号 3岁的伢被开水烫伤 胸口起泡 已打120 我在赶过去")
        #expect(alarm.text.hasPrefix("【"))
        let asked = desk.relay("那个伢好点了冇", group: Self.group, sender: "春妹")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("谢谢关心"))
        #expect(asked.text.contains("群里不说个人的病情"))
        // Another compound's group had no emergency: nothing to answer there.
        let elsewhere = desk.relay("那个伢好点了冇", group: "奥园业主群", sender: "小鹿")
        #expect(!elsewhere.text.contains("谢谢关心"))
    }

    /// A notice staff record giving out for planned work is a notice at the counter too: nothing opened. Not when a fault
    /// is found beside it, nor a notice still to be given while something is arranged meanwhile.
    @Test func aNoticeGivenOutForPlannedWorkOpensNothing() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(PlannedWorkNotice.says(CharacterPresence("泊林6栋水箱清洗 周五停水3小时 已张贴通知")))
        #expect(!PlannedWorkNotice.says(CharacterPresence("奥园9栋电梯年检 停梯半天 已贴通知 年检查出门关不拢 坏了")))
        #expect(!PlannedWorkNotice.says(CharacterPresence("物业说下周停梯一天 要提前通知 三户老人要人送菜上楼")))
        let reply = desk.say("11月3日周五 泊林6栋水箱清洗 周五上午停水3小时 已张贴通知")
        #expect(reply.status == .ignored)
        #expect(try desk.cases().isEmpty)
    }

    /// A fright owned before `原来` takes back the alarm with no pause at all; `原来` with no fright before it, or a danger
    /// after it, does not.
    @Test func aFrightOwnedBeforeTheTruthTakesTheAlarmBack() throws {
        let desk = try TestDesk(modules: deskModules)
        let line = "井边有人喊救命 吓我一跳 原来是伢们在玩游戏"
        #expect(AlarmTakenBack.afterThePause(line) != nil)
        let reply = desk.relay(line, group: Self.group, sender: "春妹")
        #expect(!reply.text.hasPrefix("【"))
        #expect(try desk.cases().isEmpty)
        #expect(AlarmTakenBack.afterThePause("伢哭得脸都紫了 原来是饿了") == nil)
        let kept = desk.relay("楼道里好大的烟 吓死我了 原来是3楼着火了 快来人", group: Self.group, sender: "春妹")
        #expect(kept.text.hasPrefix("【"))
    }

    /// Two people sick and dizzy at once, crying for help, is a danger (`都在吐 … 人发晕 快来人`).
    @Test func sickAndDizzyTogetherIsADanger() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "隔壁两口子都在吐 头发晕 快来人")?.id == "medical")
    }

    /// At the counter, a note of care work arranged beside an office's name is the care team's record, not a question
    /// for the office; the office's question is still answered.
    @Test func aCareNoteBesideAnOfficeIsTheCareTeams() throws {
        let desk = try TestDesk(modules: deskModules)
        let note = desk.say("汉口道3栋 独居的屈爹爹 最近情绪低 排银发队隔天上门 联系家庭医生")
        #expect(note.module == "care-visits")
        #expect(note.status == .created)
        let asked = desk.say("家庭医生在哪里签约")
        #expect(asked.status == .answered)
        #expect(asked.text.contains("家庭医生"))
    }
}
