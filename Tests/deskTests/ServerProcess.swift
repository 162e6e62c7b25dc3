import DeskServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `desk serve` run as a deployment runs it: its own process, a database file, a credentials file, a loopback port.
final class ServerProcess {
    static let stationTokens = ["驿站1": "station-one-token", "驿站2": "station-two-token", "驿站3": "station-three-token"]
    static let bridgeSecret = "bridge-secret-for-the-tests"

    let folder: URL
    let database: String
    let port: Int
    var process: Process?
    var base: String { "http://127.0.0.1:\(port)" }

    init(folder: URL = DeskProcess.temporaryFolder()) throws {
        self.folder = folder
        database = folder.appendingPathComponent("desk.sqlite").path
        port = Self.freePort()
        var lines = Self.stationTokens.map { "station \($0.key) sha256:\(Credentials.hash($0.value))" }
        lines.append("bridge wechat \(Self.bridgeSecret)")
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("credentials"), atomically: true, encoding: .utf8)
    }

    /// Starts the server and waits until `/healthz` answers.
    func start(_ extra: [String] = []) throws {
        let p = Process()
        p.executableURL = DeskProcess.executable
        p.arguments = ["serve", "--db", database, "--credentials", folder.appendingPathComponent("credentials").path,
                       "--listen", "127.0.0.1:\(port)"] + extra
        p.currentDirectoryURL = DeskProcess.repository
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        process = p
        for _ in 0..<300 {
            if (try? request("GET", "/healthz").status) == 200 { return }
            usleep(50_000)
        }
        throw DeskServerTestError("desk serve did not answer /healthz")
    }

    func stop(signal: Int32 = SIGTERM) -> Int32 {
        guard let p = process else { return -1 }
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        process = nil
        return p.terminationStatus
    }

    /// One HTTP request; the status and body.
    func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.httpBody = body
        request.timeoutInterval = 30
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        final class Box: @unchecked Sendable { var result: (Int, String)?; var error: (any Error)? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.error = error
            box.result = ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data ?? Data(), as: UTF8.self))
            done.signal()
        }.resume()
        done.wait()
        if let error = box.error { throw error }
        return box.result!
    }

    /// A bridge request signed now.
    func bridge(_ method: String, _ path: String, body: Data = Data()) throws -> (status: Int, body: String) {
        let stamp = String(Int(Date().timeIntervalSince1970)), nonce = UUID().uuidString
        let signature = BridgeSignature.sign(secret: Self.bridgeSecret, timestamp: stamp, nonce: nonce, method: method, path: path, body: Array(body))
        return try request(method, path, body: method == "POST" ? body : nil, headers: [
            "Content-Type": "application/x-ndjson", "X-Desk-Bridge": "wechat", "X-Desk-Timestamp": stamp,
            "X-Desk-Nonce": nonce, "X-Desk-Signature": signature,
        ])
    }

    deinit { _ = stop(signal: SIGKILL) }

    /// A loopback port nobody listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct DeskServerTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
