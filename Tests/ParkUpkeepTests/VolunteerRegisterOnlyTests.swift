import DeskKit
import DeskTesting
import Foundation
@testable import ParkUpkeep
import Testing

/// Issue #15, no private copies: a volunteer's name and phone are the resident register's only. Sign-ups, hours and
/// their corrections keep the register's id; a correction or a merge in the register shows in every park output; the
/// migration moves what an older desk wrote without losing a record or joining two people who share a phone.
@Suite("Park volunteers: names and phones only in the register")
struct VolunteerRegisterOnlyTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    func taskDone() {
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 5)!.date(hour: 12))
    }

    @Test func theRecordsKeepNoNameOrPhone() throws {
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        _ = desk.say("报名 T1 张三 13811112222")
        for table in ["parkVolunteerRecords", "parkHourCorrections"] {
            let columns = try desk.read { try $0.columns(in: table).map(\.name) }
            #expect(columns.contains("residentID") && !columns.contains("volunteer") && !columns.contains("phone"))
        }
        #expect(desk.say("名单 T1").text.contains("138****2222"))
    }

    @Test func aCorrectedNameShowsInTheRosterAndTheVolunteersRecord() throws {
        taskDone()
        _ = desk.say("工时 T1 张三 2小时")
        #expect(desk.say("居民 修改 R1 姓名 张叁").status == .updated)
        let roster = desk.say("名单 T1").text
        #expect(roster.contains("张叁") && !roster.contains("张三"))
        #expect(desk.say("志愿者 张叁").text.contains("张叁 志愿服务 1 次，共 2小时"))
        // Hours typed under the new name correct the same record.
        #expect(desk.say("工时 T1 张叁 3小时").text.contains("更正"))
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM parkVolunteerRecords") } == 1)
    }

    @Test func aMergeInTheRegisterShowsInThePark() throws {
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        #expect(desk.relay("周六除草我想报名", group: "水印桃源1群", sender: "李阿姨").status == .updated)   // R1
        _ = desk.say("居民 登记 李四 13833334444")                                                          // R2
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 5)!.date(hour: 12))
        _ = desk.say("工时 T1 李阿姨 2小时")
        #expect(desk.say("居民 合并 R2 R1").status == .updated)
        let roster = desk.say("名单 T1").text
        #expect(roster.contains("李四") && roster.contains("138****4444") && !roster.contains("李阿姨"))
        #expect(desk.say("志愿者 李四").text.contains("李四 志愿服务 1 次，共 2小时"))
        #expect(desk.say("工时 T1 李四 3小时").text.contains("更正"))
        #expect(desk.say("志愿者 R2").text.contains("更正记录"))
    }

    @Test func twoVolunteersOfOneNameAreToldApart() throws {
        taskDone()
        _ = desk.say("活动 新建 12月6日上午 捡垃圾 口袋公园 5人")
        _ = desk.say("报名 T2 王芳 13811112222")
        _ = desk.say("报名 T2 王芳 13922223333")
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 6)!.date(hour: 12))
        let r = desk.say("志愿者 王芳")
        #expect(r.error?.code == "ambiguous-volunteer" && r.text.contains("R1") && r.text.contains("R2"))
    }

    @Test func anExportListsTheSignUps() throws {
        taskDone()
        _ = desk.say("工时 T1 张三 2小时")
        let export = desk.say("居民 导出 R1").text
        #expect(export.contains("【公园维护】") && export.contains("志愿活动 T1") && export.contains("2小时"))
    }

    /// A database written before this change: sign-ups with their own name and phone columns (one linked to the
    /// register, a couple sharing a phone, a group name), confirmed and reported hours and a correction.
    @Test func theMigrationKeepsEveryRecordAndCorrection() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("park-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-checked"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try DeskStore.create(path: path, before: "park-upkeep.v6-register-only", registry: ModuleRegistry([ParkUpkeep()]))
        let now = FixedClock(2026, 11, 28).now
        try DatabaseQueue(path: path).write { db in
            let zhang = try Residents(db: db, now: now).record(ResidentEntry(name: "张三", phone: try PhoneNumber("13811112222")))
            try db.execute(sql: """
                INSERT INTO parkTasks(id, title, day, place, wanted, organiser, done) VALUES (1, '除草', '2026-11-21', '口袋公园', 10, '小王', 1)
                """)
            try db.execute(sql: """
                INSERT INTO parkVolunteerRecords(taskID, volunteer, phone, signedAt, channel, minutes, confirmedBy, recordedAt, claimedMinutes, residentID)
                VALUES (1, '张三', '13811112222', ?, 'desk', 180, '小王', ?, NULL, ?),
                       (1, '王五', '13811112222', ?, 'desk', 120, '小王', ?, NULL, NULL),
                       (1, '7-1-302 李阿姨', NULL, ?, 'group', NULL, NULL, NULL, 90, NULL)
                """, arguments: [now, now, zhang.id, now, now, now])
            try db.execute(sql: """
                INSERT INTO parkHourCorrections(taskID, volunteer, oldMinutes, oldConfirmedBy, newMinutes, newConfirmedBy, at, operatorName)
                VALUES (1, '张三', 120, '小王', 180, '小王', ?, '小王')
                """, arguments: [now])
        }
        let desk = try TestDesk(modules: [ParkUpkeep()], path: path)
        let (records, people, corrections, minutes) = try desk.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM parkVolunteerRecords"),
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT residentID) FROM parkVolunteerRecords"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM parkHourCorrections WHERE residentID = 1"),
             try Int.fetchOne(db, sql: "SELECT SUM(minutes) + SUM(COALESCE(claimedMinutes, 0)) FROM parkVolunteerRecords"))
        }
        #expect(records == 3 && people == 3 && corrections == 1 && minutes == 390)
        let roster = desk.say("名单 T1").text
        #expect(roster.contains("张三") && roster.contains("王五") && roster.contains("7-1-302 李阿姨") && roster.contains("报 1.5小时"))
        #expect(roster.components(separatedBy: "138****2222").count == 3)   // the shared phone, for both
        let zhang = desk.say("志愿者 张三").text
        #expect(zhang.contains("共 3小时") && zhang.contains("更正记录") && zhang.contains("2小时（小王）→ 3小时（小王）"))
        #expect(desk.say("志愿者 王五").text.contains("共 2小时"))
    }
}
