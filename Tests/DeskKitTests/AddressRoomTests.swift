import Foundation
@testable import DeskKit
import DeskTesting
import Testing

/// A room read scalar by scalar (``AddressParser/room(in:)``) is what its regular expression found (the pattern it
/// replaced, kept here to compare with; docs/performance.md, sixty-second pass), and an address's room reads as it did.
@Suite("Rooms give the pattern's answers")
struct AddressRoomTests {
    static let numeral = "[0-9零〇一二两三四五六七八九十百]{1,4}"
    static let room = try! NSRegularExpression(pattern: "(?:(\(numeral))\\s*(?:室|号房|房|号(?![楼梯门线]))|(?:栋|幢|号楼|单元)\\s*([0-9]{3,4})(?![0-9])|(?:栋|幢|号楼|单元)\\s*([零〇幺一二三四五六七八九]{3,4})(?![零〇幺一二三四五六七八九十百]))")
    static let spokenDigits: [Character: Int] = ["零": 0, "〇": 0, "幺": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
                                                 "六": 6, "七": 7, "八": 8, "九": 9]

    /// The room as the parser read it with the pattern: the first match's numeral, figures or spoken digits.
    static func byPattern(_ text: String) -> Int? {
        let ns = text as NSString
        guard let m = room.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        func number(_ i: Int) -> Int? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ChineseNumber.parse(ns.substring(with: r))
        }
        let spoken = m.range(at: 3)
        return number(1) ?? number(2)
            ?? (spoken.location == NSNotFound ? nil : ns.substring(with: spoken).reduce(0) { $0 * 10 + (spokenDigits[$1] ?? 0) })
    }

    @Test func sameAsThePattern() {
        var lines = ["2单元502", "一单元三零二", "601室", "302号", "3号房", "12房", "2号梯", "3号门", "1号线", "1号楼", "3栋1单元电梯坏了",
                     "家里厨房漏水了", "三栋二单元302", "7幢 1 单元 601室", "单元三零二十", "单元三零二百", "单元三零二一十", "单元幺幺零",
                     "单元幺幺", "单元12345", "单元12", "栋 0502", "幢502", "号楼\u{3000}1203", "号 楼502", "单 元502", "12345室",
                     "百百百百百房", "两百零一室", "3 号楼", "3\u{85}室", "栋\u{0B}302", "栋\u{A0}302", "3\t室", "3\n号", "3🙂室", "é3房",
                     "2单元502室", "3栋2单元2号梯 502室", "5栋1单元三零二 三楼", "单元 三零二一", "号楼1203号", "", "室", "号"]
        var random = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["1", "2", "0", "三", "十", "百", "零", "两", "幺", "九", "栋", "幢", "号", "楼", "梯", "门", "线", "单",
                                     "元", "室", "房", " ", "\u{3000}", "\t", "\u{85}", "\u{0B}", "电", "a", "-", "🙂", "é"]
        for _ in 0..<5_000 {
            lines.append(String((0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for line in lines {
            #expect(AddressParser.room(in: line) == Self.byPattern(line), "\(line)")
        }
    }

    @Test func roomsReadAsBefore() throws {
        let parser = AddressParser(directory: try SeedFiles.bundled.decode(CommunityDirectory.self, from: "community.yaml"))
        for (line, room) in [("3栋2单元502", 502), ("一单元三零二", 302), ("7幢 1 单元 601室", 601), ("三栋二单元302", 302),
                             ("5号楼1单元 幺零零二", 1002), ("3栋2单元2号梯坏了", nil), ("3栋1单元电梯坏了", nil), ("家里厨房漏水了", nil),
                             ("12栋502房", 502), ("单元三零二十楼", nil)] as [(String, Int?)] {
            #expect(parser.read(line).room == room, "\(line)")
        }
    }
}
