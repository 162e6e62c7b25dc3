#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor as bytes, so that invalid UTF-8 and over-long lines can be reported
/// rather than crash or exhaust memory: a line longer than ``maxBytes`` is skipped to its end.
public struct LineReader {
    /// One line read.
    public enum Line: Equatable {
        case text(String)
        case invalidUTF8
        case tooLong(bytes: Int)
    }

    public let fd: Int32
    public let maxBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// Whether a line was returned yet: a UTF-8 byte-order mark (as Windows editors write) is dropped from the first.
    private var started = false

    public init(fd: Int32 = STDIN_FILENO, maxBytes: Int = 64 * 1024) {
        self.fd = fd; self.maxBytes = maxBytes
    }

    /// The next line, or nil at the end of input. A final line without a newline is returned too.
    public mutating func next() -> Line? {
        let line = nextLine()
        defer { started = true }
        if !started, case .text(let first)? = line, first.unicodeScalars.first == "\u{FEFF}" {
            return .text(String(first.unicodeScalars.dropFirst()))
        }
        return line
    }

    /// Whether ``next()`` has a line to return without reading from `fd`: a whole line is already read, or the
    /// input ended after a last one. (Line mode answers the lines already waiting together.)
    public var hasLineWaiting: Bool {
        buffer[start...].contains(0x0A) || (finished && start < buffer.count)
    }

    private mutating func nextLine() -> Line? {
        var skipped = 0
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                let bytes = buffer[start..<nl]
                start = nl + 1
                compact()
                if skipped + bytes.count > maxBytes { return .tooLong(bytes: skipped + bytes.count) }
                return Self.decode(bytes)
            }
            if buffer.count - start > maxBytes {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true); start = 0
            }
            if finished {
                guard start < buffer.count || skipped > 0 else { return nil }
                let bytes = buffer[start...]
                buffer.removeAll(); start = 0
                if skipped + bytes.count > maxBytes { return .tooLong(bytes: skipped + bytes.count) }
                return Self.decode(bytes)
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                finished = true
            } else {
                buffer += chunk[0..<n]
            }
        }
    }

    private mutating func compact() {
        if start > 1 << 16 { buffer.removeFirst(start); start = 0 }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> Line {
        var slice = bytes
        if slice.last == 0x0D { slice = slice.dropLast() }   // CRLF
        guard let text = String(validating: slice, as: UTF8.self) else { return .invalidUTF8 }
        return .text(text)
    }
}
