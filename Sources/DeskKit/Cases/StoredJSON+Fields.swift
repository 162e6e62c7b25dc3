// The case rows' `fields` and the lists (`missing`, the outbox's `mentions`) written and read by hand, in exactly
// the text `JSONEncoder` with sorted keys gives them (``StoredJSON``): keys in the order of their UTF-8 bytes, no
// whitespace, `"`, `\`, `/` and the control characters escaped as Foundation escapes them, other characters as
// they are. Through `JSONEncoder` and `JSONDecoder` they cost 80.8 M of relay ingest's 1,091 M instructions per
// 1,000 messages, by hand 16.9 M (docs/performance.md, fourteenth pass). A value of a kind not written here (money, dates, a
// citizen id) or a non-ASCII key is left to `JSONEncoder`; a text not read here (whitespace, a `\u` escape, a
// `null`, an unknown key: nothing the desk writes) is left to `JSONDecoder`, so every stored column still reads.
// `StoredJSONFieldsTests` compares both ways with Foundation's coders on random values.

extension StoredJSON {
    /// `fields` as `JSONEncoder` with sorted keys writes them, or nil when a value or key is not written here.
    static func compact(_ fields: [String: FieldValue]) -> String? {
        var json = JSONText()
        json.bytes.append(UInt8(ascii: "{"))
        var first = true
        for key in fields.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            if !first { json.bytes.append(UInt8(ascii: ",")) }
            first = false
            json.string(key)
            json.bytes.append(UInt8(ascii: ":"))
            guard json.value(fields[key]!) else { return nil }
        }
        json.bytes.append(UInt8(ascii: "}"))
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// A list of texts as `JSONEncoder` writes it.
    static func compact(_ list: [String]) -> String {
        var json = JSONText()
        // Room for the texts, their quotes and commas (escapes may grow it): the outbox's one mention, written from an
        // empty array, grew it two or three times.
        json.bytes.reserveCapacity(list.reduce(2) { $0 + $1.utf8.count + 3 })
        json.list(list)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// `fields` read from the text ``compact(_:)`` writes, or nil for any other text.
    static func fields(_ bytes: UnsafeRawBufferPointer) -> [String: FieldValue]? {
        var scanner = JSONScanner(bytes: bytes)
        guard let fields = scanner.fields(), scanner.atEnd else { return nil }
        return fields
    }

    /// A list of texts read from the text ``compact(_:)`` writes, or nil for any other text.
    static func list(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        var scanner = JSONScanner(bytes: bytes)
        guard let list = scanner.list(), scanner.atEnd else { return nil }
        return list
    }
}

/// JSON text being written, byte by byte.
private struct JSONText {
    var bytes: [UInt8] = []

