import Foundation

/// Runs the built `desk` binary as a person's script would: arguments, standard input, environment.
struct DeskProcess {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// The `desk` executable built beside the test bundle.
    static let executable: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("desk")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("desk binary not found near \(candidates)")
    }()

    /// An hour ago as ISO 8601 in Asia/Shanghai: a message time the desk accepts whenever the tests run (times
    /// more than a year old are refused).
    static var recentTime: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        return formatter.string(from: Date().addingTimeInterval(-3600))
    }

    /// The repository root, where `seeds/` is.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh folder for a database.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("desk-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        var env = ProcessInfo.processInfo.environment
        env["DESK_OPERATOR"] = "测试员"
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "DESK_DB")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = readAll(stdout.fileHandleForReading)
        let err = readAll(stderr.fileHandleForReading)
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// The output of `sqlite3 db sql`, trimmed.
    static func sqlite(_ db: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [db, sql]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = readAll(out.fileHandleForReading)
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Everything `handle` gives until end of file. Foundation's `readDataToEndOfFile` traps on `EINTR`, which a
    /// busy machine with child processes exiting does deliver; this retries instead.
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if n > 0 { data.append(contentsOf: buffer[..<n]); continue }
            if n < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// `text` as a JSON-mode input line, `{"text": …}`.
    static func wire(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
    }

    static func run(_ arguments: [String], lines: [String]) throws -> Result {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
