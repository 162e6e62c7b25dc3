import Crypto
import DeskKit
import Foundation
import Hummingbird
import Synchronization

/// Who is looking at the dashboard.
public struct WebOperator: Sendable, Equatable {
    public var name: String
    /// The role of the operator's account; nil when the desk has no accounts and a station token let them in.
    public var role: OperatorRole?

    var label: String { role.map { "\(name)（\($0.chinese)）" } ?? name }
}

/// Lets the dashboard through with HTTP Basic authentication, which every browser asks for itself (no script,
/// no cookie, so no cross-site request can ride on it):
/// - once the desk has operator accounts, the user name is an operator's and the password the account's PIN,
///   checked against its bcrypt hash (docs/privacy.md);
/// - without accounts, the password is a station token from the credentials file (any user name, recorded as
///   the name shown).
/// A successful check is remembered for five minutes (by the SHA-256 of name and secret), so that each page
/// does not cost a bcrypt round. Serve it over TLS only (README: behind nginx or Caddy).
public struct DashboardAuthMiddleware: RouterMiddleware {
    public typealias Context = DeskRequestContext
    let worker: DeskWorker
    let credentials: Credentials
    let now: @Sendable () -> Date
    let remembered = RememberedSignIns()

    public init(worker: DeskWorker, credentials: Credentials, now: @escaping @Sendable () -> Date = Date.init) {
        self.worker = worker; self.credentials = credentials; self.now = now
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let pair = Self.basic(request.headers[.authorization]) else { return challenge(nil) }
        let (name, secret) = pair
        let key = Credentials.hash(name + "\u{0}" + secret)
        let found: WebOperator?
        if let known = remembered.get(key, now: now()) {
            found = known
        } else {
            let credentials = self.credentials
            found = try await worker.read { desk -> WebOperator? in
                if desk.rolesEnabled {
                    guard let account = try? desk.signIn(name: name, pin: secret) else { return nil }
                    return WebOperator(name: account.name, role: account.role)
                }
                guard credentials.station(token: secret) != nil else { return nil }
                return WebOperator(name: name.isEmpty ? "值班人员" : String(name.prefix(40)), role: nil)
            }
            if let found { remembered.set(key, found, until: now().addingTimeInterval(300)) }
        }
        guard let found else {
            context.logger.notice("dashboard sign-in refused")
            return challenge("姓名或密码不正确")
        }
        var context = context
        context.webOperator = found
        return try await next(request, context)
    }

    /// 401 asking the browser for a name and password (UTF-8, so Chinese names work).
    private func challenge(_ reason: String?) -> Response {
        var headers = HTMLResponse.securityHeaders
        headers[.wwwAuthenticate] = "Basic realm=\"MicroDesk\", charset=\"UTF-8\""
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let text = (reason.map { $0 + "。" } ?? "") + "请用操作员姓名和 PIN 登录（还没有操作员账号时，密码为驿站令牌）。"
        return Response(status: .unauthorized, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The name and password of a `Basic` header.
    static func basic(_ header: String?) -> (String, String)? {
        guard let header, header.lowercased().hasPrefix("basic "),
              let data = Data(base64Encoded: header.dropFirst(6).trimmingCharacters(in: .whitespaces)),
              let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":") else { return nil }
        let secret = String(text[text.index(after: colon)...])
        guard !secret.isEmpty else { return nil }
        return (String(text[..<colon]).trimmingCharacters(in: .whitespaces), secret)
    }
}

/// Sign-ins checked recently, by the hash of name and secret, with their expiry.
final class RememberedSignIns: Sendable {
    private let entries = Mutex<[String: (WebOperator, Date)]>([:])

    func get(_ key: String, now: Date) -> WebOperator? {
        entries.withLock { e in
            guard let (who, until) = e[key] else { return nil }
            if until < now { e[key] = nil; return nil }
            return who
        }
    }

    func set(_ key: String, _ who: WebOperator, until: Date) {
        entries.withLock { e in
            if e.count > 1000 { e.removeAll() }
            e[key] = (who, until)
        }
    }
}
