import DeskKit
import DeskRelay
import Foundation
import Hummingbird

/// The groups' bridge (docs/bridge.md): messages in, the replies to post out, and the outbox to pull from.
/// Mounted behind ``BridgeSignatureMiddleware``.
public struct BridgeRoutes: Sendable {
    let worker: DeskWorker
    /// Who the bridge acts as in case events.
    let operatorName: String

    public init(worker: DeskWorker, operatorName: String = "relay") {
        self.worker = worker; self.operatorName = operatorName
    }

    public func collection(signatures: BridgeSignatureMiddleware) -> RouteCollection<DeskRequestContext> {
        let routes = RouteCollection(context: DeskRequestContext.self)
        routes.add(middleware: signatures)
        routes.post("messages") { request, context in try await messages(request, context: context) }
        routes.get("outbox") { request, _ in try await outbox(request) }
        routes.post("outbox/:id/sent") { _, context in try await sent(context) }
        return routes
    }

    /// One message (a JSON object), a batch (a JSON array, or one object a line) in the relay's form. All of it
    /// is handled in one transaction through the relay; a message id seen before is not handled again.
    func messages(_ request: Request, context: DeskRequestContext) async throws -> Response {
        guard MediaTypes.accepts(request, ["application/json", "application/x-ndjson"]) else {
            return ErrorBody.response(.unsupportedMediaType, DeskError("bad-content-type", "请用 Content-Type: application/json 或 application/x-ndjson"))
        }
        let items = try Self.items(try await BodyText.read(request, context: context), now: worker.desk.clock.now)
        guard !items.isEmpty else { return ErrorBody.response(.badRequest, DeskError("empty", "请求里没有消息")) }
        guard items.count <= DeskServerLimits.maxItems else {
            return ErrorBody.response(.contentTooLarge, DeskError("too-many-messages", "一次最多 \(DeskServerLimits.maxItems) 条消息"))
        }
        var relay = Relay(desk: worker.desk)
        relay.operatorName = operatorName
        let result = try await worker.write { [relay] _ in try relay.process(items) }
        context.logger.info("bridge batch", metadata: [
            "bridge": "\(context.bridge ?? "-")", "messages": "\(items.count)", "repeated": "\(result.summary.repeated)",
            "created": "\(result.summary.total("created"))", "cases": "\(result.outcomes.compactMap(\.caseID).joined(separator: ","))",
        ])
        let results = result.outcomes.map { JSONSerialization.object(fromWire: $0.output) }
        let posts = result.outcomes.compactMap(\.post).map(Self.json)
        return JSONBody.response(["results": results, "posts": posts])
    }

    /// Messages waiting to be posted, oldest first (`?group=` for one group, `?limit=` at most 500).
    func outbox(_ request: Request) async throws -> Response {
        let group = request.uri.queryParameters["group"].map(String.init)
        let limit = min(500, max(1, request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 100))
        let pending = try await worker.read { desk in
            try desk.store.read { try Outbox(db: $0, now: desk.clock.now).pending(group: group) }.prefix(limit)
        }
        return JSONBody.response(["messages": pending.map(Self.json)])
    }

    /// Marks one outbox message sent: 200, or 404 when there is no such pending message.
    func sent(_ context: DeskRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            return ErrorBody.response(.badRequest, DeskError("bad-id", "消息编号应为整数"))
        }
        let marked = try await worker.write { desk in
            try desk.store.write { try Outbox(db: $0, now: desk.clock.now).markSent([id]) }
        }
        guard marked == [id] else {
            return ErrorBody.response(.notFound, DeskError("not-pending", "没有待发消息 #\(id)（不存在或已标记发送）"))
        }
        context.logger.info("outbox sent", metadata: ["id": "\(id)", "bridge": "\(context.bridge ?? "-")"])
        return JSONBody.response(["id": id, "sent": true])
    }

    /// The relay items of a body: a JSON array of objects, or one object a line; times are checked against `now`.
    static func items(_ body: String, now: Date) throws -> [RelayItem] {
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("[") else {
            return trimmed.split(separator: "\n").map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .enumerated().map { JSONLinesReader.item($0.element, position: "第\($0.offset + 1)条", now: now) }
        }
        guard let array = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [Any] else {
            throw DeskHTTPError(.badRequest, DeskError("bad-json", "请求不是有效的 JSON 数组"))
        }
        return array.enumerated().map { index, element in
            let position = "第\(index + 1)条"
            guard JSONSerialization.isValidJSONObject(element),
                  let data = try? JSONSerialization.data(withJSONObject: element) else {
                return .unreadable(position: position, DeskError("bad-json", "\(position)不是 JSON 对象"))
            }
            return JSONLinesReader.item(String(decoding: data, as: UTF8.self), position: position, now: now)
        }
    }

    static func json(_ m: OutboxMessage) -> [String: Any] {
        ["id": m.id ?? 0, "group": m.groupName, "text": m.text, "mentions": m.mentions, "case": m.caseID ?? NSNull(),
         "created": DeskFormat.timestamp(m.createdAt)]
    }
}

extension JSONSerialization {
    /// A wire-form output line as an object, to embed it in a larger answer.
    static func object(fromWire line: String) -> Any {
        (try? jsonObject(with: Data(line.utf8))) ?? ["reply": line]
    }
}
