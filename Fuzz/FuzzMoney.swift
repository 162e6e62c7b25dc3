// libFuzzer target: the money parser. A successful parse is within the limit, never negative, and reads back.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMoney(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    if let money = try? Money.parse(text) {
        precondition(money.fen >= 0 && money.fen <= Money.limit.fen, "out of range: \(money.fen) from \(text)")
        precondition((try? Money.parse(money.description)) == money, "does not read back: \(money)")
    }
    _ = Money.find(in: text)
    return 0
}
