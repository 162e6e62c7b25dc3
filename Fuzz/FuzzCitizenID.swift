// libFuzzer target: ID numbers. An accepted number is 18 characters, passes its own check, and masks.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCitizenID(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let today = CalendarDay(year: 2026, month: 11, day: 28)!
    if let id = try? CitizenID(text, today: today) {
        precondition(id.number.count == 18 && id.birthDate <= today, "accepted \(text)")
        precondition(!id.masked.contains(id.number), "not masked")
    }
    _ = try? PhoneNumber(text)
    _ = Masking.redact(text)
    return 0
}
