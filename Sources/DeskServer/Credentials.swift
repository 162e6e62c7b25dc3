import Crypto
import DeskKit
import Foundation

/// Who may call the server: station tokens and Open311 API keys (stored as SHA-256 hashes, never in clear) and
/// bridge secrets (kept whole: an HMAC cannot be checked against a hash; keep the file readable by the server only).
///
/// The file has one entry a line, `#` comments allowed:
/// ```
/// station  驿站1          sha256:<64 hex digits of the token's SHA-256>
/// apikey   12345平台      sha256:<…>
/// bridge   wechat         <the shared secret>
/// ```
/// `desk token station 驿站1` prints a new random token and the line to add.
public struct Credentials: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case station, apikey, bridge }

    /// Token hash → station name.
    var stations: [String: String] = [:]
    /// Key hash → caller name.
    var apiKeys: [String: String] = [:]
    /// Bridge name → secret.
    var bridges: [String: Data] = [:]

    public init() {}

    /// Reads the credentials file; a bad line is refused with its number and what is wrong.
    public init(contentsOf text: String) throws(DeskError) {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let at = "凭据文件第\(index + 1)行"
            guard parts.count == 3, let kind = Kind(rawValue: parts[0]) else {
                throw DeskError("bad-credentials", "\(at)应为「种类 名称 值」，种类为 station、apikey 或 bridge")
            }
            try add(kind, name: parts[1], value: parts[2], at: at)
        }
    }

    /// Adds one entry: a `sha256:` hash for stations and API keys, the secret itself for bridges.
    public mutating func add(_ kind: Kind, name: String, value: String, at: String = "凭据") throws(DeskError) {
        switch kind {
        case .station, .apikey:
            guard value.hasPrefix("sha256:"), value.count == 71, value.dropFirst(7).allSatisfy(\.isHexDigit) else {
                throw DeskError("bad-credentials", "\(at)的值应为 sha256: 加 64 位十六进制摘要（用 desk serve token 生成）")
            }
            let hash = value.dropFirst(7).lowercased()
            if kind == .station { stations[hash] = name } else { apiKeys[hash] = name }
        case .bridge:
            guard value.utf8.count >= 16 else { throw DeskError("bad-credentials", "\(at)：桥接密钥至少 16 个字符") }
            bridges[name] = Data(value.utf8)
        }
    }

    /// Checks that every station token names one of the community's stations (its cases are recorded at that
    /// station), taking a station's id (`station-1`) for its name; an unknown one is refused, naming the valid ones.
    public mutating func checkStations(in directory: CommunityDirectory) throws(DeskError) {
        for (hash, name) in stations {
            do { stations[hash] = try directory.station(named: name).name } catch {
                throw DeskError("bad-credentials", "凭据文件中的驿站令牌：\(error.message)")
            }
        }
    }

    /// The station a bearer token belongs to.
    public func station(token: String) -> String? { stations[Self.hash(token)] }

    /// The caller an Open311 `api_key` belongs to.
    public func apiCaller(key: String) -> String? { apiKeys[Self.hash(key)] }

    /// The secret of bridge `name`.
    func bridgeSecret(_ name: String) -> SymmetricKey? { bridges[name].map { SymmetricKey(data: $0) } }

    /// `sha256` of a token as 64 lowercase hex digits: what the file stores.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// A new random token (32 bytes, URL-safe base64 without padding).
    public static func newToken() -> String {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        return bytes.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
