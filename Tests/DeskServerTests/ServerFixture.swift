import DeskKit
import DeskModules
import DeskServer
import DeskTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A server over an in-memory desk with the shipped modules, one station token, one Open311 key and one bridge.
struct ServerFixture {
    static let stationToken = "token-of-station-1"
    static let apiKey = "key-of-12345"
    static let bridgeSecret = "secret-of-the-wechat-bridge"

    let desk: TestDesk
    let app: Application<RouterResponder<DeskRequestContext>>

    init() throws {
        desk = try TestDesk(modules: ShippedModules.all)
        var credentials = Credentials()
        try credentials.add(.station, name: "驿站1", value: "sha256:" + Credentials.hash(Self.stationToken))
        try credentials.add(.station, name: "驿站3", value: "sha256:" + Credentials.hash("token-of-station-3"))
        try credentials.add(.apikey, name: "12345平台", value: "sha256:" + Credentials.hash(Self.apiKey))
        try credentials.add(.bridge, name: "wechat", value: Self.bridgeSecret)
        let router = try DeskServerApp.router(worker: DeskWorker(desk: desk.desk), credentials: credentials, now: { Self.now })
        var logger = Logger(label: "desk.server.test")
        logger.logLevel = .critical
        app = Application(router: router, logger: logger)
    }

    /// Headers of a station client.
    static func station(token: String = stationToken, operatorName: String = "王小丽",
                        contentType: String = "application/x-ndjson") -> HTTPFields {
        var fields = HTTPFields()
        fields[.authorization] = "Bearer \(token)"
        fields[DeskHeaders.operatorName] = operatorName.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
        fields[.contentType] = contentType
        return fields
    }

    /// The server's time in these tests, and the time requests are signed at: one moment, so that a test kept
    /// waiting on a busy machine (the whole suite on two cores) does not find its own fresh signature stale.
    static let now = Date()

    /// Headers of a bridge request signed now with `secret`.
    static func signed(_ method: HTTPRequest.Method, _ path: String, body: String = "", secret: String = bridgeSecret,
                       timestamp: Date = now, nonce: String = UUID().uuidString) -> HTTPFields {
        let stamp = String(Int(timestamp.timeIntervalSince1970))
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        fields[DeskHeaders.bridge] = "wechat"
        fields[DeskHeaders.timestamp] = stamp
        fields[DeskHeaders.nonce] = nonce
        fields[DeskHeaders.signature] = BridgeSignature.sign(secret: secret, timestamp: stamp, nonce: nonce,
                                                                            method: method.rawValue, path: path, body: Array(body.utf8))
        return fields
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as JSON.
    var json: Any { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) ?? NSNull() }

    /// NDJSON lines as objects.
    var lines: [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// The `error.code` of a desk error body.
    var errorCode: String? { ((json as? [String: Any])?["error"] as? [String: Any])?["code"] as? String }
}

extension ByteBuffer {
    init(text: String) { self.init(string: text) }
}
