import Foundation

/// The resident set of the desk alone, at its prompt.
///
/// `wait4`'s `ru_maxrss` for a child includes the pages of the process it was forked from (Linux records the
/// old address space's high-water mark at `exec`, and a forked or `vfork`ed child's is the bench's, which by
/// then holds its in-memory desks). So the desk is started in line mode on a pipe, given one line, and read from
/// `/proc/PID/status` once it has answered and waits for the next line.
enum ResidentSet {
    /// The desk's resident set (`VmRSS`) and its high-water mark (`VmHWM`), in KB, after it answered `line` and
    /// went quiet for 100 ms; nil where `/proc` is not there (not Linux).
    static func atPrompt(_ executable: String, _ arguments: [String], line: String) throws -> (rss: Int, peak: Int)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
        // Answered: some output, then none for 100 ms (line mode then blocks reading its next line).
        var descriptor = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
        var answered = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while poll(&descriptor, 1, answered ? 100 : 30_000) > 0 {
            guard read(descriptor.fd, &buffer, buffer.count) > 0 else { break }
            answered = true
        }
        guard answered, let status = readProcFile("/proc/\(process.processIdentifier)/status") else { return nil }
        func kilobytes(_ field: String) -> Int? {
            status.split(separator: "\n").first { $0.hasPrefix(field + ":") }
                .flatMap { Int($0.dropFirst(field.count + 1).split(whereSeparator: \.isWhitespace).first ?? "") }
        }
        guard let rss = kilobytes("VmRSS"), let peak = kilobytes("VmHWM") else { return nil }
        return (rss, peak)
    }

    /// A `/proc` file's text, read until `read` returns 0: such a file says its size is 0, and Foundation's
    /// readers believe it (they read nothing).
    private static func readProcFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &chunk, chunk.count)
            guard n > 0 else { break }
            bytes += chunk[..<n]
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
