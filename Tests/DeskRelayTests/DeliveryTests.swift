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

    func delivery(_ server: TestWebhook) -> OutboxDelivery {
        var d = OutboxDelivery(store: desk.desk.store, url: server.url)
        d.backoff = 0.01
        return d
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
        #expect(outcome.sent.isEmpty && outcome.failed.count == 2)
        #expect(outcome.failed.values.allSatisfy { $0.contains("errcode 93000") })
        let pending = try desk.outbox()
        #expect(pending.count == 2 && pending.allSatisfy { $0.attempts == 1 && $0.lastError?.contains("93000") == true })
    }
}
