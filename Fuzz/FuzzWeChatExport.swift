// libFuzzer target: the WeChat export reader, over a pipe. Never crashes and always ends.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWeChatExport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size < 60_000 else { return 0 }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return 0 }
    _ = write(fds[1], data, size)
    close(fds[1])
    var reader = WeChatExportReader(lines: LineReader(fd: fds[0], maxBytes: 4096), group: "测试群")
    var count = 0
    while reader.next() != nil { count += 1; precondition(count <= size + 1, "reader does not end") }
    close(fds[0])
    return 0
}
