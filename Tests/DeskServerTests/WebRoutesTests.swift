import DeskKit
import DeskServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Web pages: the dashboard, a resident's case and the club's 公示")
struct WebRoutesTests {
    let fixture: ServerFixture
    init() throws {
        fixture = try ServerFixture()
        fixture.desk.desk.publicURL = "https://desk.example.cn/"
    }

    /// A lift case opened from a group by a resident who left a phone number; returns its number and link path.
    func groupCase() throws -> (id: String, path: String) {
        let reply = fixture.desk.relay("3栋2单元电梯坏了 我电话13971234567", group: "水印桃源1群", sender: "7-1-302 李阿姨")
        let id = try #require(reply.caseID)
        let url = try #require(reply.text.components(separatedBy: "进度查询和评价：").last?.components(separatedBy: "\n").first)
        #expect(url.hasPrefix("https://desk.example.cn/c/\(id)/"))
        return (id, String(url.dropFirst("https://desk.example.cn".count)))
    }

    static func basic(_ name: String, _ secret: String) -> HTTPFields {
        var fields = HTTPFields()
        fields[.authorization] = "Basic " + Data("\(name):\(secret)".utf8).base64EncodedString()
        return fields
    }

    static func form(_ body: String, site: String = "same-origin") -> HTTPFields {
        var fields = HTTPFields()
        fields[.contentType] = "application/x-www-form-urlencoded"
        fields[HTTPField.Name("Sec-Fetch-Site")!] = site
        return fields
    }

    @Test func theGroupReplyLinksToAPageWithTheStatusAndNoPersonalData() async throws {
        let (id, path) = try groupCase()
        fixture.desk.say("派单 \(id) 物业电梯班")
        try await fixture.app.test(.router) { client in
            let page = try await client.execute(uri: path, method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("工单 \(id)"))
            #expect(html.contains("已派单"))
            #expect(html.contains("物业电梯班"))
            #expect(!html.contains("13971234567") && !html.contains("1234567"))
            #expect(!html.contains("李阿姨"))
            #expect(!html.contains("<script"))
            #expect(page.headers[.cacheControl] == "private, no-cache")
            #expect(page.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(!html.contains("<form"), "no rating form before 办结")

            let wrongToken = try await client.execute(uri: "/c/\(id)/AAAAAAAAAAAAAAAAAAAAAA", method: .get)
            #expect(wrongToken.status == .notFound)
            let etag = try #require(page.headers[.eTag])
            var again = HTTPFields()
            again[.ifNoneMatch] = etag
            #expect(try await client.execute(uri: path, method: .get, headers: again).status == .notModified)
        }
    }

    @Test func theResidentRatesAClosedCaseOnce() async throws {
        let (id, path) = try groupCase()
        fixture.desk.say("办结 \(id) 更换了门机板 公开：电梯已修好")
        try await fixture.app.test(.router) { client in
            let page = String(buffer: try await client.execute(uri: path, method: .get).body)
            #expect(page.contains("<form class=\"rate\" method=\"post\" action=\"\(path)\">"))
            #expect(page.contains("电梯已修好"), "the public text the group was told")
            #expect(!page.contains("门机板"), "the internal note stays internal")

            let crossSite = try await client.execute(uri: path, method: .post, headers: Self.form("", site: "cross-site"),
                                                     body: ByteBuffer(string: "rating=1"))
            #expect(crossSite.status == .forbidden)
            #expect(try fixture.desk.case(id).rating == nil)

            let rated = try await client.execute(uri: path, method: .post, headers: Self.form(""), body: ByteBuffer(string: "rating=4"))
            #expect(rated.status == .seeOther)
            #expect(rated.headers[.location] == path + "?rated=1")
            let record = try fixture.desk.case(id)
            #expect(record.rating == 4)
            #expect(record.status == .followedUp)

            let twice = try await client.execute(uri: path, method: .post, headers: Self.form(""), body: ByteBuffer(string: "rating=5"))
            #expect(twice.status == .conflict)
            #expect(try fixture.desk.case(id).rating == 4)
            let after = String(buffer: try await client.execute(uri: path + "?rated=1", method: .get).body)
            #expect(after.contains("已收到您的评价"))
            #expect(!after.contains("<form"))
        }
    }

