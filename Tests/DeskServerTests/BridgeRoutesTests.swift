import DeskKit
import DeskServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The groups' bridge: signed messages in, replies to post out")
struct BridgeRoutesTests {
    let fixture: ServerFixture
    init() throws { fixture = try ServerFixture() }

    let batch = """
        [{"id":"w1","group":"水印桃源1群","sender":"7-1-302 李阿姨","time":"2026-11-28T09:12:00+08:00","text":"3栋2单元电梯又坏了"},
         {"id":"w2","group":"水印桃源1群","sender":"张叔","time":"2026-11-28T09:13:00+08:00","text":"[表情]"}]
        """

    @Test func aSignedBatchOpensCasesAndAnswersWithTheRepliesToPost() async throws {
        try await fixture.app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/messages", method: .post,
                                                    headers: ServerFixture.signed(.post, "/v1/messages", body: batch), body: ByteBuffer(text: batch))
            #expect(response.status == .ok)
            let object = try #require(response.json as? [String: Any])
            let results = try #require(object["results"] as? [[String: Any]])
            #expect(results.map { $0["status"] as? String } == ["created", "ignored"])
            let posts = try #require(object["posts"] as? [[String: Any]])
            #expect(posts.count == 1)
            #expect(posts[0]["group"] as? String == "水印桃源1群")
            #expect((posts[0]["text"] as? String)?.hasPrefix("@7-1-302 李阿姨") == true)
            #expect(try fixture.desk.outbox().map(\.id) == [posts[0]["id"] as? Int64])
        }
    }

    @Test func theSameMessagesSentAgainAreNotHandledTwice() async throws {
        try await fixture.app.test(.router) { client in
            for _ in 0..<2 {
                let response = try await client.execute(uri: "/v1/messages", method: .post,
                                                        headers: ServerFixture.signed(.post, "/v1/messages", body: batch), body: ByteBuffer(text: batch))
                #expect(response.status == .ok)
            }
            #expect(try fixture.desk.cases().count == 1)
            #expect(try fixture.desk.outbox().count == 1)
        }
    }

    @Test func aReplayedRequestIsRefused() async throws {
        let headers = ServerFixture.signed(.post, "/v1/messages", body: batch)
        try await fixture.app.test(.router) { client in
            let first = try await client.execute(uri: "/v1/messages", method: .post, headers: headers, body: ByteBuffer(text: batch))
            #expect(first.status == .ok)
            let again = try await client.execute(uri: "/v1/messages", method: .post, headers: headers, body: ByteBuffer(text: batch))
            #expect(again.status == .unauthorized)
            #expect(again.errorCode == "replayed")
        }
    }

    /// The signatures seen are kept in the database: a server started again within the five minutes (a new router
    /// on the same desk) still refuses the replay.
    @Test func aReplayAfterARestartIsStillRefused() async throws {
        let headers = ServerFixture.signed(.post, "/v1/messages", body: batch)
        try await fixture.app.test(.router) { client in
            let first = try await client.execute(uri: "/v1/messages", method: .post, headers: headers, body: ByteBuffer(text: batch))
            #expect(first.status == .ok)
        }
        var credentials = Credentials()
        try credentials.add(.bridge, name: "wechat", value: ServerFixture.bridgeSecret)
        let restarted = Application(router: try DeskServerApp.router(worker: DeskWorker(desk: fixture.desk.desk), credentials: credentials,
                                                                     now: { ServerFixture.now }))
        try await restarted.test(.router) { client in
            let again = try await client.execute(uri: "/v1/messages", method: .post, headers: headers, body: ByteBuffer(text: batch))
            #expect(again.status == .unauthorized)
            #expect(again.errorCode == "replayed")
        }
    }

    @Test func brokenSignaturesAndStaleTimestampsChangeNothing() async throws {
        let before = try fixture.desk.snapshot()
        try await fixture.app.test(.router) { client in
            let cases: [(HTTPFields, String)] = [
                (ServerFixture.signed(.post, "/v1/messages", body: batch, secret: "not-the-bridge-secret"), "bad-signature"),
                (ServerFixture.signed(.post, "/v1/messages", body: batch + " "), "bad-signature"),
                (ServerFixture.signed(.post, "/v1/outbox", body: batch), "bad-signature"),
                (ServerFixture.signed(.post, "/v1/messages", body: batch, timestamp: ServerFixture.now.addingTimeInterval(-301)), "stale-timestamp"),
                ([.contentType: "application/json"], "unknown-bridge"),
            ]
            for (headers, code) in cases {
                let response = try await client.execute(uri: "/v1/messages", method: .post, headers: headers, body: ByteBuffer(text: batch))
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == code)
            }
        }
        #expect(try fixture.desk.snapshot() == before)
    }

    @Test func unreadableMessagesAreAnsweredWithErrorsAndTheRestHandled() async throws {
        let body = """
            {"id":"x1","sender":"李阿姨","text":"没有群名"}
            {"id":"x2","group":"水印桃源1群","sender":"5-1-101 王姐","text":"5栋1单元楼道灯坏了"}
            """
        try await fixture.app.test(.router) { client in
            var headers = ServerFixture.signed(.post, "/v1/messages", body: body)
            headers[.contentType] = "application/x-ndjson"
            let response = try await client.execute(uri: "/v1/messages", method: .post, headers: headers, body: ByteBuffer(text: body))
            let results = try #require((response.json as? [String: Any])?["results"] as? [[String: Any]])
            #expect(results.count == 2)
            #expect((results[0]["error"] as? [String: Any])?["code"] as? String == "missing-group")
            #expect(results[0]["id"] as? String == "x1")   // the bridge can tell which message to fix
            #expect(results[1]["status"] as? String == "created")
        }
    }

    @Test func theBridgePullsTheOutboxAndMarksMessagesSent() async throws {
        try await fixture.app.test(.router) { client in
            _ = try await client.execute(uri: "/v1/messages", method: .post,
                                         headers: ServerFixture.signed(.post, "/v1/messages", body: batch), body: ByteBuffer(text: batch))
            let pending = try await client.execute(uri: "/v1/outbox?group=" + "水印桃源1群".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!, method: .get, headers: ServerFixture.signed(.get, "/v1/outbox"))
            let messages = try #require((pending.json as? [String: Any])?["messages"] as? [[String: Any]])
            let id = try #require(messages.first?["id"] as? Int64)
            let sent = try await client.execute(uri: "/v1/outbox/\(id)/sent", method: .post, headers: ServerFixture.signed(.post, "/v1/outbox/\(id)/sent"))
            #expect(sent.status == .ok)
            #expect(try fixture.desk.outbox().isEmpty)
            let twice = try await client.execute(uri: "/v1/outbox/\(id)/sent", method: .post, headers: ServerFixture.signed(.post, "/v1/outbox/\(id)/sent"))
            #expect(twice.status == .notFound)
            #expect(twice.errorCode == "not-pending")
        }
    }
}
