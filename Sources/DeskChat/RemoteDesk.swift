import AsyncHTTPClient
import DeskHTTP
import DeskKit
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// A desk on a `desk serve` server: each line is posted to `/v1/lines` in the JSON wire form and answered by
/// the server's desk, authenticated by the station's token and the operator's name (and PIN, when the server
/// asks for one).
public final class RemoteDesk: DeskConnection, Sendable {
    public let server: URL
    let token: String
    let operatorName: String
    let pin: String?
    /// This client's window (its terminal), sent so that the server keeps its questions apart from other windows'.
    let window: String
    let client: HTTPClient
    /// The longest one request may take.
    let timeout: TimeAmount
    /// What the server said about this station when connecting.
    let info: SessionInfo
    /// What the server said most recently (refreshed before each line, for completion and the prompt).
    let latest: Mutex<SessionInfo>

    struct SessionInfo: Sendable {
        var community: String
        var shortName: String
        var station: String
        var operatorName: String
        var modules: [String]
        var pending: String?
        var pendingLabel: String?
        var completions: [String]
    }

    /// Connects: checks the token and operator with `GET /v1/session`. Fails with one Chinese sentence.
    public init(server: URL, token: String, operatorName: String, pin: String? = nil,
                window: String = ChatSession.currentWindow(), timeout: TimeInterval = 30) throws(DeskError) {
        self.server = server; self.token = token; self.operatorName = operatorName; self.pin = pin; self.window = window
        self.timeout = .milliseconds(Int64(timeout * 1000))
        let client = DeskHTTPClient.make(followsRedirects: true, connectTimeout: self.timeout)
        self.client = client
        do throws(DeskError) {
            info = try Self.fetchSession(client, request: Self.request(server, "v1/session", token: token, operatorName: operatorName,
                                                                       pin: pin, window: window), timeout: self.timeout)
        } catch {
            try? client.syncShutdown()
            throw error
        }
        latest = Mutex(info)
    }

    deinit { try? client.syncShutdown() }

    public var greeting: String {
        ChatSession.greeting(community: info.community, station: info.station, operatorName: info.operatorName, role: nil,
                             rolesEnabled: true, modules: info.modules)
            + "\n已连接服务器 \(server.absoluteString)。"
    }

    public var prompt: String {
        let now = latest.withLock { $0 }
        return ChatSession.prompt(shortName: now.shortName, station: now.station, operatorName: now.operatorName,
                                  waiting: now.pendingLabel)
    }

    public func say(_ text: String) -> Reply {
        say(JSONWire.Input(text: text, channel: .desk))
    }

    public func say(_ input: JSONWire.Input) -> Reply {
        var request = request("v1/lines", method: .POST, body: .string(JSONWire.encode(input) + "\n"))
        request?.headers.replaceOrAdd(name: "Content-Type", value: "application/x-ndjson; charset=utf-8")
        do throws(DeskError) {
            let (data, status) = try Self.send(client, request, timeout: timeout)
            let text = String(decoding: data, as: UTF8.self)
            guard status == 200 else { return .failure(Self.serverError(text, status: status)) }
            guard let line = text.split(separator: "\n").first else { throw DeskError("bad-reply", "服务器没有回答") }
            return try JSONWire.decodeReply(String(line)).reply
        } catch {
            return .failure(DeskError("server-unreachable",
                                      "\(error.message)。这一行可能没有办理：请稍后用 列表 或工单号查看，再决定是否重说"))
        }
    }

    public func pendingQuestion() -> String? { refresh().pending }

    /// This machine's clock; the server checks message times against its own again.
    public var now: Date { Date() }

    /// The server commits each line before it answers it.
    public func together<T>(_ body: () -> T) throws -> T { body() }

    public func completionWords() -> [String] { refresh().completions }

    /// Asks the server for the session's state now; keeps the last answer when the server does not answer.
    private func refresh() -> SessionInfo {
        if let now = try? Self.fetchSession(client, request: request("v1/session"), timeout: timeout) { latest.withLock { $0 = now } }
        return latest.withLock { $0 }
    }

    private func request(_ path: String, method: HTTPMethod = .GET, body: HTTPClient.Body? = nil) -> HTTPClient.Request? {
        Self.request(server, path, method: method, body: body, token: token, operatorName: operatorName, pin: pin, window: window)
    }

    // MARK: HTTP

    /// A request to `path` on `server`, or `nil` when the server's URL cannot be requested (not http or https).
    static func request(_ server: URL, _ path: String, method: HTTPMethod = .GET, body: HTTPClient.Body? = nil, token: String,
                        operatorName: String, pin: String?, window: String) -> HTTPClient.Request? {
        guard var request = try? HTTPClient.Request(url: server.appendingPathComponent(path), method: method, body: body) else { return nil }
        request.headers.replaceOrAdd(name: "Authorization", value: "Bearer \(token)")
        request.headers.replaceOrAdd(name: "X-Desk-Operator", value: operatorName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        request.headers.replaceOrAdd(name: "X-Desk-Window", value: window.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        if let pin { request.headers.replaceOrAdd(name: "X-Desk-PIN", value: pin) }
        return request
    }

    static func fetchSession(_ client: HTTPClient, request: HTTPClient.Request?, timeout: TimeAmount) throws(DeskError) -> SessionInfo {
        let (data, status) = try send(client, request, timeout: timeout)
        guard status == 200 else { throw serverError(String(decoding: data, as: UTF8.self), status: status) }
        guard let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let community = o["community"] as? String, let station = o["station"] as? String else {
            throw DeskError("bad-reply", "服务器的回答无法识别：这是 desk serve 的地址吗？")
        }
        return SessionInfo(community: community, shortName: o["shortName"] as? String ?? community, station: station,
                           operatorName: o["operator"] as? String ?? "", modules: o["modules"] as? [String] ?? [],
                           pending: o["pending"] as? String, pendingLabel: o["pendingLabel"] as? String,
                           completions: o["completions"] as? [String] ?? [])
    }

    /// Sends `request` and waits for the answer (the prompt is synchronous).
    static func send(_ client: HTTPClient, _ request: HTTPClient.Request?, timeout: TimeAmount) throws(DeskError) -> (Data, Int) {
        guard let request else { throw DeskError("server-unreachable", "服务器地址无效：应为 http:// 或 https:// 开头") }
        do {
            let response = try client.execute(request: request, deadline: .now() + timeout).wait()
            return (response.body.map { Data($0.readableBytesView) } ?? Data(), Int(response.status.code))
        } catch {
            throw DeskError("server-unreachable", "无法连接服务器 \(request.host)：\(HTTPFailure(error))")
        }
    }

    /// The server's error body as a ``DeskError``.
    static func serverError(_ body: String, status: Int) -> DeskError {
        if let o = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any],
           let e = o["error"] as? [String: Any], let message = e["message"] as? String {
            return DeskError(e["code"] as? String ?? "http-\(status)", message)
        }
        return DeskError("http-\(status)", "服务器回答 HTTP \(status)")
    }
}
