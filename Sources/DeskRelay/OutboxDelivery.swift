import AsyncHTTPClient
import DeskHTTP
import DeskKit
import Foundation
import NIOCore
import NIOPosix

/// Posts pending outbox messages to each group's own bot webhook in the WeCom robot format
/// (`{"msgtype": "text", "text": {"content": "…", "mentioned_list": […]}}`).
///
/// What it promises (docs/reliability.md, "Webhook delivery"):
/// - a message is marked sent only when its group's webhook answered HTTP 200 with an integer `errcode` of
///   exactly 0; a redirect is a failure and is never followed;
/// - a group's messages go only to that group's webhook (``Webhooks``); a group without one is left pending;
/// - one deliverer per group at a time (``DeliveryLease``);
/// - a run ends by its ``deadline``; a `Retry-After` longer than what is left ends the group's turn;
/// - a message is retried within a run only when the webhook surely did not take it (connection refused,
///   HTTP 5xx or 429, `errcode` -1 "busy"), at most ``attempts`` times. After a timeout or a dropped connection
///   the outcome is unknown: the message is not retried in this run, so such a failure costs at most one
///   duplicate per run (at-least-once delivery);
/// - error texts name what happened, never the webhook's key or user info.
public struct OutboxDelivery: Sendable {
    public let store: DeskStore
    public let webhooks: Webhooks
    /// HTTP attempts per message in one run.
    public var attempts = 3
    /// The first retry's wait; each next one doubles it.
    public var backoff: TimeInterval = 0.5
    /// The longest one request may take.
    public var requestTimeout: TimeInterval = 10
    /// The longest a whole run may take; what is left stays pending.
    public var deadline: TimeInterval = 120
    /// Messages posted per group in one run (a WeCom bot takes about 20 a minute).
    public var batchLimit = 20
    public var clock: any DeskClock = SystemClock()

    public init(store: DeskStore, webhooks: Webhooks) { self.store = store; self.webhooks = webhooks }

    /// What a delivery run did.
    public struct Outcome: Equatable, Sendable {
        public var sent: [Int64] = []
        public var failed: [Int64: String] = [:]
        /// Groups with pending messages and no webhook configured.
        public var unmapped: [String] = []
        /// Groups another deliverer is working on.
        public var busy: [String] = []
        /// Whether the run stopped at its deadline (or a Retry-After beyond it) with messages left.
        public var stoppedEarly = false
    }

    /// Delivers the pending messages of `group`, or of every group with a webhook.
    public func deliver(group: String? = nil) async throws -> Outcome {
        let started = Date()
        let groups = try store.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT groupName FROM outbox WHERE sentAt IS NULL ORDER BY groupName")
        }.filter { group == nil || $0 == group }
        // A redirected POST would arrive elsewhere as a GET without its body, and a `{"errcode":0}` from wherever it
        // led would mark an undelivered message as sent: redirects come back as answers (a failure), never followed.
        // A loop of the run's own: a request's deadline is kept even when a server in the same process (the
        // tests' Hummingbird apps) keeps the shared loops busy.
        let loop = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let client = DeskHTTPClient.make(followsRedirects: false, readTimeout: .milliseconds(Int64(requestTimeout * 1000)),
                                         eventLoops: loop)
        do {
            let outcome = try await deliver(groups: groups, client: client, started: started)
            try await client.shutdown()
            try await loop.shutdownGracefully()
            return outcome
        } catch {
            try? await client.shutdown()
            try? await loop.shutdownGracefully()
            throw error
        }
    }

    private func deliver(groups: [String], client: HTTPClient, started: Date) async throws -> Outcome {
        var outcome = Outcome()
        let holder = "\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString)"
        for name in groups {
            guard let url = webhooks.urls[name] else { outcome.unmapped.append(name); continue }
            let lease = DeliveryLease(store: store, group: name, holder: holder, duration: deadline + requestTimeout + 30)
            guard try lease.acquire(now: clock.now) else { outcome.busy.append(name); continue }
            defer { try? lease.release() }
            let pending = try store.read { try Outbox(db: $0, now: clock.now).pending(group: name, limit: batchLimit) }
            messages: for message in pending {
                let left = deadline - Date().timeIntervalSince(started)
                guard left > 0, try lease.acquire(now: clock.now) else { outcome.stoppedEarly = true; break }
                let (result, tries) = await post(message, to: url, client: client, until: started.addingTimeInterval(deadline))
                let id = message.id!
                switch result {
                case .delivered:
                    _ = try store.write { try Outbox(db: $0, now: clock.now).markSent([id], attempts: tries) }
                    outcome.sent.append(id)
                case .failed(let reason, let stopGroup):
                    try store.write { try Outbox(db: $0, now: clock.now).recordFailure(id, error: reason, attempts: tries) }
                    outcome.failed[id] = reason
                    if stopGroup { outcome.stoppedEarly = true; break messages }
                }
            }
        }
        return outcome
    }

    /// The result of posting one message.
    enum Result: Equatable {
        case delivered
        /// `stopGroup`: the group's other messages would fail the same way (bad key, rate limit, deadline).
        case failed(String, stopGroup: Bool)
    }

    /// Posts `message` with retries; returns the result and the number of HTTP attempts made.
    func post(_ message: OutboxMessage, to url: URL, client: HTTPClient, until end: Date) async -> (Result, Int) {
        var tries = 0
        while true {
            tries += 1
            let answer = await attempt(message, to: url, client: client, timeout: min(requestTimeout, max(1, end.timeIntervalSinceNow)))
            switch answer {
            case .delivered:
                return (.delivered, tries)
            case .refused(let reason, let retryAfter):
                let wait = retryAfter ?? backoff * pow(2, Double(tries - 1))
                guard tries < attempts else { return (.failed(reason, stopGroup: retryAfter != nil), tries) }
                guard Date().addingTimeInterval(wait) < end else { return (.failed(reason + "；已到本次投递时限", stopGroup: true), tries) }
                try? await Task.sleep(nanoseconds: UInt64(wait * 1e9))
            case .permanent(let reason):
                return (.failed(reason, stopGroup: true), tries)
            case .unknown(let reason):
                return (.failed(reason + "；可能已送达，本次不再重发", stopGroup: false), tries)
            }
        }
    }

    /// One HTTP attempt, classified.
    enum Answer: Equatable {
        case delivered
        /// The webhook did not take it; safe to retry (after `retryAfter` seconds when it said so).
        case refused(String, retryAfter: TimeInterval?)
        /// It will not work by retrying (a bad key, a redirect, a client error).
        case permanent(String)
        /// It may have been taken (timeout, dropped connection).
        case unknown(String)
    }

    func attempt(_ message: OutboxMessage, to url: URL, client: HTTPClient, timeout: TimeInterval) async -> Answer {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let body: [String: Any] = ["msgtype": "text", "text": ["content": message.text, "mentioned_list": message.mentions]]
        request.body = .bytes(ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: body)) ?? Data()))
        do {
            // The deadline holds until the answer's head; the client's read timeout (the same length) bounds every
            // wait for a byte of it, the body included.
            let response = try await client.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let answer = try await response.body.collect(upTo: 1 << 20)
            return WebhookAnswer.classify(status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"),
                                          body: Data(answer.readableBytesView))
        } catch {
            return WebhookAnswer.transportFailure(error)
        }
    }
}
