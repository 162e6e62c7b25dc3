import DeskKit
import DeskTesting
import Foundation
@testable import Repairs
import Testing

/// What the look for a report's description must keep now that a plain line with two letters no address part can
/// hold is answered without the address patterns (``ReportReading/describesTheProblem(_:directory:)``,
/// docs/performance.md, sixty-fourth pass): the answer of the whole reading — the compounds' names and the address
/// parts taken out, two letters or numbers left (``ReportReading/withoutAddressParts(_:)``) — for lines written
/// out, lines put together from addresses, numbers and words, and every plain scalar of the Basic Multilingual Plane.
/// Behaviour, not timing.
@Suite("Repairs: a report's description found as the whole reading finds it")
struct ReportDescriptionTests {
    let directory: CommunityDirectory
    init() throws { directory = try TestDesk(modules: [Repairs()]).desk.directory }

    /// The whole reading: the address patterns always run.
    func wholeReading(_ text: String) -> Bool {
        let rest = ReportReading.withoutNames(text, present: CharacterPresence(text), directory: directory)
        return ReportReading.withoutAddressParts(rest).count >= 2
    }

    @Test func linesWrittenOut() {
        let lines: [(String, Bool)] = [
            ("3栋1单元电梯坏了", true), ("3栋1单元", false), ("水印桃源3栋2单元502", false), ("5-1-302", false),
            ("1单元2单元", false), ("十二栋三单元", false), ("5号楼 301室", false), ("三号楼的", false), ("家里厨房漏水了", true),
            ("楼道灯不亮", true), ("12栋 楼", false), ("302 漏", false), ("302 漏水", true), ("a1", true), ("ab", true),
            ("〇〇", true), ("０１", true), ("5栋\u{301}坏了", true), ("3栋1单元 电梯坏了👍", true), ("楼号", true), ("单元", true),
            ("一二", true), ("十", false), ("", false), ("  ", false), ("的", false), ("5栋 了", false),
        ]
        for (line, expected) in lines {
            #expect(ReportReading.describesTheProblem(line, directory: directory) == expected, "\(line)")
            #expect(wholeReading(line) == expected, "\(line)")
        }
    }

    @Test func linesPutTogether() {
        let pieces = ["3栋", "十二栋", "2单元", "一单元", "301室", "5-1-302", "302", "1302", "5号楼", "二号", "幢", "楼", "号", "单", "元", "室",
                      "电梯", "坏", "了", "的", "在", "漏水", " ", "，", "-", "a", "Z", "〇", "０", "两", "三", "水印桃源", "7", "\u{301}", "👍"]
        var random = SystemRandomNumberGenerator()
        var fast = 0
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let answer = ReportReading.describesTheProblem(line, directory: directory)
            #expect(answer == wholeReading(line), "\(line)")
            let present = CharacterPresence(line)
            let rest = ReportReading.withoutNames(line, present: present, directory: directory)
            if present.allPlain, ReportReading.holdsTwoLettersOutsideAddressParts(rest) { fast += 1 }
        }
        // Both ways were taken: without the patterns, and with them.
        #expect(fast > 1_000 && fast < 19_000)
    }

    /// Every scalar of the Basic Multilingual Plane that makes a plain line, twice, alone and after an address: the
    /// look by scalars (``ReportReading/addressLetters`` first, then the letter's property; sixty-fifth pass) answers
    /// as the whole reading — a letter or number outside the address words counted, any other scalar not.
    @Test func everyPlainScalarTwice() {
        var lines = 0
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for line in ["\(scalar)\(scalar)", "3栋2单元\(scalar)\(scalar)"] where CharacterPresence(line).allPlain {
                lines += 1
                #expect(ReportReading.describesTheProblem(line, directory: directory) == wholeReading(line), "\(line)")
            }
        }
        #expect(lines > 40_000)
    }
}
