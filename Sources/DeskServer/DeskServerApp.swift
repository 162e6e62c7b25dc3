import DeskKit
import Foundation
import Hummingbird
import Logging
import NIOCore

/// The server's routes, mounted once: `/healthz`, the stations' `/v1/lines` and `/v1/session`, the bridge's
/// `/v1/messages` and `/v1/outbox`, and Open311 under `/open311/v2`. Each feature brings its own collection
/// and middleware; this is the one place they are put together.
public enum DeskServerApp {
    /// The router for `desk`, with these credentials and this operator check.
    public static func router(worker: DeskWorker, credentials: Credentials,
                              operators: any OperatorVerifier = NamedOperators(),
                              now: @escaping @Sendable () -> Date = Date.init) -> Router<DeskRequestContext> {
        let router = Router(context: DeskRequestContext.self)
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: LogRequestsMiddleware(.debug))
        router.get("healthz") { _, _ in try await health(worker) }
        let v1 = router.group("v1")
        v1.addRoutes(LineRoutes(worker: worker).collection(auth: StationAuthMiddleware(credentials: credentials, operators: operators)))
        v1.addRoutes(BridgeRoutes(worker: worker).collection(signatures: BridgeSignatureMiddleware(credentials: credentials, worker: worker, now: now)))
        router.addRoutes(Open311Routes(worker: worker, credentials: credentials).collection(), atPath: "open311/v2")
        return router
    }

    /// The application listening on `host:port`. A connection that sends nothing for `idleTimeout` seconds
    /// (a slow or stalled client) is closed.
    public static func application(worker: DeskWorker, credentials: Credentials, host: String, port: Int,
                                   idleTimeout: Int = 30, operators: any OperatorVerifier = NamedOperators(),
                                   logger: Logger) -> some ApplicationProtocol {
        Application(router: router(worker: worker, credentials: credentials, operators: operators),
                    server: .http1(configuration: .init(idleTimeout: .seconds(Int64(idleTimeout)))),
                    configuration: .init(address: .hostname(host, port: port), serverName: "MicroDesk"),
                    logger: logger)
    }

    /// 200 `{"status": "ok"}` when the database answers; 503 when it does not.
    static func health(_ worker: DeskWorker) async throws -> Response {
        do {
            let cases = try await worker.read { desk in
                try desk.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM cases") ?? 0 }
            }
            return JSONBody.response(["status": "ok", "cases": cases])
        } catch {
            return ErrorBody.response(.serviceUnavailable, DeskError("database-unavailable", "数据库无法读取"))
        }
    }
}
