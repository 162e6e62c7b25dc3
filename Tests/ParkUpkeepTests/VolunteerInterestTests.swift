import DeskKit
import DeskTesting
import ParkUpkeep
import Testing

/// A wish to volunteer, or hours to record, when the desk knows no activity for it: kept as a case for the
/// community office instead of a reply that drops it.
@Suite("Park upkeep: volunteering without an activity at the desk")
struct VolunteerInterestTests {
    let desk: TestDesk

    init() throws { desk = try TestDesk(modules: [ParkUpkeep()]) }

    @Test func aSignUpWithNoActivityOpenIsKeptForTheOffice() throws {
        let r = desk.relay("周六口袋公园除草我报个名", group: "水印桃源1群", sender: "小胖妈")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.module == "park-upkeep")
        #expect(record.title.contains("志愿报名"))
        #expect(record.assignee == "李家墩社区居委会")
        #expect(r.text.contains("联系您"))
    }

    @Test func hoursWithNoPastActivityAreKeptToBeChecked() throws {
        let r = desk.relay("我上个月打扫公园做了4个钟头 志愿时长好像冇记上", group: "水印桃源1群", sender: "老周")
        let record = try desk.case(try #require(r.caseID))
        #expect(record.title.contains("工时补记"))
        #expect(r.text.contains("核实"))
    }
}

/// Which of the park's assets: answered as people answer a numbered question.
@Suite("Park upkeep: choosing the asset")
struct AssetChoiceTests {
    @Test(arguments: ["第一个", "选1", "1"])
    func theFirstAssetIsChosenHoweverItIsSaid(_ answer: String) throws {
        let desk = try TestDesk(modules: [ParkUpkeep()])
        #expect(desk.say("口袋公园的路灯不亮").status == .ask)
        let r = desk.say(answer)
        let record = try desk.case(try #require(r.caseID))
        #expect(record.title.contains("LD-01"))
    }
}
