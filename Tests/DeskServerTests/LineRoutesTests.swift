import DeskKit
import DeskServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Station clients: lines over HTTP")
struct LineRoutesTests {
    let fixture: ServerFixture
    init() throws { fixture = try ServerFixture() }

    @Test func aBatchOfLinesIsAnsweredInOrderAndRecordsTheOperator() async throws {
        let body = """
            {"id":"a","text":"报修 水印桃源3栋2单元502 厨房水管漏水"}
            列表

            """
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(), body: ByteBuffer(text: body))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/x-ndjson") == true)
            let lines = response.lines
            #expect(lines.count == 2)
            #expect(lines[0]["id"] as? String == "a")
            #expect(lines[0]["status"] as? String == "created")
            let caseID = try #require(lines[0]["case"] as? String)
            #expect((lines[1]["reply"] as? String)?.contains(caseID) == true)
            let events = try fixture.desk.events(caseID)
            #expect(events.first?.operatorName == "王小丽")
        }
    }

    @Test func aCaseOpenedThroughAStationsTokenIsRecordedAtThatStation() async throws {
        // The token names the station; a line claiming another station does not move the case.
        let body = #"{"text":"报修 顺驰泊林1栋1单元101 厨房水管漏水","station":"驿站1"}"# + "\n"
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/lines", method: .post,
                                                    headers: ServerFixture.station(token: "token-of-station-3"), body: ByteBuffer(text: body))
            let caseID = try #require(response.lines.first?["case"] as? String)
            #expect(try fixture.desk.case(caseID).station == "驿站3")
        }
    }

    @Test func aPendingQuestionBelongsToTheOperatorAtTheStation() async throws {
        try await fixture.app.test(.router) { client in
            let ask = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(),
                                               body: ByteBuffer(text: "报修 厨房水管漏水"))
            #expect(ask.lines.first?["status"] as? String == "ask")
            // Another station's operator does not answer this question…
            let other = try await client.execute(uri: "/v1/lines", method: .post,
                                                 headers: ServerFixture.station(token: "token-of-station-3", operatorName: "李强"),
                                                 body: ByteBuffer(text: "水印桃源3栋2单元502"))
            #expect(other.lines.first?["status"] as? String != "created")
            // …the operator who was asked does.
            let answer = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(),
                                                  body: ByteBuffer(text: "水印桃源3栋2单元502"))
            #expect(answer.lines.first?["status"] as? String == "created")
        }
    }

    @Test func twoWindowsOfOneOperatorKeepTheirOwnQuestions() async throws {
        var first = ServerFixture.station()
        first[DeskHeaders.window] = "%2Fdev%2Fpts%2F1"
        var second = ServerFixture.station()
        second[DeskHeaders.window] = "%2Fdev%2Fpts%2F2"
        try await fixture.app.test(.router) { [first, second] client in
            let ask = try await client.execute(uri: "/v1/lines", method: .post, headers: first, body: ByteBuffer(text: "报修 厨房水管漏水"))
            #expect(ask.lines.first?["status"] as? String == "ask")
            let other = try await client.execute(uri: "/v1/session", method: .get, headers: second)
            #expect((other.json as? [String: Any])?["pending"] is NSNull)
            let same = try await client.execute(uri: "/v1/session", method: .get, headers: first)
            #expect((same.json as? [String: Any])?["pendingLabel"] as? String == "住户报修·位置")
        }
    }

    @Test func theSessionTellsTheClientItsPromptAndPendingQuestion() async throws {
        try await fixture.app.test(.router) { client in
            _ = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(), body: ByteBuffer(text: "报修 厨房水管漏水"))
            let session = try await client.execute(uri: "/v1/session", method: .get, headers: ServerFixture.station())
            let object = try #require(session.json as? [String: Any])
            #expect(object["station"] as? String == "驿站1")
            #expect(object["operator"] as? String == "王小丽")
            #expect((object["pending"] as? String)?.contains("住户报修") == true)
            #expect((object["completions"] as? [String])?.contains("水印桃源") == true)
        }
    }

    @Test func withoutAValidTokenNothingIsDone() async throws {
        let before = try fixture.desk.snapshot()
        try await fixture.app.test(.router) { client in
            for token in ["", "wrong-token"] {
                let response = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(token: token),
                                                        body: ByteBuffer(text: "报修 水印桃源3栋2单元502 厨房水管漏水"))
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "unauthorized")
            }
            let noOperator = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(operatorName: ""),
                                                      body: ByteBuffer(text: "报修 水印桃源3栋2单元502 厨房水管漏水"))
            #expect(noOperator.status == .unauthorized)
            #expect(noOperator.errorCode == "missing-operator")
        }
        #expect(try fixture.desk.snapshot() == before)
    }

    @Test func badHTTPInputGetsItsStatusAndChangesNothing() async throws {
        let before = try fixture.desk.snapshot()
        try await fixture.app.test(.router) { client in
            let wrongType = try await client.execute(uri: "/v1/lines", method: .post,
                                                     headers: ServerFixture.station(contentType: "application/xml"),
                                                     body: ByteBuffer(text: "报修 水印桃源3栋2单元502 漏水"))
            #expect(wrongType.status == .unsupportedMediaType)
            let huge = String(repeating: "报修 水印桃源3栋2单元502 漏水\n", count: 200_000)
            let tooLarge = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(), body: ByteBuffer(text: huge))
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.errorCode == "too-large")
            var invalid = ByteBuffer(text: "报修 ")
            invalid.writeBytes([0xFF, 0xFE])
            let notUTF8 = try await client.execute(uri: "/v1/lines", method: .post, headers: ServerFixture.station(), body: invalid)
            #expect(notUTF8.status == .badRequest)
            let unknown = try await client.execute(uri: "/v2/nothing", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.errorCode == "not-found")
            let wrongMethod = try await client.execute(uri: "/v1/lines", method: .delete, headers: ServerFixture.station())
            #expect(wrongMethod.status == .notFound || wrongMethod.status == .methodNotAllowed)
        }
        #expect(try fixture.desk.snapshot() == before)
    }

    /// With operator accounts, the server asks for the operator's PIN behind the station token.
    @Test func operatorAccountsNeedTheirPIN() async throws {
        try fixture.desk.addOperator("李书记", role: .admin, pin: "2468")
        var credentials = Credentials()
        try credentials.add(.station, name: "驿站1", value: "sha256:" + Credentials.hash(ServerFixture.stationToken))
        let app = Application(router: try DeskServerApp.router(worker: DeskWorker(desk: fixture.desk.desk), credentials: credentials,
                                                           operators: AccountOperators(desk: fixture.desk.desk)))
        var right = ServerFixture.station(operatorName: "李书记")
        right[DeskHeaders.pin] = "2468"
        var wrong = right
        wrong[DeskHeaders.pin] = "0000"
        var none = right
        none[DeskHeaders.pin] = nil
        try await app.test(.router) { [right, wrong, none] client in
            let wrongPIN = try await client.execute(uri: "/v1/lines", method: .post, headers: wrong, body: ByteBuffer(text: "列表"))
            #expect(wrongPIN.status == .unauthorized)
            let noPIN = try await client.execute(uri: "/v1/lines", method: .post, headers: none, body: ByteBuffer(text: "列表"))
            #expect(noPIN.status == .unauthorized)
            let signedIn = try await client.execute(uri: "/v1/lines", method: .post, headers: right, body: ByteBuffer(text: "列表"))
            #expect(signedIn.status == .ok)
        }
    }

    /// The role the PIN proved goes with the lines: a 前台 at a station cannot read the access log or reveal a
    /// number, a 社区干部 can.
    @Test func theOperatorsRoleDecidesWhatTheyMayDoAtAStation() async throws {
        try fixture.desk.addOperator("李书记", role: .admin, pin: "2468")
        try fixture.desk.addOperator("小张", role: .frontDesk, pin: "9753")
        var credentials = Credentials()
        try credentials.add(.station, name: "驿站1", value: "sha256:" + Credentials.hash(ServerFixture.stationToken))
        let app = Application(router: try DeskServerApp.router(worker: DeskWorker(desk: fixture.desk.desk), credentials: credentials,
                                                           operators: AccountOperators(desk: fixture.desk.desk)))
        var frontDesk = ServerFixture.station(operatorName: "小张")
        frontDesk[DeskHeaders.pin] = "9753"
        var cadre = ServerFixture.station(operatorName: "李书记")
        cadre[DeskHeaders.pin] = "2468"
        try await app.test(.router) { [frontDesk, cadre] client in
            let refused = try await client.execute(uri: "/v1/lines", method: .post, headers: frontDesk,
                                                   body: ByteBuffer(text: #"{"text":"访问记录"}"#))
            #expect(refused.status == .ok)
            #expect(refused.text.contains("not-permitted") && refused.text.contains("前台"))
            let allowed = try await client.execute(uri: "/v1/lines", method: .post, headers: cadre,
                                                   body: ByteBuffer(text: #"{"text":"访问记录"}"#))
            #expect(allowed.text.contains("访问记录") && !allowed.text.contains("not-permitted"))
        }
    }

    /// Wrong PINs at a station count towards the account's lockout, as at the prompt.
    @Test func wrongPINsAtAStationLockTheAccount() async throws {
        try fixture.desk.addOperator("李书记", role: .admin, pin: "2468")
        var credentials = Credentials()
        try credentials.add(.station, name: "驿站1", value: "sha256:" + Credentials.hash(ServerFixture.stationToken))
        let app = Application(router: try DeskServerApp.router(worker: DeskWorker(desk: fixture.desk.desk), credentials: credentials,
                                                           operators: AccountOperators(desk: fixture.desk.desk)))
        var wrong = ServerFixture.station(operatorName: "李书记")
        wrong[DeskHeaders.pin] = "0000"
        var right = wrong
        right[DeskHeaders.pin] = "2468"
        try await app.test(.router) { [wrong, right] client in
            for _ in 1...Operators.maxFailedAttempts {
                let response = try await client.execute(uri: "/v1/lines", method: .post, headers: wrong, body: ByteBuffer(text: "列表"))
                #expect(response.status == .unauthorized)
            }
            let locked = try await client.execute(uri: "/v1/lines", method: .post, headers: right, body: ByteBuffer(text: "列表"))
            #expect(locked.status == .unauthorized)
            #expect(locked.errorCode == "account-locked")
        }
    }

    /// An operator check with PINs plugs in behind the station token.
    struct PINCheck: OperatorVerifier {
        func verify(operatorName: String, pin: String?, station: String) throws(DeskError) -> VerifiedOperator {
            guard operatorName == "王小丽", pin == "4321" else { throw DeskError("bad-pin", "值班人员或 PIN 不正确") }
            return VerifiedOperator(name: operatorName)
        }
    }

    @Test func anOperatorCheckDecidesWhoMayWork() async throws {
        var credentials = Credentials()
        try credentials.add(.station, name: "驿站1", value: "sha256:" + Credentials.hash(ServerFixture.stationToken))
        let app = Application(router: try DeskServerApp.router(worker: DeskWorker(desk: fixture.desk.desk), credentials: credentials,
                                                           operators: PINCheck()))
        var withPIN = ServerFixture.station()
        withPIN[DeskHeaders.pin] = "4321"
        var wrongPIN = ServerFixture.station()
        wrongPIN[DeskHeaders.pin] = "0000"
        try await app.test(.router) { [withPIN, wrongPIN] client in
            let refused = try await client.execute(uri: "/v1/lines", method: .post, headers: wrongPIN, body: ByteBuffer(text: "列表"))
            #expect(refused.status == .unauthorized)
            #expect(refused.errorCode == "bad-pin")
            let accepted = try await client.execute(uri: "/v1/lines", method: .post, headers: withPIN, body: ByteBuffer(text: "列表"))
            #expect(accepted.status == .ok)
        }
    }

    @Test func healthSaysTheDatabaseAnswers() async throws {
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect((response.json as? [String: Any])?["status"] as? String == "ok")
        }
    }
}
