import Foundation

/// An `application/x-www-form-urlencoded` body (or query): `+` is a space, `%XX` a byte of UTF-8. GeoReport v2
/// sends attributes as `attribute[code]=value`.
struct FormBody {
    private(set) var values: [String: String] = [:]

    /// Reads `text`; nil when a name or value is not valid percent-encoded UTF-8.
    init?(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { return nil }
            values[name] = value
        }
    }

    subscript(_ name: String) -> String? {
        values[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    /// The `attribute[code]` values by code.
    var attributes: [String: String] {
        var found: [String: String] = [:]
        for (name, value) in values where name.hasPrefix("attribute[") && name.hasSuffix("]") {
            let code = String(name.dropFirst(10).dropLast())
            if !code.isEmpty, !value.trimmingCharacters(in: .whitespaces).isEmpty { found[code] = value }
        }
        return found
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
