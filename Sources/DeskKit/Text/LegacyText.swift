#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Text files as Chinese spreadsheets save them: UTF-8 (with or without a byte-order mark), or GB18030/GBK — what
/// Excel and WPS write for "CSV" on a Chinese Windows. Foundation on Linux may not convert GB18030, so the C
/// library's iconv does.
public enum LegacyText {
    /// The text of `data`: UTF-8 when it is valid UTF-8, else GB18030 (a superset of GBK and GB2312); nil when it
    /// is neither.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        if let text = String(data: data, encoding: .utf8) { return (text, .utf8) }
        return gb18030(data).map { ($0, .gb18030) }
    }

    /// What a file was written in.
    public enum Encoding: Sendable, Equatable {
        case utf8, gb18030

        /// `UTF-8`, `GBK`.
        public var name: String { self == .utf8 ? "UTF-8" : "GBK" }
    }

    /// GB18030 bytes as a string, through iconv; nil when a byte sequence is not GB18030.
    static func gb18030(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (i, byte) in raw.enumerated() { input[i] = CChar(bitPattern: byte) }
        }
        // Every GB18030 character is at most 4 bytes and becomes at most 4 bytes of UTF-8.
        var output = [CChar](repeating: 0, count: data.count * 2 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1 as Int, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
