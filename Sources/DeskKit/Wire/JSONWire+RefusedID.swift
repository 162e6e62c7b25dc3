import Foundation

extension JSONWire {
    /// The `id` of an input line that ``decode(_:now:)`` refused, when it can still be read: the line is a JSON
    /// object with a string `id` (a bad time, a missing `text` or `group`, a key given twice), or the start of one
    /// whose `id` came before the point where it broke (`{"id": "m7", "text": "漏水` cut off, a missing quote
    /// later on). Nil for a line that is not an object at all. Error records carry it, so that whoever sent the
    /// line can tell which message failed.
    public static func id(ofRefused line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{") else { return nil }
        if let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] {
            return object["id"] as? String
        }
        var scanner = RefusedLineScanner(Array(trimmed.utf8))
        return scanner.topLevelID()
    }
}

/// Reads a broken JSON object from the start, as far as it is well formed, looking for a top-level `"id"`
/// whose value is a complete string. Nested objects and arrays are skipped; the first thing that is not JSON
/// ends the search.
private struct RefusedLineScanner {
    let bytes: [UInt8]
    var at = 1   // after the opening brace

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func topLevelID() -> String? {
        while true {
            skipSpace()
            guard let key = string() else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            if key == "id", peek == UInt8(ascii: "\"") { return string() }
            guard skipValue() else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ",")) else { return nil }
        }
    }

    private var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        at += 1
        return true
    }

    private mutating func skipSpace() {
        while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { at += 1 }
    }

    /// A complete string at the position, decoded (escapes included); nil when there is none or it is cut off.
    private mutating func string() -> String? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        let start = at
        at += 1
        while let b = peek {
            at += 1
            if b == UInt8(ascii: "\\") { at += 1; continue }
            if b == UInt8(ascii: "\"") {
                let literal = Data(bytes[start..<at])
                return (try? JSONSerialization.jsonObject(with: literal, options: .fragmentsAllowed)) as? String
            }
        }
        return nil
    }

    /// Skips one value (a string, a number, a literal, or a nested object or array); false when it is cut off.
    private mutating func skipValue() -> Bool {
        guard let first = peek else { return false }
        if first == UInt8(ascii: "\"") { return string() != nil }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            var depth = 0
            while let b = peek {
                if b == UInt8(ascii: "\"") { guard string() != nil else { return false }; continue }
                at += 1
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1; if depth == 0 { return true } }
            }
            return false
        }
        while let b = peek, b != UInt8(ascii: ","), b != UInt8(ascii: "}"), b != 0x20, b != 0x09 { at += 1 }
        return at < bytes.count
    }
}
