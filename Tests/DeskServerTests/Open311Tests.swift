import DeskKit
import DeskServer
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import Repairs
import Testing

@Suite("Open311 GeoReport v2")
struct Open311Tests {
    let fixture: ServerFixture
    init() throws { fixture = try ServerFixture() }

    /// A form body, percent-encoded.
    static func form(_ pairs: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(text: pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static let repair: [(String, String)] = [
        ("api_key", ServerFixture.apiKey), ("service_code", "household-repair"),
        ("address_string", "顺驰泊林5栋1单元301"), ("description", "卫生间马桶堵了"),
        ("attribute[category]", "drains"), ("last_name", "张"), ("first_name", "建国"), ("phone", "13812345678"),
    ]

    @Test func servicesListOnlyResidentsServicesInBothFormats() async throws {
        try await fixture.app.test(.router) { client in
            let json = try await client.execute(uri: "/open311/v2/services.json", method: .get)
            let services = try #require(json.json as? [[String: Any]])
            let codes = services.compactMap { $0["service_code"] as? String }
            #expect(codes.contains("household-repair"))
            let staff = fixture.desk.desk.registry.modules.flatMap(\.services).filter { $0.audience == .staff }.map(\.code)
            #expect(!staff.isEmpty)
            #expect(Set(codes).isDisjoint(with: staff))
            let xml = try await client.execute(uri: "/open311/v2/services.xml", method: .get)
            #expect(xml.headers[.contentType]?.hasPrefix("text/xml") == true)
            #expect(XMLParser(data: Data(xml.text.utf8)).parse())
            #expect(xml.text.components(separatedBy: "<service>").count - 1 == codes.count)
        }
    }

    @Test func aServiceDefinitionListsItsTypedFieldsAsAttributes() async throws {
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/open311/v2/services/household-repair.json", method: .get)
            let definition = try #require(response.json as? [String: Any])
            let attributes = try #require(definition["attributes"] as? [[String: Any]])
            let service = try #require(fixture.desk.desk.registry.service(code: "household-repair")?.service)
            #expect(attributes.compactMap { $0["code"] as? String } == service.fields.map(\.code))
            let category = try #require(attributes.first { $0["code"] as? String == "category" })
            #expect(category["datatype"] as? String == "singlevaluelist")
            let keys = (category["values"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
            #expect(keys == service.field("category")?.kind.choices.map(\.key))
            let staffService = try await client.execute(uri: "/open311/v2/services/pingpong-members.json", method: .get)
            #expect(staffService.status == .notFound)
        }
    }

    @Test func postingARequestOpensACaseOnTheAPIChannelAndReadingItShowsNoPersonalData() async throws {
        try await fixture.app.test(.router) { client in
            let posted = try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.formHeaders, body: Self.form(Self.repair))
            #expect(posted.status == .created)
            let id = try #require((posted.json as? [[String: Any]])?.first?["service_request_id"] as? String)
            let record = try fixture.desk.case(id)
            #expect(record.channel == .api)
            #expect(record.requesterPhone == "13812345678")
            #expect(record.fields["category"] == .choice("drains"))

            let read = try await client.execute(uri: "/open311/v2/requests/\(id).json", method: .get)
            let request = try #require((read.json as? [[String: Any]])?.first)
            #expect(request["status"] as? String == "open")
            #expect(request["service_code"] as? String == "household-repair")
            #expect(request["address"] as? String == "顺驰泊林 5栋1单元")
            for secret in ["13812345678", "张建国", "301"] { #expect(!read.text.contains(secret)) }

            fixture.desk.say("办结 \(id) 已疏通")
            let closed = try await client.execute(uri: "/open311/v2/requests/\(id).xml", method: .get)
            #expect(closed.text.contains("<status>closed</status>"))
            #expect(XMLParser(data: Data(closed.text.utf8)).parse())
        }
    }

    @Test func refusedRequestsSayWhyAndStoreNothing() async throws {
        let before = try fixture.desk.snapshot()
        try await fixture.app.test(.router) { client in
            var noKey = Self.repair
            noKey[0] = ("api_key", "wrong")
            let forbidden = try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.formHeaders, body: Self.form(noKey))
            #expect(forbidden.status == .forbidden)

            let missing = try await client.execute(uri: "/open311/v2/requests.xml", method: .post, headers: Self.formHeaders,
                                                   body: Self.form([("api_key", ServerFixture.apiKey), ("service_code", "household-repair")]))
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("<errors><error><code>400</code>"))
            #expect(missing.text.contains("位置（location）"))

            var badChoice = Self.repair
            badChoice[4] = ("attribute[category]", "飞碟")
            let invalid = try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.formHeaders, body: Self.form(badChoice))
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("飞碟"))

            let staff = try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.formHeaders,
                                                 body: Self.form([("api_key", ServerFixture.apiKey), ("service_code", "pingpong-members")]))
            #expect(staff.status == .notFound)

            let json = try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: [.contentType: "application/json"],
                                                body: ByteBuffer(text: "{}"))
            #expect(json.status == .unsupportedMediaType)
        }
        #expect(try fixture.desk.snapshot() == before)
    }

    @Test func requestsAreFilteredAsTheSpecificationSays() async throws {
        try await fixture.app.test(.router) { client in
            let posted = try await client.execute(uri: "/open311/v2/requests.json", method: .post, headers: Self.formHeaders, body: Self.form(Self.repair))
            let id = try #require((posted.json as? [[String: Any]])?.first?["service_request_id"] as? String)
            func ids(_ query: String) async throws -> [String] {
                let response = try await client.execute(uri: "/open311/v2/requests.json?" + query, method: .get)
                return (response.json as? [[String: Any]])?.compactMap { $0["service_request_id"] as? String } ?? []
            }
            #expect(try await ids("status=open") == [id])
            #expect(try await ids("status=closed").isEmpty)
            #expect(try await ids("service_code=public-repair").isEmpty)
            #expect(try await ids("service_code=household-repair,public-repair") == [id])
            #expect(try await ids("start_date=2026-11-01T00:00:00%2B08:00&end_date=2026-11-30T00:00:00%2B08:00") == [id])
            #expect(try await ids("start_date=2026-12-01T00:00:00Z").isEmpty)
            #expect(try await ids("service_request_id=\(id.lowercased()),XX-9") == [id])
            let bad = try await client.execute(uri: "/open311/v2/requests.json?status=pending", method: .get)
            #expect(bad.status == .badRequest)
            let badDate = try await client.execute(uri: "/open311/v2/requests.json?start_date=yesterday", method: .get)
            #expect(badDate.status == .badRequest)
            let unknown = try await client.execute(uri: "/open311/v2/requests/BX-9999.json", method: .get)
            #expect(unknown.status == .notFound)
        }
    }

    @Test func discoveryNamesTheEndpointAndFormats() async throws {
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/open311/v2/discovery.json", method: .get)
            let endpoints = try #require((response.json as? [String: Any])?["endpoints"] as? [[String: Any]])
            #expect(endpoints.first?["specification"] as? String == "http://wiki.open311.org/GeoReport_v2")
            #expect(endpoints.first?["formats"] as? [String] == ["application/json", "text/xml"])
        }
    }
}
