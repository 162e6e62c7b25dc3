import DeskKit
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts pending outbox messages to a group bot webhook in the WeCom robot format
/// (`{"msgtype": "text", "text": {"content": "…", "mentioned_list": […]}}`), retrying with backoff. A message is
/// marked sent only when the webhook answers HTTP 200 with `errcode` 0.
public struct OutboxDelivery: Sendable {
    public let store: DeskStore
    public let url: URL
    /// Attempts per message before it is left for the next run.
    public var attempts = 4
    /// The first retry's wait; each next one doubles it.
    public var backoff: TimeInterval = 0.5
    public var clock: any DeskClock = SystemClock()

    public init(store: DeskStore, url: URL) { self.store = store; self.url = url }

    /// What a delivery run did.
    public struct Outcome: Equatable, Sendable {
        public var sent: [Int64] = []
        public var failed: [Int64: String] = [:]
    }

    public func deliver(group: String? = nil) async throws -> Outcome {
        let pending = try store.read { try Outbox(db: $0, now: clock.now).pending(group: group) }
        var outcome = Outcome()
        for message in pending {
            var lastError = ""
            for attempt in 0..<attempts {
                if attempt > 0 { try await Task.sleep(nanoseconds: UInt64(backoff * pow(2, Double(attempt - 1)) * 1e9)) }
                do {
                    try await post(message)
                    lastError = ""
                    break
                } catch {
                    lastError = "\(error)"
                }
            }
            let id = message.id!
            if lastError.isEmpty {
                try store.write { try Outbox(db: $0, now: clock.now).markSent([id]) }
                outcome.sent.append(id)
            } else {
                try store.write { try Outbox(db: $0, now: clock.now).recordFailure(id, error: lastError) }
                outcome.failed[id] = lastError
            }
        }
        return outcome
    }

    /// The webhook's answer was not a success.
    public struct DeliveryError: Error, CustomStringConvertible {
        public let description: String
    }

    private func post(_ message: OutboxMessage) async throws {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.timeoutInterval = 10
        let body: [String: Any] = ["msgtype": "text", "text": ["content": message.text, "mentioned_list": message.mentions]]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else { throw DeliveryError(description: "HTTP \(status)") }
        let answer = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        guard let code = answer?["errcode"] as? Int else { throw DeliveryError(description: "回应中没有 errcode") }
        guard code == 0 else { throw DeliveryError(description: "errcode \(code)：\(answer?["errmsg"] as? String ?? "")") }
    }
}
