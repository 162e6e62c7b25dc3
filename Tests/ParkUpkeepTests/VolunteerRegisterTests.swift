import DeskKit
import DeskTesting
import ParkUpkeep
import Testing

/// Issue #15: volunteers are people in the kernel's resident register.
@Suite("Park volunteers in the resident register")
struct VolunteerRegisterTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    @Test func aVolunteerWithANumberIsThePersonWithThatNumber() throws {
        _ = desk.say("居民 登记 张三 13811112222")
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        let r = desk.say("报名 T1 张三 13811112222")
        #expect(r.text.contains("张三 报名成功") && !r.text.contains("13811112222"))
        let linked = try desk.read { try Int64.fetchOne($0, sql: "SELECT residentID FROM parkVolunteerRecords") }
        #expect(linked == 1)
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM residents") } == 1)
        #expect(!desk.say("名单 T1").text.contains("13811112222"))
    }

    @Test func aWalkInIsThePersonOfThatName() throws {
        _ = desk.say("居民 登记 李四 13833334444")
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        desk.clock.set(CalendarDay(year: 2026, month: 12, day: 5)!.date(hour: 12))
        #expect(desk.say("工时 T1 李四 1.5小时").status == .updated)
        #expect(try desk.read { try Int64.fetchAll($0, sql: "SELECT residentID FROM parkVolunteerRecords") } == [1])
    }

    /// A group member known only by their group name is entered under it (the park keeps no name of its own), once:
    /// the same sender signing up again is the same entry, which staff can correct or merge.
    @Test func aGroupNicknameIsOneEntryUnderThatName() throws {
        _ = desk.say("活动 新建 下周六上午 除草 口袋公园 10人")
        _ = desk.say("活动 新建 下周日上午 捡垃圾 口袋公园 10人")
        #expect(desk.relay("周六除草我想报名", group: "水印桃源1群", sender: "3栋 王阿姨").status == .updated)
        #expect(desk.relay("周日捡垃圾我也想报名", group: "水印桃源1群", sender: "3栋 王阿姨").status == .updated)
        let names = try desk.read { try String.fetchAll($0, sql: "SELECT name FROM residents") }
        #expect(names == ["3栋 王阿姨"])
        #expect(try desk.read { try Int64.fetchAll($0, sql: "SELECT residentID FROM parkVolunteerRecords") } == [1, 1])
    }
}
