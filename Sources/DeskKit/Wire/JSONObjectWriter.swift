/// Writes one JSON object on one line, key by key, in the form `JSONSerialization` gives with `.sortedKeys` and
/// `.withoutEscapingSlashes` (the wire form is stable, so the bytes must not change): keys in the order written,
/// which the caller keeps sorted; strings as UTF-8 with `"` `\` and control characters escaped (`\n`, `\r`,
/// `\t`, `\b`, `\f`, else `\u00xx`).
///
/// Written by hand because the reply line is on every line's path: `JSONSerialization` built an `NSDictionary`
/// and bridged every string (measured in `desk bench`, relay ingest; docs/performance.md, third pass).
struct JSONObjectWriter {
    private var bytes: [UInt8]
    private var lastKey: String?

    /// An empty object.
    init() { bytes = [UInt8(ascii: "{")] }

    /// An empty object with room for `capacity` bytes before it grows: a reply's line, grown from one byte, was
    /// copied to a new buffer two or three times a message (docs/performance.md, seventy-second pass).
    init(reserving capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
        bytes.append(UInt8(ascii: "{"))
    }

    /// `"key":"value"`, or `"key":null` for nil.
    mutating func add(_ key: String, _ value: String?) {
        self.key(key)
        if let value { string(value) } else { bytes += "null".utf8 }
    }

    /// `"key":["a","b"]`.
    mutating func add(_ key: String, _ values: [String]) {
        self.key(key)
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `"key":true` or `"key":false`.
    mutating func add(_ key: String, _ value: Bool) {
        self.key(key)
        bytes += (value ? "true" : "false").utf8
    }

    /// `"key":{…}`, the inner object written by `body`.
    mutating func add(_ key: String, object body: (inout JSONObjectWriter) -> Void) {
        self.key(key)
        var inner = JSONObjectWriter()
        body(&inner)
        bytes += inner.finished()
    }

    /// The object, closed: its bytes and the closing brace copied once into the string's own storage (the same
    /// UTF-8 `String(decoding:as:)` reads, without the closed array made first).
    var text: String {
        String(unsafeUninitializedCapacity: bytes.count + 1) { buffer in
            _ = buffer.initialize(from: bytes)
            buffer[bytes.count] = UInt8(ascii: "}")
            return bytes.count + 1
        }
    }

    private func finished() -> [UInt8] { bytes + [UInt8(ascii: "}")] }

    private mutating func key(_ key: String) {
        assert(lastKey.map { $0 < key } ?? true, "JSON keys must be written sorted: \(key) after \(lastKey ?? "")")
        if lastKey != nil { bytes.append(UInt8(ascii: ",")) }
        lastKey = key
        string(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// The string quoted, each run of bytes that need no escape copied at once: byte by byte, `string` was
    /// three quarters of `JSONWire.encode` on relay ingest, 10.2 M instructions of 1,000 messages (4.5 M now)
    /// (docs/performance.md, thirtieth pass).
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var run = 0
            for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                bytes += utf8[run..<i]
                escape(byte)
                run = i + 1
            }
            bytes += utf8[run...]
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escape of a byte `string` does not copy as it is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
        case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
        case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
        case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
        case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
        case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes += "\\u00".utf8
            bytes += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
