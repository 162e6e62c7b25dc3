import DeskKit
import DeskRelay
import DeskTesting
import Foundation
import Repairs
import Testing

@Suite("Outbox delivery to a group-bot webhook (127.0.0.1 only)")
struct DeliveryTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [Repairs()])
        try desk.desk.store.write { db in
            let outbox = Outbox(db: db, now: desk.clock.now)
            try outbox.post(group: "水印桃源1群", text: "@李阿姨 已受理报修，工单 BX-0001", mentions: ["李阿姨"], caseID: nil)
            try outbox.post(group: "水印桃源1群", text: "工单 BX-0001 已派单", caseID: nil)
        }
    }

    func delivery(_ server: TestWebhook, url: URL? = nil) -> OutboxDelivery {
        var d = OutboxDelivery(store: desk.desk.store, webhooks: Webhooks(["水印桃源1群": url ?? server.url]))
        d.backoff = 0.01
        // A loaded machine running the whole suite in parallel can hold the local test server past the default 10 s:
        // the tests are about what is retried and recorded, not about a slow server.
        d.requestTimeout = 60
        // Nor past a run's own deadline (120 s): the whole suite at once once held these tests back for 138 s.
        d.deadline = 600
        return d
    }

    /// Every stored `lastError`, joined.
    func storedErrors() throws -> String {
        try desk.read { try String.fetchAll($0, sql: "SELECT COALESCE(lastError, '') FROM outbox").joined(separator: "|") }
    }

    @Test func successMarksSent() async throws {
        let server = try TestWebhook(responses: [(200, #"{"errcode":0,"errmsg":"ok"}"#)])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.count == 2 && outcome.failed.isEmpty)
        #expect(try desk.outbox().isEmpty)
        let first = try JSONSerialization.jsonObject(with: Data(server.bodies[0].utf8)) as! [String: Any]
        #expect(first["msgtype"] as? String == "text")
        let text = first["text"] as! [String: Any]
        #expect(text["content"] as? String == "@李阿姨 已受理报修，工单 BX-0001")
        #expect(text["mentioned_list"] as? [String] == ["李阿姨"])
    }

    @Test func serverErrorIsRetriedWithBackoff() async throws {
        let server = try TestWebhook(responses: [(500, "oops"), (200, #"{"errcode":0}"#)])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.count == 2)
        #expect(server.bodies.count == 3)   // the first message twice
    }

    @Test func nonZeroErrcodeIsNotSent() async throws {
        let server = try TestWebhook(responses: [(200, #"{"errcode":93000,"errmsg":"invalid webhook url"}"#)])
        let outcome = try await delivery(server).deliver()
        // An invalid key fails every message the same way: the first is recorded, the group's turn ends.
        #expect(outcome.sent.isEmpty && outcome.failed.count == 1 && outcome.stoppedEarly)
        #expect(outcome.failed.values.allSatisfy { $0.contains("errcode 93000") })
        #expect(server.bodies.count == 1)
        let pending = try desk.outbox()
        #expect(pending.count == 2 && pending[0].attempts == 1 && pending[0].lastError?.contains("93000") == true)
        #expect(pending[1].attempts == 0)
    }

    @Test func aRedirectIsAFailureAndIsNotFollowed() async throws {
        let server = try TestWebhook(script: [
            .init(status: 302, body: "", headers: ["Location": "/ok-get-only"]),
            .init(status: 200, body: #"{"errcode":0}"#),
        ])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.isEmpty)
        #expect(server.requests.allSatisfy { $0.hasPrefix("POST /cgi-bin/webhook/send") })
        #expect(try desk.outbox().count == 2)
        #expect(try storedErrors().contains("302"))
    }

    @Test(arguments: [#"{"errcode":false}"#, #"{"errcode":"0"}"#, #"{"errcode":0.0}"#, #"{"errcode":null}"#,
                      #"{"errmsg":"ok"}"#, #"{"errcode":1,"errcode":0}"#, "ok", ""])
    func onlyAnIntegerZeroErrcodeIsSuccess(body: String) async throws {
        let server = try TestWebhook(responses: [(200, body)])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.isEmpty)
        #expect(try desk.outbox().count == 2)
    }

    @Test func onlyHTTP200IsSuccess() async throws {
        let server = try TestWebhook(responses: [(201, #"{"errcode":0}"#)])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.isEmpty && outcome.failed.values.contains { $0.contains("HTTP 201") })
    }

    @Test func aTimeoutIsNotRetriedInTheSameRun() async throws {
        // The answer comes 6 s late, 20 times the timeout (the whole suite at once once held a 1.5 s answer's
        // timeout back until the answer was in).
        let server = try TestWebhook(script: [.init(status: 200, body: #"{"errcode":0}"#, delay: 6)])
        var d = delivery(server)
        d.requestTimeout = 0.3
        let outcome = try await d.deliver()
        try await Task.sleep(nanoseconds: 2_000_000_000)   // let the slow server read what it was sent
        // The server may have taken each message; one post per message per run bounds the duplicates.
        let contents = ["@李阿姨 已受理报修，工单 BX-0001", "工单 BX-0001 已派单"]
        #expect(contents.allSatisfy { text in server.bodies.filter { $0.contains(text) }.count <= 1 })
        #expect(outcome.sent.isEmpty && outcome.failed.count == 2)
        #expect(outcome.failed.values.allSatisfy { $0.contains("超时") })
    }

    @Test func retryAfterIsWaitedFor() async throws {
        let server = try TestWebhook(script: [
            .init(status: 429, body: "", headers: ["Retry-After": "0"]),
            .init(status: 200, body: #"{"errcode":0}"#),
        ])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.count == 2 && server.bodies.count == 3)
    }

    @Test func aRetryAfterBeyondTheDeadlineEndsTheRun() async throws {
        let server = try TestWebhook(script: [.init(status: 429, body: "", headers: ["Retry-After": "3600"])])
        var d = delivery(server)
        d.deadline = 5
        let outcome = try await d.deliver()
        #expect(outcome.stoppedEarly && outcome.sent.isEmpty)
        #expect(server.bodies.count == 1)
    }

    @Test func retriesAreBounded() async throws {
        let server = try TestWebhook(responses: [(500, "oops")])
        var d = delivery(server)
        d.attempts = 3
        let outcome = try await d.deliver()
        #expect(server.bodies.count == 6 && outcome.failed.count == 2)
        #expect(try desk.outbox().allSatisfy { $0.attempts == 3 })   // HTTP attempts, not runs
    }

    @Test func theWebhookKeyIsNeverStoredOrReported() async throws {
        let server = try TestWebhook(responses: [(200, "")])
        let url = URL(string: "http://admin:hunter2@127.0.0.1:1/cgi-bin/webhook/send?key=SECRET123")!   // port 1: refused
        let outcome = try await delivery(server, url: url).deliver()
        #expect(outcome.failed.count == 2)
        let reported = outcome.failed.values.joined() + (try storedErrors())
        #expect(!reported.contains("SECRET123") && !reported.contains("hunter2") && !reported.contains("admin"))
        // Refused: nothing was sent, so it was retried, and the error says the server could not be reached.
        #expect(outcome.failed.values.allSatisfy { $0 == "无法连接 webhook 服务器" })
        #expect(try desk.outbox().allSatisfy { $0.attempts == 3 })
        #expect(Redact.url(url) == "http://127.0.0.1:1/cgi-bin/webhook/send?…")
        #expect(Redact.text("失败：http://a:b@x.cn/s?key=K1 重试") == "失败：http://x.cn/s?… 重试")
    }

    /// An https webhook whose server does not speak TLS: the handshake fails before anything is sent, and trying
    /// again would fail the same way, so the group's turn ends after one attempt.
    @Test func aFailedTLSHandshakeIsAPermanentFailure() async throws {
        let server = try TestWebhook(responses: [(200, #"{"errcode":0}"#)])
        let https = URL(string: server.url.absoluteString.replacingOccurrences(of: "http://", with: "https://"))!
        // The test server waits for an HTTP request and never answers the TLS greeting: the handshake times out
        // after the connect timeout (10 s), within the request's 60.
        let outcome = try await delivery(server, url: https).deliver()
        #expect(outcome.sent.isEmpty && outcome.failed.count == 1 && outcome.stoppedEarly)
        #expect(outcome.failed.values.allSatisfy { $0.hasPrefix("TLS 握手失败") })
        #expect(server.bodies.isEmpty)
        #expect(try desk.outbox().count == 2)
    }

    @Test func aGroupWithoutItsOwnWebhookIsNotPosted() async throws {
        _ = try desk.desk.store.write { db in
            try Outbox(db: db, now: desk.clock.now).post(group: "奥园业主群", text: "工单 BX-0002 已办结", caseID: nil)
        }
        let server = try TestWebhook(responses: [(200, #"{"errcode":0}"#)])
        let outcome = try await delivery(server).deliver()
        #expect(outcome.sent.count == 2 && outcome.unmapped == ["奥园业主群"])
        #expect(!server.bodies.joined().contains("BX-0002"))
        #expect(try desk.outbox().map(\.groupName) == ["奥园业主群"])
    }

    @Test func oneDelivererPerGroupAtATime() async throws {
        let server = try TestWebhook(responses: [(200, #"{"errcode":0}"#)])
        try desk.desk.store.write { db in
            try db.execute(sql: "INSERT INTO outboxLeases(groupName, holder, expiresAt) VALUES (?, 'other:1', ?)",
                           arguments: ["水印桃源1群", Date().addingTimeInterval(60)])
        }
        let blocked = try await delivery(server).deliver()
        #expect(blocked.busy == ["水印桃源1群"] && blocked.sent.isEmpty && server.bodies.isEmpty)
        // A lease left by a killed deliverer lapses at its expiry.
        try desk.desk.store.write { db in
            try db.execute(sql: "UPDATE outboxLeases SET expiresAt = ?", arguments: [Date().addingTimeInterval(-1)])
        }
        let resumed = try await delivery(server).deliver()
        #expect(resumed.sent.count == 2)
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM outboxLeases") } == 0)
    }

    @Test func twoConcurrentDeliverersPostEachMessageOnce() async throws {
        let server = try TestWebhook(script: [.init(status: 200, body: #"{"errcode":0}"#, delay: 0.2)])
        async let a = delivery(server).deliver()
        async let b = delivery(server).deliver()
        let (first, second) = try await (a, b)
        #expect(first.sent.count + second.sent.count == 2)
        #expect(server.bodies.count == 2)
    }

    @Test func webhookFile() throws {
        let book = try Webhooks.parse("""
            # 群名 webhook
            水印桃源1群  https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=A

            奥园业主群\thttps://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=B  # 奥园
            """, name: "hooks.txt")
        #expect(book.urls.count == 2 && book.urls["奥园业主群"]?.query == "key=B")
        #expect(throws: DeskError("bad-webhooks", "hooks.txt 第1行应为「群名 webhook地址」（http 或 https）")) {
            try Webhooks.parse("水印桃源1群 ftp://x/y?key=S", name: "hooks.txt")
        }
    }

}
