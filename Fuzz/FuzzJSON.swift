// libFuzzer target: the JSON-lines wire form. Never crashes; what it accepts encodes back to one line.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    if let input = try? JSONWire.decode(text) {
        let line = JSONWire.encode(Reply(status: .answered, text: input.text), id: input.id)
        precondition(!line.contains("\n"), "output is not one line")
    }
    _ = JSONWire.parseTime(text)
    return 0
}