    /// Writes `value` in the form of `FieldValue`'s synthesized `Codable` (`{"text":{"_0":"…"}}`); false for a
    /// kind not written here.
    mutating func value(_ value: FieldValue) -> Bool {
        switch value {
        case .text(let s): open("text"); string(s)
        case .integer(let n): open("integer"); integer(n)
        case .choice(let s): open("choice"); string(s)
        case .choices(let list): open("choices"); self.list(list)
        case .phone(let p): open("phone"); bytes.append(contentsOf: #"{"digits":"#.utf8); string(p.digits); bytes.append(UInt8(ascii: "}"))
        case .address(let a): open("address"); address(a)
        case .money, .datetime, .yearMonth, .idNumber: return false
        }
        bytes.append(contentsOf: "}}".utf8)
        return true
    }

    private mutating func open(_ kind: String) {
        bytes.append(contentsOf: #"{""#.utf8)
        bytes.append(contentsOf: kind.utf8)
        bytes.append(contentsOf: #"":{"_0":"#.utf8)
    }

    /// An address's present properties, in the order of their names' bytes.
    private mutating func address(_ a: Address) {
        var first = true
        func key(_ name: String) {
            bytes.append(contentsOf: (first ? #"{""# : #",""#).utf8)
            bytes.append(contentsOf: name.utf8)
            bytes.append(contentsOf: #"":"#.utf8)
            first = false
        }
        if let v = a.building { key("building"); integer(v) }
        if let v = a.compound { key("compound"); string(v) }
        if let v = a.compoundName { key("compoundName"); string(v) }
        if let v = a.house { key("house"); integer(v) }
        if let v = a.place { key("place"); string(v) }
        if let v = a.room { key("room"); integer(v) }
        if let v = a.unit { key("unit"); integer(v) }
        if let v = a.unverified { key("unverified"); string(v) }
        if let v = a.villageGroup { key("villageGroup"); integer(v) }
        bytes.append(contentsOf: (first ? "{}" : "}").utf8)
    }

    mutating func list(_ list: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, s) in list.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(s)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func integer(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    /// A string as Foundation escapes it: `"`, `\` and `/` after a backslash, the control characters with a
    /// letter or as `\u00xx` (lower-case hex), everything else as its UTF-8 — each run of bytes that need no escape
    /// copied at once, as ``JSONObjectWriter`` copies them: byte by byte, an outbox post's one mention cost some 2,000
    /// instructions (docs/performance.md, seventy-second pass).
    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var run = 0
            for (i, b) in utf8.enumerated()
            where b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "/") || b < 0x20 {
                bytes += utf8[run..<i]
                escape(b)
                run = i + 1
            }
            bytes += utf8[run...]
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte ``string(_:)`` does not copy as it is.
    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: #"\u00"#.utf8)
            bytes.append(hex[Int(b >> 4)]); bytes.append(hex[Int(b & 0xF)])
        }
    }
}

/// Reads the JSON text ``JSONText`` writes; every method returns nil (and the caller gives up) on anything else.
private struct JSONScanner {
    let bytes: UnsafeRawBufferPointer
    var i = 0

    var atEnd: Bool { i == bytes.count }

    mutating func fields() -> [String: FieldValue]? {
        guard take("{") else { return nil }
        var fields: [String: FieldValue] = [:]
        if take("}") { return fields }
        repeat {
            guard let key = string(), take(":"), fields[key] == nil, let value = value() else { return nil }
            fields[key] = value
        } while take(",")
        return take("}") ? fields : nil
    }

    /// `{"kind":{"_0":…}}`.
    private mutating func value() -> FieldValue? {
        guard take("{"), let kind = string(), take(":"), take(#"{"_0":"#) else { return nil }
        let value: FieldValue?
        switch kind {
        case "text": value = string().map(FieldValue.text)
        case "integer": value = integer().map(FieldValue.integer)
        case "choice": value = string().map(FieldValue.choice)
        case "choices": value = list().map(FieldValue.choices)
        case "phone":
            guard take(#"{"digits":"#), let digits = string(), take("}") else { return nil }
            value = .phone(PhoneNumber(storedDigits: digits))
        case "address": value = address().map(FieldValue.address)
        default: return nil
        }
        return take("}}") ? value : nil
    }

    private mutating func address() -> Address? {
        guard take("{") else { return nil }
        var a = Address()
        if take("}") { return a }
        var seen: Set<String> = []
        repeat {
            guard let key = string(), take(":"), seen.insert(key).inserted else { return nil }
            switch key {
            case "building": guard let v = integer() else { return nil }; a.building = v
            case "compound": guard let v = string() else { return nil }; a.compound = v
            case "compoundName": guard let v = string() else { return nil }; a.compoundName = v
            case "house": guard let v = integer() else { return nil }; a.house = v
            case "place": guard let v = string() else { return nil }; a.place = v
            case "room": guard let v = integer() else { return nil }; a.room = v
            case "unit": guard let v = integer() else { return nil }; a.unit = v
            case "unverified": guard let v = string() else { return nil }; a.unverified = v
            case "villageGroup": guard let v = integer() else { return nil }; a.villageGroup = v
            default: return nil
            }
        } while take(",")
        return take("}") ? a : nil
    }

    mutating func list() -> [String]? {
        guard take("[") else { return nil }
        var list: [String] = []
        if take("]") { return list }
        repeat {
            guard let s = string() else { return nil }
            list.append(s)
        } while take(",")
        return take("]") ? list : nil
    }

    /// Optional minus and digits (no leading zero), within `Int`, followed by `,` or `}`.
    private mutating func integer() -> Int? {
        let start = i
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: "}"),
              i - digits == 1 || bytes[digits] != UInt8(ascii: "0") else { return nil }
        return Int(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    /// A string with the escapes ``JSONText/string(_:)`` writes but `\u`; valid UTF-8 only.
    private mutating func string() -> String? {
        guard take("\"") else { return nil }
        var text: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""): return String(validating: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(e)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "r"): text.append(0x0D)
                default: return nil
                }
            case 0..<0x20: return nil
            default: text.append(b)
            }
        }
        return nil
    }

    /// Skips `literal` if the text goes on with it.
    private mutating func take(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard bytes.count - i >= n else { return false }
        let p = literal.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        i += n
        return true
    }
}
