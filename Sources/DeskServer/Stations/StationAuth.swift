import DeskKit
import Foundation
import HTTPTypes
import Hummingbird

/// Who a station client is: the station its token belongs to, the operator at it and the client's window.
public struct StationIdentity: Sendable, Equatable {
    public var station: String
    public var operatorName: String
    /// The operator's role, proved by their PIN (nil with roles off, or for a name without an account check).
    public var role: OperatorRole? = nil
    /// The client's terminal (`X-Desk-Window`), so that two windows at one station keep their own questions.
    public var window: String?

    /// The key under which this window's pending questions are kept — the same form as at a local prompt.
    public var conversation: String { "desk:\(operatorName)@\(station)" + (window.map { "#\($0)" } ?? "") }
}

/// An operator a station's request was checked for: the name recorded in case events and the role the PIN
/// proved (nil when roles are off or no PIN was checked).
public struct VerifiedOperator: Sendable, Equatable {
    public var name: String
    public var role: OperatorRole?

    public init(name: String, role: OperatorRole? = nil) { self.name = name; self.role = role }
}

/// Checks the operator a station client names. The station token proves the terminal; this proves the person.
/// The default accepts any name; an operator-account check with PINs plugs in here.
public protocol OperatorVerifier: Sendable {
    /// The operator (name and role), or a ``DeskError`` saying why they may not work.
    func verify(operatorName: String, pin: String?, station: String) throws(DeskError) -> VerifiedOperator
}

/// Accepts any non-empty operator name, ignoring the PIN: the station token alone authenticates.
public struct NamedOperators: OperatorVerifier {
    public init() {}
    public func verify(operatorName: String, pin: String?, station: String) throws(DeskError) -> VerifiedOperator {
        let name = operatorName.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 40 else {
            throw DeskError("missing-operator", "请在 X-Desk-Operator 头中给出值班人员姓名（URL 编码，最多 40 字）")
        }
        return VerifiedOperator(name: name)
    }
}

/// The desk's operator accounts (docs/privacy.md): once accounts exist, a station's operator must name one and
/// give its PIN (`X-Desk-PIN`), checked against the bcrypt hash (wrong PINs count towards the account's lockout),
/// and the account's role goes with every line; with none, any named operator is accepted, as at the local prompt
/// with roles off.
public struct AccountOperators: OperatorVerifier {
    let desk: Desk

    public init(desk: Desk) { self.desk = desk }

    public func verify(operatorName: String, pin: String?, station: String) throws(DeskError) -> VerifiedOperator {
        let named = try NamedOperators().verify(operatorName: operatorName, pin: pin, station: station)
        guard desk.rolesEnabled else { return named }
        guard let pin, !pin.isEmpty else {
            throw DeskError("missing-pin", "已启用操作员账号：请在 X-Desk-PIN 头中给出值班人员的 PIN")
        }
        do {
            let account = try desk.signIn(name: named.name, pin: pin)
            return VerifiedOperator(name: account.name, role: account.role)
        } catch {
            throw (error as? DeskError) ?? DeskError("bad-pin", "值班人员或 PIN 不正确")
        }
    }
}

/// Header names of the station protocol.
public enum DeskHeaders {
    /// The operator's name, percent-encoded UTF-8.
    public static let operatorName = HTTPField.Name("X-Desk-Operator")!
    /// The operator's PIN, when the operator check asks for one.
    public static let pin = HTTPField.Name("X-Desk-PIN")!
    /// The client's window (its terminal), percent-encoded.
    public static let window = HTTPField.Name("X-Desk-Window")!
    public static let bridge = HTTPField.Name("X-Desk-Bridge")!
    public static let timestamp = HTTPField.Name("X-Desk-Timestamp")!
    public static let nonce = HTTPField.Name("X-Desk-Nonce")!
    public static let signature = HTTPField.Name("X-Desk-Signature")!
}

/// Lets a request through only with a station's bearer token and an operator the ``OperatorVerifier`` accepts;
/// sets ``DeskRequestContext/station``. Refusals are 401 with a Chinese message and change nothing.
public struct StationAuthMiddleware: RouterMiddleware {
    public typealias Context = DeskRequestContext
    let credentials: Credentials
    let operators: any OperatorVerifier

    public init(credentials: Credentials, operators: any OperatorVerifier) {
        self.credentials = credentials; self.operators = operators
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
              let station = credentials.station(token: String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)) else {
            context.logger.notice("station refused", metadata: ["reason": "token"])
            return ErrorBody.response(.unauthorized, DeskError("unauthorized", "驿站令牌无效或缺失（Authorization: Bearer …）"),
                                      headers: [.wwwAuthenticate: "Bearer"])
        }
        let named = request.headers[DeskHeaders.operatorName].flatMap { $0.removingPercentEncoding } ?? ""
        let verified: VerifiedOperator
        do {
            verified = try operators.verify(operatorName: named, pin: request.headers[DeskHeaders.pin], station: station)
        } catch {
            context.logger.notice("operator refused", metadata: ["station": "\(station)", "reason": "\(error.code)"])
            return ErrorBody.response(.unauthorized, error)
        }
        var context = context
        let window = request.headers[DeskHeaders.window].flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : String($0.prefix(100)) }
        context.station = StationIdentity(station: station, operatorName: verified.name, role: verified.role, window: window)
        return try await next(request, context)
    }
}
