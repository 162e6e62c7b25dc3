import Crypto
import DeskKit
import Foundation
import Hummingbird

/// The bridge's request signature (docs/bridge.md): HMAC-SHA256 with the bridge's secret over
/// `timestamp \n nonce \n METHOD \n path \n body`, sent as `X-Desk-Signature: sha256=<hex>` beside
/// `X-Desk-Bridge`, `X-Desk-Timestamp` (Unix seconds) and `X-Desk-Nonce`.
public enum BridgeSignature {
    /// How far a timestamp may be from the server's clock, either way.
    public static let window: TimeInterval = 300

    /// The bytes signed.
    public static func message(timestamp: String, nonce: String, method: String, path: String, body: [UInt8]) -> [UInt8] {
        Array("\(timestamp)\n\(nonce)\n\(method)\n\(path)\n".utf8) + body
    }

    /// `sha256=<64 hex digits>` for these parts: what a bridge sends.
    public static func sign(secret: String, timestamp: String, nonce: String, method: String, path: String, body: [UInt8]) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: message(timestamp: timestamp, nonce: nonce, method: method, path: path, body: body),
                                                  using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `signature` is right for these parts, compared in constant time.
    static func isValid(_ signature: String, key: SymmetricKey, message: [UInt8]) -> Bool {
        guard signature.hasPrefix("sha256="), let mac = hexBytes(signature.dropFirst(7)), mac.count == 32 else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: message, using: key)
    }

    private static func hexBytes(_ hex: Substring) -> [UInt8]? {
        guard hex.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}

/// Signatures seen within the time window: a request sent twice is refused the second time — also after a
/// restart, as they are kept in the desk's database (`bridgeSignatures`) until the window has passed.
struct ReplayGuard: Sendable {
    let worker: DeskWorker

    /// Records `signature`; false when it was already seen. Forgets signatures older than twice the window.
    func admit(_ signature: String, now: Date) async throws -> Bool {
        try await worker.write { desk in
            try desk.store.write { db in
                try db.execute(sql: "DELETE FROM bridgeSignatures WHERE seenAt < ?",
                               arguments: [now.addingTimeInterval(-2 * BridgeSignature.window)])
                try db.execute(sql: "INSERT OR IGNORE INTO bridgeSignatures(signature, seenAt) VALUES (?, ?)",
                               arguments: [signature, now])
                return db.changesCount == 1
            }
        }
    }
}

/// Lets a request through only when a known bridge signed it, within five minutes, for the first time; sets
/// ``DeskRequestContext/bridge``. Anything else is 401 and changes nothing.
public struct BridgeSignatureMiddleware: RouterMiddleware {
    public typealias Context = DeskRequestContext
    let credentials: Credentials
    let replays: ReplayGuard
    let now: @Sendable () -> Date

    /// - Parameter worker: the desk whose database keeps the signatures seen (so a restart does not forget them).
    public init(credentials: Credentials, worker: DeskWorker, now: @escaping @Sendable () -> Date = Date.init) {
        self.credentials = credentials; self.replays = ReplayGuard(worker: worker); self.now = now
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        func refuse(_ code: String, _ message: String) -> Response {
            context.logger.notice("bridge refused", metadata: ["reason": "\(code)"])
            return ErrorBody.response(.unauthorized, DeskError(code, message))
        }
        let headers = request.headers
        guard let name = headers[DeskHeaders.bridge], let key = credentials.bridgeSecret(name) else {
            return refuse("unknown-bridge", "缺少 X-Desk-Bridge 头，或不是已登记的桥接")
        }
        guard let stamp = headers[DeskHeaders.timestamp], let seconds = Double(stamp),
              abs(now().timeIntervalSince1970 - seconds) <= BridgeSignature.window else {
            return refuse("stale-timestamp", "X-Desk-Timestamp 缺失，或与服务器时间相差超过 5 分钟")
        }
        guard let nonce = headers[DeskHeaders.nonce], !nonce.isEmpty, nonce.count <= 100,
              let signature = headers[DeskHeaders.signature] else {
            return refuse("missing-signature", "缺少 X-Desk-Nonce 或 X-Desk-Signature 头")
        }
        var request = request
        let body = Array(try await request.collectBody(upTo: context.maxUploadSize).readableBytesView)
        let signed = BridgeSignature.message(timestamp: stamp, nonce: nonce, method: request.method.rawValue,
                                             path: request.uri.path, body: body)
        guard BridgeSignature.isValid(signature, key: key, message: signed) else {
            return refuse("bad-signature", "签名不正确")
        }
        guard try await replays.admit(signature, now: now()) else {
            return refuse("replayed", "这个请求已经收到过（签名重复），未再处理")
        }
        var context = context
        context.bridge = name
        return try await next(request, context)
    }
}
