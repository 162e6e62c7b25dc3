@testable import DeskKit
import DeskTesting
import Testing
@testable import desk

/// The eighteenth round's reading: staff recording how a matter went on (a date agreed, a promise, a result told to
/// the resident) is no new request, even while a question waits; an elder's small job asked of the volunteers is care.
@Suite("Understanding: the counter's records of progress")
struct EighteenthReadingTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: deskModules) }

    @Test(arguments: [
        "5栋马家漏水的事 约了楼上周四到议事厅谈 调解队的王老师也去",
        "汉口道3栋广场舞 找了领队 答应晚上八点半以前结束",
        "泊林2栋韦爹爹的认证查了 3月份已经比对过了 打电话告诉他了",
        "奥园东门中暑的保安 医院说观察一天 冇得大碍",
        "村湾那盏路灯的事 供电所说下周来修",
    ])
    func progressOfAMatterIsNoNewRequest(_ line: String) throws {
        let r = desk.say(line)
        #expect(r.status == .ignored)
        #expect(r.text.contains("已经办完"))
        #expect(try desk.cases().isEmpty)
    }

    @Test(arguments: ["认证要上门 跟她女儿约了3月5号上午 请刘网格去", "代办生育保险报销 材料已收 林小燕 汉口道1-2-1203"])
    func aRequestBesideADateOrWorkDoneIsStillARequest(_ line: String) {
        #expect(desk.say(line).status != .ignored)
    }

    @Test func aRecordWhileAQuestionWaitsKeepsTheQuestion() throws {
        let asked = desk.say("报修 漏水")
        #expect(asked.status == .ask)
        let record = desk.say("王婆婆的事 找了她儿子 答应周末回来陪她")
        #expect(record.status == .ignored)
        #expect(record.text.contains("还差一项"))
        #expect(try desk.cases().isEmpty)
        // The waiting question is still the one answered next.
        let answered = desk.say("水印桃源3栋2单元502")
        #expect(answered.module == "repairs")
        #expect(answered.status != .ignored)
    }

    @Test(arguments: ["奥园9栋独居的龚婆婆 家里电扇坏了 热得很 请兵哥哥去看一下 9栋1单元301",
                      "走访时汉口道2栋的严爹爹说厨房灯坏了 他够不着 想请志愿者来换 2栋1单元1102"])
    func anEldersSmallJobForTheVolunteersIsCare(_ line: String) {
        let r = desk.say(line)
        #expect(r.module == "care-visits")
        #expect(r.status == .created)
    }
}
