import DeskKit
import Testing

@Suite("Regular expressions skipped for lines without their clues")
struct TextPatternTests {
    /// Patterns of the desk's kind, each with the characters every match of it holds.
    static let patterns: [(pattern: String, clues: String)] = [
        (#"(?<![0-9])([1-9][0-9]{2,3})(?=\s*(?:屋|室|家|的|那|户|号房))"#, TextPattern.digits),
        (#"(?<![A-Za-z])([A-Za-z]{1,4})-([0-9]{1,9})(?![0-9])"#, TextPattern.latinLetters),
        (#"[0-9零一二两三四五六七八九十]+\s*(栋|幢|号楼|单元|室|号|楼|组|岁|年|月|日)|(我|他|她)(叫|是|姓)\s*\S{1,3}|叫\S{2,3}|[0-9-]+"#,
         TextPattern.digits + "-零一二两三四五六七八九十我他她叫"),
        ("([零〇一二三四五六七八九]{2,4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月", "零〇一二三四五六七八九"),
    ]

    static let texts = ["早上好", "1502屋里好像有个老人", "我报的BX-0012怎么样了", "bx-3", "他叫王德福 就住我这 4栋2单元601",
                        "七一年六月出生", "一九七一年六月", "收到👍", "", "１５０２室", "Ａ-1", "—— 2-3", "叫我"]

    @Test func aPatternWithCluesFindsExactlyWhatItFindsWithout() {
        for (pattern, clues) in Self.patterns {
            let plain = TextPattern(pattern), clued = TextPattern(pattern, clues: clues)
            for text in Self.texts {
                #expect(clued.firstMatch(in: text) == plain.firstMatch(in: text), "\(pattern) in \(text)")
                #expect(clued.firstGroups(in: text)?.groups == plain.firstGroups(in: text)?.groups, "\(pattern) in \(text)")
                #expect(clued.replacing(in: text, with: "_") == plain.replacing(in: text, with: "_"), "\(pattern) in \(text)")
                #expect(clued.replacing(in: text) { "<\($0)>" } == plain.replacing(in: text) { "<\($0)>" }, "\(pattern) in \(text)")
            }
        }
    }

    /// Patterns of the desk's kind, each with the fewest digits a match of it holds.
    static let counted: [(pattern: String, digits: Int)] = [
        (#"(?<![0-9])[0-9]{6}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{3}[0-9Xx](?![0-9])"#, 17),
        (#"(?<![0-9*])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])"#, 11),
        (#"(?<![0-9])((?:19|20)[0-9]{2})\s*[-年/.]\s*([0-9]{1,2})(?![0-9])"#, 5),
        (#"(?<![0-9缴交了满够])([0-9]{2})\s*年\s*([0-9]{1,2})\s*月"#, 3),
    ]

    static let numbers = ["我是1968年3月出生的男的,什么时候能退休?", "1968年", "68年3月", "68年", "电话 138 0013 8000", "+86 138-0013-8000",
                          "13800138000", "1380013800", "42010119680301123X", "420101 1968 0301 123X", "42010119680301123",
                          "身份证4201011968030112", "１９６８年３月", "早上好", ""]

    @Test func aPatternWithItsFewestDigitsFindsExactlyWhatItFindsWithout() {
        for (pattern, digits) in Self.counted {
            let plain = TextPattern(pattern), counted = TextPattern(pattern, digits: digits)
            for text in Self.numbers + Self.texts {
                #expect(counted.firstGroups(in: text)?.groups == plain.firstGroups(in: text)?.groups, "\(pattern) in \(text)")
                #expect(counted.replacing(in: text, with: "_") == plain.replacing(in: text, with: "_"), "\(pattern) in \(text)")
            }
        }
        #expect(TextPattern(#"1[3-9][0-9]{9}"#, digits: 11).firstMatch(in: "13800138000") == "13800138000")
        #expect(TextPattern(#"[0-9]{4}"#, digits: 4).firstMatch(in: "1968") == "1968")
    }

    @Test func aLineWithoutTheCluesIsLeftAsItIs() {
        let rooms = TextPattern(#"[0-9]+室"#, clues: TextPattern.digits)
        #expect(rooms.firstMatch(in: "五〇二室漏水") == nil)
        #expect(rooms.replacing(in: "五〇二室漏水", with: "") == "五〇二室漏水")
        #expect(rooms.firstMatch(in: "502室漏水") == "502室")
    }
}
