@testable import DeskKit
import Foundation
import DeskTesting
@testable import SocialSecurity
import Testing
@testable import desk

/// The thirty-sixth round's reading, from the thirty-fifth corpus's misses: swimmers gone under, cars caught in flood
/// water, heatstroke and falls as staff log them, help still on its way, and an office window booked at the counter.
@Suite("Understanding: swimmers and cars in flood water, dangers logged at the counter, a window booked")
struct ThirtySixthReadingTests {
    /// A swimmer gone under and not come up is someone in the water: the safety words first. A paving stone sunk in a
    /// path is a fault, not a drowning.
    @Test func aSwimmerNotComeUpIsAnEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.emergency(in: "塘里有个伢在游泳 潜下去半天冇上来")?.id == "water")
        #expect(desk.desk.emergencies.emergency(in: "湖边的步道有两块砖沉下去了 下雨就积水") == nil)
        let reply = desk.relay("快来人 江滩那边两个伢下去游泳 一个冇上来", group: "李家墩村湾群", sender: "四组老胡")
        #expect(reply.module == "appeals")
        #expect(reply.text.hasPrefix("【"))
        #expect(reply.text.contains("110") || reply.text.contains("120"))
    }

    /// Someone in a car as flood water rises to its windows or roof is in the water's danger — not a lift's trapped
    /// passenger, whose safety words say to press the alarm bell.
    @Test func aCarInFloodWaterIsAWaterEmergency() throws {
        let desk = try TestDesk(modules: deskModules)
        for line in ["桥下面积水好深 一辆面包车熄火了 水到车窗了 司机还在里面",
                     "地下车库进口倒灌 一个车开下去熄火 车内被困一个老人",
                     "那个车子水淹到车顶了 人爬到车顶上在喊"] {
            #expect(desk.desk.emergencies.emergency(in: line)?.id == "water", "\(line)")
        }
        #expect(desk.desk.emergencies.emergency(in: "5栋电梯卡在12楼 有人被困在里面")?.id == "trapped")
    }

    /// Staff logging a danger they are still dealing with — heatstroke feared, a fall from a height with an open wound,
    /// help called and on its way — open an emergency case, not a record of work done.
    @Test func aDangerLoggedAtTheCounterIsAnEmergency() throws {
        for line in ["7/20 下午两点 泊林6栋602爹爹疑中暑 已打120 家里人在给他擦身子",
                     "外墙上刷漆的工人从四楼摔落到一楼的车棚上 右腿开放伤 已打120",
                     "9栋2单元楼道里一个婆婆倒在地上 喊不应 120已经在路上"] {
            let reply = try TestDesk(modules: deskModules).say(line)
            #expect(reply.module == "appeals", "\(line)")
            #expect(reply.caseID != nil)
            #expect(reply.text.hasPrefix("【"), "\(line)")
        }
        // Nothing said of help on its way is no news that a danger is over; what came of it is.
        let desk = try TestDesk(modules: deskModules)
        #expect(desk.desk.emergencies.onlyHelpOnTheWay("消防正在赶来 三楼还在冒烟"))
        #expect(!desk.desk.emergencies.onlyHelpOnTheWay("火灭了 人冇事"))
        #expect(!desk.desk.emergencies.onlyHelpOnTheWay("120已经在路上 人醒了"))
    }

    /// An office window booked by staff for the resident is an errand to see through, though the resident first asked
    /// whether they could; advice to book it oneself, answered, is not.
    @Test func aWindowBookedAtTheCounterIsAnErrand() throws {
        #expect(SocialSecurity.booksAnOffice("续交满了16年 约8/12周二上午区人社窗口办退休"))
        #expect(SocialSecurity.booksAnOffice("他来问能不能办弹性退休 跟他说可以 约窗口下周一"))
        #expect(!SocialSecurity.booksAnOffice("叫他自己约窗口 已答"))
        #expect(!SocialSecurity.booksAnOffice("让她儿子带身份证来约窗口"))
        #expect(!SocialSecurity.booksAnOffice("大约三点到窗口"))
        let reply = try TestDesk(modules: deskModules).say("8/3 邹师傅 男 1970-07 交了18年 约8/11周一上午区人社窗口办退休")
        #expect(reply.module == "social-security")
        #expect(reply.caseID != nil)
    }
}
