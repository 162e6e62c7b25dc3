@testable import DeskKit
import Foundation
import Testing

/// The words of particulars taken out in one walk leave what taking them out one by one with Foundation left.
@Suite("Words taken out of a line")
struct WordsTakenOutTests {
    /// Each word in turn, wherever it stands in what is left, replaced by a space (Foundation), the oracle.
    static func expected(_ text: String, _ words: [String]) -> (rest: String, taken: [Int]) {
        var rest = text, taken: [Int] = []
        for (i, word) in words.enumerated() where rest.contains(word) {
            rest = rest.replacingOccurrences(of: word, with: " ")
            taken.append(i)
        }
        return (rest, taken)
    }

    @Test(arguments: ["12栋3单元802 刘爹爹 刘光明", "电话是139****0465", "7栋1单元101 吴秀芝 上午都在屋里", "下周二上午", "下个礼拜二上午在家",
                      "下礼拜礼拜天", "谢谢谢了", "谢谢谢谢谢", "一个人住一个人", "帮我登记帮我", "老人家老人 今年八十多岁", "明天下午都在屋里 电话号码",
                      "那帮我登记 熊长根 村湾22号", "好的好的 谢谢你", "要的要的", "那那那", "", "早上好", "收到👍 明天上午",
                      "e\u{301} 下周在家", "下\u{301}周二 在家", "手机手机号码 身份证号身份证"])
    func sameAsFoundationWordByWord(_ line: String) {
        let words = Desk.wordsOfParticulars.words
        let (rest, taken) = Desk.wordsOfParticulars.takingOut(of: line)
        let expected = Self.expected(line, words)
        #expect(rest == expected.rest)
        #expect(taken == expected.taken)
    }
}
