// libFuzzer target: the date parser. Whatever it accepts is a real day.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let today = CalendarDay(year: 2026, month: 11, day: 28)!
    if let value = try? DateParser.parse(text, today: today) {
        let d = value.day
        precondition(CalendarDay(year: d.year, month: d.month, day: d.day) != nil, "not a real day: \(d)")
        precondition((0...23).contains(value.hour ?? 0) && (0...59).contains(value.minute ?? 0), "bad time \(value)")
    }
    _ = DateParser.find(in: text, today: today)
    _ = YearMonth.find(in: text)
    return 0
}
