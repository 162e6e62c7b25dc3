import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Case links: a group's case page and the resident's own rating")
struct CaseLinkTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [FaultModule()])
        desk.desk.publicURL = "https://desk.example.cn"
    }

    func link(in reply: Reply) throws -> (id: String, token: String) {
        let id = try #require(reply.caseID)
        let url = try #require(reply.text.components(separatedBy: "进度查询和评价：").last?.split(separator: "\n").first)
        #expect(url.hasPrefix("https://desk.example.cn/c/\(id)/"))
        return (id, String(url.split(separator: "/").last!))
    }

    @Test func aGroupCaseGetsALinkAndACounterCaseDoesNot() throws {
        let (id, token) = try link(in: desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王"))
        #expect(token.count == 22)
        #expect(try desk.desk.publicCase(id, token: token)?.status == .accepted)
        #expect(try desk.desk.publicCase(id, token: String(token.reversed())) == nil)
        let counter = desk.say("故障 水印桃源3栋2单元502 漏水")
        #expect(counter.caseID != nil)
        #expect(!counter.text.contains("进度查询"))
        #expect(desk.desk.caseLinkURL(counter.caseID!) == nil)
    }

    @Test func withoutAPublicAddressTheReplyCarriesNoLink() throws {
        desk.desk.publicURL = nil
        let reply = desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王")
        #expect(reply.caseID != nil)
        #expect(!reply.text.contains("进度查询"))
    }

    @Test func thePageShowsStepsAndPublicTextsButNoNote() throws {
        let (id, token) = try link(in: desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王 13971234567"))
        desk.say("派单 \(id) 电工班")
        desk.say("备注 \(id) 住户说晚上才在家")
        desk.say("办结 \(id) 换了开关 公开：灯已修好")
        let page = try #require(try desk.desk.publicCase(id, token: token))
        #expect(page.steps.map(\.text) == ["受理", "派单", "办结"])
        #expect(page.notices.map(\.text).contains("灯已修好"))
        #expect(!page.notices.map(\.text).joined().contains("晚上"))
        #expect(page.assignee == "电工班")
        #expect(page.mayRate)
    }

    @Test func theResidentRatesOnceAndALowRatingReopens() throws {
        let (id, token) = try link(in: desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王"))
        #expect(throws: CaseRatingError.notClosed(.accepted)) { try desk.desk.rateThroughLink(id, token: token, rating: 5) }
        desk.say("办结 \(id) 换了开关")
        #expect(throws: CaseRatingError.notFound) { try desk.desk.rateThroughLink(id, token: "wrong", rating: 5) }
        let rated = try desk.desk.rateThroughLink(id, token: token, rating: 2)
        #expect(rated.status == .reopened)
        #expect(try desk.events(id).last?.operatorName == "居民（网页评价）")
        desk.say("办结 \(id) 再次更换")
        #expect(throws: CaseRatingError.alreadyRated) { try desk.desk.rateThroughLink(id, token: token, rating: 5) }
        #expect(try desk.case(id).rating == 2)
    }
}
