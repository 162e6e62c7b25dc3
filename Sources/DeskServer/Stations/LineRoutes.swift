import DeskKit
import Foundation
import Hummingbird
import Logging

/// The station clients' routes: `POST /v1/lines` answers lines in the JSON wire form (README "JSON lines"),
/// `GET /v1/session` tells a client what its prompt shows. Mounted behind ``StationAuthMiddleware``.
public struct LineRoutes: Sendable {
    let worker: DeskWorker

    public init(worker: DeskWorker) { self.worker = worker }

    /// The routes, for the composition root to mount.
    public func collection(auth: StationAuthMiddleware) -> RouteCollection<DeskRequestContext> {
        let routes = RouteCollection(context: DeskRequestContext.self)
        routes.add(middleware: auth)
        routes.post("lines") { request, context in try await lines(request, context: context) }
        routes.get("session") { _, context in try await session(context: context) }
        return routes
    }

    /// One input line or an NDJSON batch in; one output object per non-blank line out, in order. Each line is
    /// its own transaction through `Desk.respond(to:)`, exactly as at the prompt.
    func lines(_ request: Request, context: DeskRequestContext) async throws -> Response {
        guard let identity = context.station else { throw HTTPError(.unauthorized) }
        guard MediaTypes.accepts(request, ["application/json", "application/x-ndjson", "text/plain"]) else {
            return ErrorBody.response(.unsupportedMediaType, DeskError("bad-content-type", "请用 Content-Type: application/x-ndjson、application/json 或 text/plain"))
        }
        let body = try await BodyText.read(request, context: context)
        let inputs = body.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard inputs.count <= DeskServerLimits.maxItems else {
            return ErrorBody.response(.contentTooLarge, DeskError("too-many-lines", "一次最多 \(DeskServerLimits.maxItems) 行"))
        }
        let logger = context.logger
        let outputs = try await worker.write { desk in
            inputs.map { line -> String in
                let reply: Reply
                var id: String?
                do {
                    let input = try JSONWire.decode(line, now: desk.clock.now)
                    id = input.id
                    var message = input.message(operatorName: identity.operatorName, conversation: identity.conversation,
                                                addresses: desk.addresses)
                    // The role the operator's PIN proved: a 前台 at a station may do only what a 前台 may.
                    message.operatorRole = identity.role
                    // The token names the station: a line's own `station` cannot claim another.
                    message.station = identity.station
                    reply = desk.respond(to: message)
                } catch let error as DeskError {
                    reply = .failure(error)
                } catch {
                    reply = .failure(DeskError("bad-json", "\(error)"))
                }
                logger.info("line", metadata: ["station": "\(identity.station)", "status": "\(reply.status.rawValue)",
                                               "module": "\(reply.module ?? "-")", "case": "\(reply.caseID ?? "-")"])
                return JSONWire.encode(reply, id: id)
            }
        }
        return JSONBody.text(outputs.map { $0 + "\n" }.joined(), contentType: "application/x-ndjson; charset=utf-8")
    }

    /// What the client's prompt shows: the community, the station, the operator, the modules, the question
    /// still waiting in this operator's conversation and the words Tab offers.
    func session(context: DeskRequestContext) async throws -> Response {
        guard let identity = context.station else { throw HTTPError(.unauthorized) }
        let object = try await worker.read { desk -> [String: any Sendable] in
            [
                "community": desk.directory.community.name,
                "shortName": desk.directory.community.shortName,
                "station": identity.station,
                "operator": identity.operatorName,
                "modules": desk.registry.modules.map(\.name.chinese),
                "pending": desk.pendingQuestion(conversation: identity.conversation) as (any Sendable)? ?? NSNull(),
                "pendingLabel": desk.pendingLabel(conversation: identity.conversation) as (any Sendable)? ?? NSNull(),
                "completions": desk.completionWords(conversation: identity.conversation),
            ]
        }
        return JSONBody.response(object)
    }
}
