import Foundation

/// An Open311 answer, written as JSON or as XML from the same tree, as GeoReport v2 lays them out: a list is
/// a JSON array and, in XML, an element repeating its item name (`<services><service>…</service></services>`).
indirect enum Open311Node {
    case text(String)
    case number(Int)
    case bool(Bool)
    case null
    case object([(String, Open311Node)])
    case list(item: String, [Open311Node])

    static func text(_ value: String?) -> Open311Node { value.map(Open311Node.text) ?? .null }
}

/// The two formats of every resource, chosen by its extension (`services.json`, `services.xml`).
public enum Open311Format: String, Sendable, CaseIterable {
    case json, xml

    var contentType: String { self == .json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8" }

    /// The document `root` (the XML root element's name) in this format.
    func render(_ node: Open311Node, root: String) -> String {
        switch self {
        case .json:
            let data = try? JSONSerialization.data(withJSONObject: Self.json(node), options: [.withoutEscapingSlashes, .fragmentsAllowed])
            return data.map { String(decoding: $0, as: UTF8.self) } ?? "null"
        case .xml:
            var out = #"<?xml version="1.0" encoding="UTF-8"?>"#
            Self.xml(node, name: root, into: &out)
            return out
        }
    }

    private static func json(_ node: Open311Node) -> Any {
        switch node {
        case .text(let s): s
        case .number(let n): n
        case .bool(let b): b
        case .null: NSNull()
        case .object(let pairs): Dictionary(pairs.map { ($0.0, json($0.1)) }, uniquingKeysWith: { a, _ in a })
        case .list(_, let items): items.map(json)
        }
    }

    private static func xml(_ node: Open311Node, name: String, into out: inout String) {
        switch node {
        case .null:
            out += "<\(name)/>"
        case .text(let s):
            out += "<\(name)>\(escape(s))</\(name)>"
        case .number(let n):
            out += "<\(name)>\(n)</\(name)>"
        case .bool(let b):
            out += "<\(name)>\(b)</\(name)>"
        case .object(let pairs):
            out += "<\(name)>"
            for (key, value) in pairs { xml(value, name: key, into: &out) }
            out += "</\(name)>"
        case .list(let item, let items):
            out += "<\(name)>"
            for value in items { xml(value, name: item, into: &out) }
            out += "</\(name)>"
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where c.value < 0x20 && c != "\n" && c != "\t" && c != "\r": continue   // not allowed in XML 1.0
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