    @Test func aRatingBeforeClosureOrOutOfRangeChangesNothing() async throws {
        let (id, path) = try groupCase()
        try await fixture.app.test(.router) { client in
            let early = try await client.execute(uri: path, method: .post, headers: Self.form(""), body: ByteBuffer(string: "rating=5"))
            #expect(early.status == .conflict)
            #expect(String(buffer: early.body).contains("办结后才能评价"))
            fixture.desk.say("办结 \(id) 已修好")
            let bad = try await client.execute(uri: path, method: .post, headers: Self.form(""), body: ByteBuffer(string: "rating=9"))
            #expect(bad.status == .conflict)
            #expect(try fixture.desk.case(id).rating == nil)
        }
    }

    @Test func theDashboardAsksForSignInAndShowsTheFiguresOf统计() async throws {
        _ = try groupCase()
        fixture.desk.say("报修 水印桃源3栋2单元502 厨房水管漏水 电话13971234568")
        try await fixture.app.test(.router) { client in
            let anonymous = try await client.execute(uri: "/dashboard", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate]?.hasPrefix("Basic") == true)
            let wrong = try await client.execute(uri: "/dashboard", method: .get, headers: Self.basic("王小丽", "not-a-token"))
            #expect(wrong.status == .unauthorized)

            let page = try await client.execute(uri: "/dashboard?month=2026-11", method: .get,
                                                headers: Self.basic("王小丽", ServerFixture.stationToken))
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            let stats = fixture.desk.say("统计 2026-11").text
            #expect(stats.contains("报修  2     0     0     0.0%    0.0%    —"))
            #expect(html.contains("<td>报修</td><td data-label=\"受理\" class=\"num\"><a href=\"/dashboard/cases?module=repairs&amp;month=2026-11\">2</a></td>"))
            #expect(html.contains("<svg"))
            // The modules' staff sections: the park's volunteer hours and the elders' certification by compound.
            #expect(html.contains("2026年11月志愿服务工时"))
            #expect(html.contains("养老金资格认证完成情况"))
            #expect(html.contains("<a href=\"/pingpong/%E5%85%AC%E7%A4%BA\">乒乓球室 收支公示</a>"))
            #expect(html.contains("/dashboard/cases?state=open"))
            #expect(!html.contains("13971234568"))

            let list = String(buffer: try await client.execute(uri: "/dashboard/cases?state=open", method: .get,
                                                               headers: Self.basic("王小丽", ServerFixture.stationToken)).body)
            #expect(list.contains("/dashboard/cases/BX-0001"))
            #expect(!list.contains("13971234568"))

            let unknownState = try await client.execute(uri: "/dashboard/cases?state=later", method: .get,
                                                        headers: Self.basic("王小丽", ServerFixture.stationToken))
            #expect(unknownState.status == .badRequest)
        }
    }

    @Test func todayAndTheMonthByStationMatch统计AndLinkToTheirLists() async throws {
        let (fromGroup, _) = try groupCase()                                   // 水印桃源1群: 驿站2
        let typed = try #require(fixture.desk.say("报修 奥园3栋2单元502 厨房水管漏水", at: "驿站1").caseID)
        let stats = fixture.desk.say("统计 今天 驿站").text
        #expect(stats.contains("驿站1  1 "))
        #expect(stats.contains("驿站2  1 "))
        try await fixture.app.test(.router) { client in
            let html = String(buffer: try await client.execute(uri: "/dashboard", method: .get,
                                                               headers: Self.basic("王小丽", ServerFixture.stationToken)).body)
            #expect(html.contains("今天（11月28日）受理（按驿站和模块）"))
            let station2 = "/dashboard/cases?station=%E9%A9%BF%E7%AB%992&amp;day=2026-11-28"
            #expect(html.contains("<td data-label=\"驿站\">驿站2</td><td data-label=\"报修\" class=\"num\"><a href=\"\(station2)&amp;module=repairs\">1</a></td>"))
            #expect(html.contains("<td data-label=\"驿站\">驿站3</td><td data-label=\"报修\" class=\"num\"><a href=\"/dashboard/cases?station=%E9%A9%BF%E7%AB%993&amp;day=2026-11-28&amp;module=repairs\">0</a></td>"))
            #expect(html.contains("<table class=\"stack\">"), "the 三率 tables are cards on a phone")

            let list = String(buffer: try await client.execute(uri: station2.replacingOccurrences(of: "&amp;", with: "&") + "&module=repairs",
                                                               method: .get, headers: Self.basic("王小丽", ServerFixture.stationToken)).body)
            #expect(list.contains("工单列表：11月28日 · 报修 · 驿站2"))
            #expect(list.contains("/dashboard/cases/\(fromGroup)"))
            #expect(!list.contains("/dashboard/cases/\(typed)"))
            let staff = String(buffer: try await client.execute(uri: "/dashboard/cases/\(typed)", method: .get,
                                                                headers: Self.basic("王小丽", ServerFixture.stationToken)).body)
            #expect(staff.contains("受理驿站：驿站1"))
        }
    }

    @Test func withAccountsTheDashboardTakesAnOperatorsPINAndNotAStationToken() async throws {
        try fixture.desk.addOperator("张主任", role: .admin, pin: "2468")
        try await fixture.app.test(.router) { client in
            let token = try await client.execute(uri: "/dashboard", method: .get, headers: Self.basic("张主任", ServerFixture.stationToken))
            #expect(token.status == .unauthorized)
            let pin = try await client.execute(uri: "/dashboard", method: .get, headers: Self.basic("张主任", "2468"))
            #expect(pin.status == .ok)
            #expect(String(buffer: pin.body).contains("张主任（社区干部）"))
        }
    }

    @Test func aValueWithMarkupIsEscaped() async throws {
        let reply = fixture.desk.say("诉求 <script>alert(1)</script> 楼下噪音")
        let id = try #require(reply.caseID)
        try await fixture.app.test(.router) { client in
            let list = String(buffer: try await client.execute(uri: "/dashboard/cases", method: .get,
                                                               headers: Self.basic("值班", ServerFixture.stationToken)).body)
            #expect(list.contains(id))
            #expect(!list.contains("<script>"))
            #expect(list.contains("&lt;script&gt;"))
        }
    }

    @Test func theClubsStatementPageShowsTheFiguresOf公示() async throws {
        fixture.desk.say("收入 捐款 200元 张三捐")
        fixture.desk.say("支出 电费 85.5元 11月电费单")
        let statement = fixture.desk.say("公示 2026-11").text
        #expect(statement.contains("本月结余：114.50元"))
        try await fixture.app.test(.router) { client in
            let page = try await client.execute(uri: "/pingpong/%E5%85%AC%E7%A4%BA/2026-11", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            for figure in ["200.00元", "85.50元", "114.50元", "捐款", "电费"] { #expect(html.contains(figure), "\(figure)") }
            #expect(page.headers[.cacheControl] == "public, max-age=60")
            let current = try await client.execute(uri: "/pingpong/%E5%85%AC%E7%A4%BA", method: .get)
            #expect(String(buffer: current.body).contains("2026年11月收支公示"))
            let october = try await client.execute(uri: "/pingpong/%E5%85%AC%E7%A4%BA/2026-10", method: .get)
            #expect(october.headers[.cacheControl] == "public, max-age=3600")
            #expect(try await client.execute(uri: "/pingpong/%E5%85%AC%E7%A4%BA/2027-01", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/pingpong/secret/2026-11", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/repairs/%E5%85%AC%E7%A4%BA", method: .get).status == .notFound)
        }
    }
}
