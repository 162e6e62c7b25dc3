import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `desk serve` with `desk --server` clients and a bridge, all as separate processes.
@Suite("desk serve and desk --server (the built binary)", .serialized)
struct ServerClientTests {
    func client(_ station: String, operatorName: String, _ lines: [String], json: Bool = false, server: ServerProcess) throws -> DeskProcess.Result {
        try DeskProcess.run(["--server", server.base, "--operator", operatorName] + (json ? ["--json"] : []),
                            input: Data((lines.joined(separator: "\n") + "\n").utf8),
                            environment: ["DESK_TOKEN": ServerProcess.stationTokens[station]!])
    }

    @Test func threeStationsWorkOnOneDesk() throws {
        let server = try ServerProcess()
        try server.start()
        let opened = try client("驿站1", operatorName: "王小丽", ["报修 水印桃源3栋2单元502 厨房水管漏水"], server: server)
        #expect(opened.status == 0)
        let caseID = try #require(opened.stdout.firstMatch(of: /BX-\d{4}/).map { String($0.output) })
        // The case opened at 驿站1 is listed at 驿站3 at once, and a JSON client at 驿站2 sees it too.
        let listed = try client("驿站3", operatorName: "李强", ["列表"], server: server)
        #expect(listed.stdout.contains(caseID))
        let json = try client("驿站2", operatorName: "赵敏", [#"{"id":"j1","text":"查看 \#(caseID)"}"#], json: true, server: server)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.lines[0].utf8)) as? [String: Any])
        #expect(object["id"] as? String == "j1")
        #expect(object["case"] as? String == caseID)
        // Who opened it is recorded by name, through the server.
        #expect(try DeskProcess.sqlite(server.database, "SELECT operatorName FROM caseEvents WHERE caseID = '\(caseID)' ORDER BY id LIMIT 1") == "王小丽")
        #expect(server.stop() == 0)
    }

    @Test func aClientWithAWrongTokenIsToldSoAndStops() throws {
        let server = try ServerProcess()
        try server.start()
        let refused = try DeskProcess.run(["--server", server.base], input: Data("列表\n".utf8), environment: ["DESK_TOKEN": "wrong"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("驿站令牌无效"))
        let noServer = try DeskProcess.run(["--server", "http://127.0.0.1:\(ServerProcess.freePort())"], input: Data("列表\n".utf8),
                                           environment: ["DESK_TOKEN": "x"])
        #expect(noServer.status == 1)
        #expect(noServer.stderr.contains("无法连接服务器"))
        _ = server.stop()
    }

    /// A client that sends half a request and stalls is cut off after the idle timeout, and others are served
    /// meanwhile.
    @Test func aStalledClientIsDisconnectedAndOthersAreServed() throws {
        let server = try ServerProcess()
        try server.start(["--idle-timeout", "1"])
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(server.port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        let partial = "POST /v1/lines HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n报修"
        _ = partial.withCString { send(fd, $0, strlen($0), 0) }
        #expect(try server.request("GET", "/healthz").status == 200)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 1024)
        let started = Date()
        while recv(fd, &buffer, buffer.count, 0) > 0 {}
        // Closed by the server (not by our 5-second receive timeout), and no case was opened.
        #expect(Date().timeIntervalSince(started) < 4.5)
        #expect(server.stop() == 0)
        #expect(try DeskProcess.sqlite(server.database, "SELECT COUNT(*) FROM cases") == "0")
    }

    /// A bridge posts numbered messages while the server is SIGKILLed; it resends everything after the restart,
    /// as a bridge does with what it has not seen acknowledged. Every message is handled exactly once: the same
    /// cases, reporters and outbox as one clean `desk relay` of the same messages.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func aKilledServerLosesNoAcknowledgedMessageAndDoublesNone() throws {
        // Enough messages to outlast the kill (0.3–0.9 s in): with the relay's eighth-pass speed-up, 600 were
        // sometimes all acknowledged before it, and the test then tested nothing.
        let total = 3000
        let lines = RelayCrashTests.messages(total).split(separator: "\n").map(String.init)
        let folder = DeskProcess.temporaryFolder()
        let file = folder.appendingPathComponent("messages.jsonl")
        try RelayCrashTests.messages(total).write(to: file, atomically: true, encoding: .utf8)
        let clean = folder.appendingPathComponent("clean.sqlite").path
        #expect(try DeskProcess.run(["relay", "--db", clean, file.path, "--summary"]).status == 0)

        let server = try ServerProcess()
        try server.start()
        var acknowledged = 0
        let batches = stride(from: 0, to: total, by: 20).map { Array(lines[$0..<min($0 + 20, total)]) }
        let pid = try #require(server.process?.processIdentifier)
        let killer = Thread { usleep(UInt32.random(in: 300_000...900_000)); kill(pid, SIGKILL) }
        killer.start()
        for batch in batches {
            guard let answer = try? server.bridge("POST", "/v1/messages", body: Data(batch.joined(separator: "\n").utf8)),
                  answer.status == 200 else { break }
            acknowledged += batch.count
        }
        server.process?.waitUntilExit()
        server.process = nil
        #expect(acknowledged < total, "the kill came after the load; nothing was tested")
        // Acknowledged messages are committed: they are in the database even before the restart.
        #expect(try Int(DeskProcess.sqlite(server.database, "SELECT COUNT(*) FROM relayMessages"))! >= acknowledged)

        try server.start()
        for batch in batches {
            let answer = try server.bridge("POST", "/v1/messages", body: Data(batch.joined(separator: "\n").utf8))
            #expect(answer.status == 200)
        }
        #expect(server.stop() == 0)
        #expect(try DeskProcess.sqlite(server.database, "SELECT COUNT(*) FROM relayMessages") == String(total))
        for table in ["cases", "caseReporters", "outbox"] {
            #expect(try DeskProcess.sqlite(server.database, "SELECT COUNT(*) FROM \(table)") == DeskProcess.sqlite(clean, "SELECT COUNT(*) FROM \(table)"), "\(table)")
        }
        #expect(try DeskProcess.sqlite(server.database, "PRAGMA integrity_check") == "ok")
    }
}
