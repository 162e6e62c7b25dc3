import Foundation
@testable import DeskKit
import DeskTesting
import Testing

/// A building's and a unit's numbers read scalar by scalar (``AddressParser/numeral(before:in:)``) are what their
/// regular expressions found (the patterns they replaced, kept here to compare with; docs/performance.md, sixtieth
/// pass), and an address reads as it did.
@Suite("Building and unit numbers give the patterns' answers")
struct AddressNumeralTests {
    static let numeral = "[0-9零〇一二两三四五六七八九十百]{1,4}"
    static let building = try! NSRegularExpression(pattern: "(\(numeral))\\s*(?:栋|幢|号楼|座)")
    static let unit = try! NSRegularExpression(pattern: "(\(numeral))\\s*单元")

    static func byPattern(_ pattern: NSRegularExpression, _ text: String) -> String? {
        let ns = text as NSString
        guard let m = pattern.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return ns.substring(with: m.range(at: 1))
    }

    @Test func sameAsThePatterns() {
        var lines = ["3栋1单元电梯坏了", "3栋2单元502", "三栋二单元", "十二 单元", "5号楼", "5号 楼", "2座", "7幢", "12345栋", "1234567单元",
                     "第3栋", "3\u{3000}栋", "3\t栋", "3\n单元", "3\u{A0}栋", "3\u{85}单元", "两百栋", "〇零单元", "号楼", "单元", "栋",
                     "3号4号楼", "3单 元", "3单", "１２栋", "3栋4栋", "a3栋", "3 3栋", "3🙂栋", "é3单元", "", "3", "楼道灯不亮 12栋3单元",
                     "25栋2单元1203吗", "9栋1单元几楼", "百百百百百栋", "十十 十单元"]
        var random = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["1", "2", "0", "三", "十", "百", "零", "两", "栋", "幢", "号", "楼", "座", "单", "元", " ", "\u{3000}",
                                     "\t", "电", "a", "-", "🙂", "é"]
        for _ in 0..<5_000 {
            lines.append(String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
        for line in lines {
            #expect(AddressParser.numeral(before: AddressParser.buildingMarks, in: line) == Self.byPattern(Self.building, line), "\(line)")
            #expect(AddressParser.numeral(before: AddressParser.unitMarks, in: line) == Self.byPattern(Self.unit, line), "\(line)")
        }
    }

    @Test func addressesReadAsBefore() throws {
        let parser = AddressParser(directory: try SeedFiles.bundled.decode(CommunityDirectory.self, from: "community.yaml"))
        for (line, building, unit, room) in [("3栋1单元电梯坏了", 3, 1, nil), ("12栋3单元楼道灯不亮", 12, 3, nil), ("三栋二单元302", 3, 2, 302),
                                             ("5号楼2单元", 5, 2, nil), ("12345栋", 2345, nil, nil), ("7幢 1 单元 601室", 7, 1, 601)] as [(String, Int, Int?, Int?)] {
            let address = parser.read(line)
            #expect(address.building == building, "\(line)")
            #expect(address.unit == unit, "\(line)")
            #expect(address.room == room, "\(line)")
        }
    }
}
