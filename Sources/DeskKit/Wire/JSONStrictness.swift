import Foundation

/// What Foundation's JSON reader lets through and the wire form refuses: a key given twice in one object
/// (`{"text":"列表","text":"办结 BX-0001 …"}` — which one did the sender mean?) and a comma before `}` or `]`.
///
/// Runs on text that already parsed as JSON, so it only tracks strings, nesting and commas.
enum JSONStrictness {
    static func check(_ json: String) throws(DeskError) {
        let b = Array(json.utf8)
        // One entry per open container: the keys seen so far (nil for an array) and whether the next string is a key.
        var stack: [(keys: Set<String>?, expectKey: Bool)] = []
        var lastSignificant: UInt8 = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case UInt8(ascii: "\""):
                let start = i
                i += 1
                while i < b.count, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
                if var top = stack.last, top.keys != nil, top.expectKey {
                    let key = unescape(b[(start + 1)..<min(i, b.count)])
                    guard top.keys!.insert(key).inserted else {
                        throw DeskError("bad-json", "JSON 对象中字段 \"\(key)\" 出现了两次")
                    }
                    top.expectKey = false
                    stack[stack.count - 1] = top
                }
            case UInt8(ascii: "{"): stack.append((keys: [], expectKey: true))
            case UInt8(ascii: "["): stack.append((keys: nil, expectKey: false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if lastSignificant == UInt8(ascii: ",") { throw DeskError("bad-json", "JSON 中 } 或 ] 前面多了一个逗号") }
                _ = stack.popLast()
            case UInt8(ascii: ","):
                if stack.last?.keys != nil { stack[stack.count - 1].expectKey = true }
            default: break
            }
            if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { lastSignificant = c }
            i += 1
        }
    }

    /// A key's text with its JSON escapes read (so that `"\u0074ext"` is the same key as `"text"`).
    private static func unescape(_ raw: ArraySlice<UInt8>) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard raw.contains(UInt8(ascii: "\\")) else { return text }
        let array = try? JSONSerialization.jsonObject(with: Data("[\"\(text)\"]".utf8)) as? [String]
        return array?.first ?? text
    }
}
