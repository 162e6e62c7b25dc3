import DeskHTTP
import Foundation

/// Reads a webhook's answer. Success is exactly HTTP 200 with a JSON object whose one `errcode` is the integer
/// literal 0 — not `false`, `"0"`, `0.0` or `null`, which Foundation would all let through as "0".
enum WebhookAnswer {
    /// `retryAfter` is the answer's `Retry-After` header, if it had one.
    static func classify(status: Int, retryAfter header: String?, body: Data) -> OutboxDelivery.Answer {
        if (300..<400).contains(status) { return .permanent("HTTP \(status) 重定向（不跟随；请检查 webhook 地址）") }
        if status == 429 || (500..<600).contains(status) {
            return .refused("HTTP \(status)", retryAfter: header.flatMap(retryAfter))
        }
        guard status == 200 else { return .permanent("HTTP \(status)") }
        switch errcode(body) {
        case .some(0): return .delivered
        case .some(-1): return .refused("errcode -1：系统繁忙", retryAfter: nil)
        case .some(45009): return .refused("errcode 45009：发送太频繁", retryAfter: 60)
        case .some(let code): return .permanent("errcode \(code)" + (errmsg(body).map { "：\($0)" } ?? ""))
        case .none: return .permanent("回应中没有整数 errcode")
        }
    }

    /// The integer `errcode`, read from the text itself: exactly one such key, its value an integer literal.
    static func errcode(_ body: Data) -> Int? {
        guard (try? JSONSerialization.jsonObject(with: body)) is [String: Any] else { return nil }
        let text = String(decoding: body, as: UTF8.self)
        let pattern = #""errcode"\s*:\s*(-?[0-9]+)\s*[,}]"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
              text.components(separatedBy: "\"errcode\"").count == 2,
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(m.range(at: 1), in: text) else { return nil }
        return Int(text[range])
    }

    private static func errmsg(_ body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        return (object["errmsg"] as? String).map { Redact.text(String($0.prefix(100))) }
    }

    /// `Retry-After` in seconds (the HTTP-date form is not used by WeCom and is ignored).
    static func retryAfter(_ header: String) -> TimeInterval? {
        TimeInterval(header.trimmingCharacters(in: .whitespaces))
    }

    /// A failure before any answer, described without the URL (which carries the key). Only a failure before the
    /// request could have been sent is `refused` (safe to retry); one after it is `unknown`.
    static func transportFailure(_ error: any Error) -> OutboxDelivery.Answer {
        switch HTTPFailure(error) {
        case .notConnected: return .refused("无法连接 webhook 服务器", retryAfter: nil)
        case .timedOut: return .unknown("等待回应超时")
        case .connectionLost: return .unknown("连接中断")
        case .badAddress: return .permanent("webhook 地址无效")
        case .tls: return .permanent("TLS 握手失败（请检查 webhook 地址和本机的证书）")
        case .other(let name): return .unknown("网络错误（\(name)）")
        }
    }
}
