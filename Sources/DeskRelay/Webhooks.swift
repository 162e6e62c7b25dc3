import DeskKit
import Foundation

/// Which group-bot webhook posts to which WeChat group. A WeCom group bot belongs to one group, so a group's
/// messages go only to its own bot; a group without one keeps its messages pending.
///
/// Kept in a file outside the database and outside the command line (the key in a webhook URL is a secret
/// that would otherwise show in `ps`, shell history and the seed documents): one group a line, its name, white
/// space and the URL; `#` starts a comment.
///
/// ```
/// # 群名          机器人 webhook
/// 水印桃源1群     https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…
/// ```
public struct Webhooks: Sendable, Equatable {
    public let urls: [String: URL]

    public init(_ urls: [String: URL]) { self.urls = urls }

    /// Reads the file format above, naming the line that is wrong (without echoing its URL).
    public static func parse(_ text: String, name: String) throws(DeskError) -> Webhooks {
        var urls: [String: URL] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !parts.isEmpty else { continue }
            guard parts.count >= 2, let url = URL(string: parts.last!), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw DeskError("bad-webhooks", "\(name) 第\(n + 1)行应为「群名 webhook地址」（http 或 https）")
            }
            let group = parts.dropLast().joined(separator: " ")
            guard urls[group] == nil else { throw DeskError("bad-webhooks", "\(name) 第\(n + 1)行：群「\(group)」重复") }
            urls[group] = url
        }
        return Webhooks(urls)
    }

    /// Reads the file at `path`.
    public static func load(path: String) throws(DeskError) -> Webhooks {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DeskError("bad-webhooks", "无法读取 webhook 配置文件 \(path)")
        }
        return try parse(text, name: path)
    }
}

/// Keeps secrets out of what is printed and stored: a URL without its query (the `key`), fragment and user info.
public enum Redact {
    /// `http://127.0.0.1:8080/cgi-bin/webhook/send?key=SECRET` → `http://127.0.0.1:8080/cgi-bin/webhook/send?…`.
    public static func url(_ url: URL) -> String {
        guard var c = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return "(webhook)" }
        let hadQuery = c.query != nil
        c.user = nil; c.password = nil; c.query = nil; c.fragment = nil
        return (c.string ?? "(webhook)") + (hadQuery ? "?…" : "")
    }

    /// Any URL-looking run in `text` with its query and user info removed.
    public static func text(_ text: String) -> String {
        guard let detector = try? NSRegularExpression(pattern: #"[A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>]+"#) else { return text }
        var out = text
        for m in detector.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(m.range, in: out) else { continue }
            let found = String(out[range])
            out.replaceSubrange(range, with: URL(string: found).map(url) ?? "(webhook)")
        }
        return out
    }
}
