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

    @Test func aLineWithoutTheCluesIsLeftAsItIs() {
        let rooms = TextPattern(#"[0-9]+室"#, clues: TextPattern.digits)
        #expect(rooms.firstMatch(in: "五〇二室漏水") == nil)
        #expect(rooms.replacing(in: "五〇二室漏水", with: "") == "五〇二室漏水")
        #expect(rooms.firstMatch(in: "502室漏水") == "502室")
    }
}
