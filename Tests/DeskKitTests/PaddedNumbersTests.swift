@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// Deadlines are written `12月3日 14:00` in Asia/Shanghai, hour and minute in two digits, and case numbers
/// `GZ-0001`, in at least four: the numbers are padded by ``DeskFormat/padded(_:width:)``, not `String(format:)`
/// (docs/performance.md, fifty-sixth pass). Each is checked against the `String(format:)` it replaced.
@Suite("Deadlines and case numbers padded as String(format:) padded them")
struct PaddedNumbersTests {
    @Test func paddedAsPercentZeroD() {
        for n in Array(0...12_000) + [99_999, 100_000, 1_234_567, Int(Int32.max)] {
            #expect(DeskFormat.padded(n, width: 2) == String(format: "%02d", n))
            #expect(DeskFormat.padded(n, width: 4) == String(format: "%04d", n))
        }
    }

    @Test func aDeadlineIsWrittenInShanghaiWithTwoDigitHoursAndMinutes() throws {
        let utc = ISO8601DateFormatter()
        #expect(DeskFormat.time(try #require(utc.date(from: "2026-12-03T06:00:00Z"))) == "12月3日 14:00")
        #expect(DeskFormat.time(try #require(utc.date(from: "2026-01-05T16:05:09Z"))) == "1月6日 00:05")
        #expect(DeskFormat.time(try #require(utc.date(from: "2026-10-31T15:59:59Z"))) == "10月31日 23:59")
        // Every 7,919 seconds (a prime: each hour and minute is met) from 2024 to 2028, and the summers of 1986–1991,
        // when Shanghai kept daylight time.
        let starts = [(utc.date(from: "2024-01-01T00:00:00Z")!, 20_000), (utc.date(from: "1986-01-01T00:00:00Z")!, 24_000)]
        for (start, steps) in starts {
            for step in 0..<steps {
                let date = start.addingTimeInterval(Double(step) * 7_919)
                let c = Calendar.shanghai.dateComponents([.month, .day, .hour, .minute], from: date)
                #expect(DeskFormat.time(date) == String(format: "%d月%d日 %02d:%02d", c.month!, c.day!, c.hour!, c.minute!))
            }
        }
    }

    @Test func caseNumbersHaveAtLeastFourDigits() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let first = desk.say("故障 水印桃源3栋2单元502 漏水")
        #expect(first.caseID == "GZ-0001")
        let second = desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "王")
        #expect(second.caseID == "GZ-0002")
    }
}
