import DeskKit
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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
    let session: URLSession
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
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        session = URLSession(configuration: configuration)
        info = try Self.fetchSession(session, request: Self.request(server, "v1/session", token: token, operatorName: operatorName,
                                                                    pin: pin, window: window))
        latest = Mutex(info)
    }

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
        var request = request("v1/lines")
        request.httpMethod = "POST"
        request.setValue("application/x-ndjson; charset=utf-8", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data((JSONWire.encode(input) + "\n").utf8)
        do throws(DeskError) {
            let (data, status) = try Self.send(session, request)
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

    public func completionWords() -> [String] { refresh().completions }

    /// Asks the server for the session's state now; keeps the last answer when the server does not answer.
    private func refresh() -> SessionInfo {
        if let now = try? Self.fetchSession(session, request: request("v1/session")) { latest.withLock { $0 = now } }
        return latest.withLock { $0 }
    }

    private func request(_ path: String) -> URLRequest {
        Self.request(server, path, token: token, operatorName: operatorName, pin: pin, window: window)
    }

    // MARK: HTTP

    static func request(_ server: URL, _ path: String, token: String, operatorName: String, pin: String?, window: String) -> URLRequest {
        var request = URLRequest(url: server.appendingPathComponent(path))
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue(operatorName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "", forHTTPHeaderField: "X-Desk-Operator")
        request.setValue(window.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "", forHTTPHeaderField: "X-Desk-Window")
        if let pin { request.setValue(pin, forHTTPHeaderField: "X-Desk-PIN") }
        return request
    }

    static func fetchSession(_ session: URLSession, request: URLRequest) throws(DeskError) -> SessionInfo {
        let (data, status) = try send(session, request)
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
    static func send(_ session: URLSession, _ request: URLRequest) throws(DeskError) -> (Data, Int) {
        final class Box: @unchecked Sendable { var result: Result<(Data, Int), any Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else {
                box.result = .success((data ?? Data(), (response as? HTTPURLResponse)?.statusCode ?? 0))
            }
            done.signal()
        }.resume()
        done.wait()
        switch box.result! {
        case .success(let answer): return answer
        case .failure(let error):
            throw DeskError("server-unreachable", "无法连接服务器 \(request.url?.host ?? "")：\(error.localizedDescription)")
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
