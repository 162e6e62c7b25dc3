@testable import DeskKit
import Foundation
import Testing

/// The answer parts' scanner takes out what the regular expression it replaced took out, match for match.
@Suite("The answer parts of a line")
struct AnswerPartsTests {
    /// The regular expression the scanner replaced (ICU, through Foundation), the oracle.
    static let regex = try! NSRegularExpression(
        pattern: #"[0-9零一二两三四五六七八九十]+\s*(栋|幢|号楼|单元|室|号|楼|组|岁|年|月|日)|(我|他|她)(叫|是|姓)\s*(?![0-9零一二两三四五六七八九十])\S{1,3}|叫\S{2,3}|[0-9-]+"#)

    static func expected(_ text: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }

    @Test(arguments: ["他叫王德福 就住我这 4栋2单元601", "水印桃源3栋2单元502 地下车库漏水", "1968年3月出生的男的", "泊林6-2-302 陈爹爹",
                      "我姓 刘", "我是", "我是 ", "他叫", "叫王", "叫王德福明", "叫 王德", "二十 岁", "十分", "一二三", "12 号楼", "12号 楼",
                      "3单 元", "3单", "七十岁 独居", "--1", "我是\u{3000}\u{3000}张三丰来了", "她姓\u{85}欧阳", "我叫😀😀😀😀",
                      "我叫e\u{301}e\u{301}", "叫\u{200B}\u{200B}", "5组23号", "", "早上好", "一 \u{2028} 年",
                      "我是 6栋1单元1001的", "我是二组的", "他是 三 栋的", "我是12"])
    func sameAsTheRegularExpression(_ line: String) {
        #expect(AnswerParts.blanked(line) == Self.expected(line))
    }

    /// Every scalar ICU or Unicode counts as a space, between a number and its unit and before a name.
    @Test func spacesAsICUReadsThem() {
        let candidates = (0...0x3000).compactMap(Unicode.Scalar.init).filter {
            $0.properties.isWhitespace || $0.properties.generalCategory == .format || $0.properties.generalCategory == .control
        } + ["\u{FEFF}", "\u{205F}"]
        for space in candidates {
            for line in ["3\(space)栋", "他叫\(space)王德", "叫王\(space)福", "我是\(space)"] {
                #expect(AnswerParts.blanked(line) == Self.expected(line), "U+\(String(space.value, radix: 16))")
            }
        }
    }
}
