import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 that answers each request with the next scripted response (the last one
/// repeats) and keeps the bodies and request lines it received. Only for tests; it never leaves the loopback
/// interface.
final class TestWebhook: @unchecked Sendable {
    /// One scripted answer: status, body, extra headers, and how long to wait before answering.
    struct Response {
        var status: Int
        var body: String
        var headers: [String: String] = [:]
        var delay: TimeInterval = 0
    }

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var script: [Response]
    private var received: [String] = []
    private var requestLines: [String] = []

    var bodies: [String] { lock.withLock { received } }
    /// `POST /cgi-bin/webhook/send?key=test`, one per request.
    var requests: [String] { lock.withLock { requestLines } }
    var url: URL { url(key: "test") }
    func url(key: String, path: String = "/cgi-bin/webhook/send") -> URL { URL(string: "http://127.0.0.1:\(port)\(path)?key=\(key)")! }

    convenience init(responses: [(status: Int, body: String)]) throws {
        try self.init(script: responses.map { Response(status: $0.status, body: $0.body) })
    }

    init(script responses: [Response]) throws {
        script = responses
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        var actual = sockaddr_in()
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: actual.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    deinit { close(listener) }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            var request = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(connection, &buffer, buffer.count)
                if n <= 0 { break }
                request += buffer[0..<n]
                if let text = String(bytes: request, encoding: .utf8), let split = text.range(of: "\r\n\r\n") {
                    let length = text[..<split.lowerBound].split(separator: "\r\n")
                        .first { $0.lowercased().hasPrefix("content-length:") }
                        .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                    if text.utf8.count - text.utf8.distance(from: text.startIndex, to: split.upperBound) >= length {
                        let body = String(text[split.upperBound...])
                        let response: Response = lock.withLock {
                            received.append(body)
                            requestLines.append(text.split(separator: "\r\n").first.map { $0.replacingOccurrences(of: " HTTP/1.1", with: "") } ?? "")
                            return script.count > 1 ? script.removeFirst() : script[0]
                        }
                        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
                        let extra = response.headers.map { "\($0.key): \($0.value)\r\n" }.joined()
                        let reply = "HTTP/1.1 \(response.status) X\r\nContent-Type: application/json\r\n\(extra)Content-Length: \(response.body.utf8.count)\r\nConnection: close\r\n\r\n\(response.body)"
                        _ = reply.withCString { write(connection, $0, strlen($0)) }
                        break
                    }
                }
            }
            close(connection)
        }
    }
}
