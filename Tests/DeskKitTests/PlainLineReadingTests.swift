@testable import DeskKit
import Testing

/// The readers that take a line of plain characters in one walk (`FixNews.says`, `QuestionForm.asks`,
/// `Desk.clauses(of:)`) answer as they do word by word: the same line with a pictograph after it, which is read word
/// by word, gets the same answer.
@Suite("Plain lines read in one walk as word by word")
struct PlainLineReadingTests {
    static let lines = [
        "电梯好了 能坐了", "2栋1单元楼道灯换了 亮堂了", "加压泵 修好了 水压正常了", "修好了冇", "来电了吗", "还冇修好", "灯没亮",
        "楼道灯换了 电梯又坏了", "好了两天又漏了", "好了两天又好了", "说好了的", "约好了 明天来", "三天冇得人来清了",
        "管子漏了 物业来修好了", "我想表扬一下物业的小杜 半夜来帮我们修好了水管", "是不是修好了", "几时来电", "好了好了好了",
        "修好了 好了", "没修好 好了", "好了？", "好了?", "电梯好了吗 好了", "死老鼠清了 不臭了", "1单元电梯好了 2单元那台关了个人在里面",
        "十几楼的电梯好了", "好几天了 几点来", "开不开门", "明年还要搞不 我怕又忘记了", "请问社保卡怎么补", "社区医院 带医保卡就行",
        "厨房漏水,另外问一下退休", "电梯坏了!还有人在等", "我家还有一个问题", "漏水了。还有,顺便问下退休; 对了 电梯",
        "顺便问一下", ",另外", "好的。。还有个事", "",
    ]

    @Test(arguments: lines) func fixNewsIsTheSame(line: String) {
        #expect(FixNews.says(line) == FixNews.says(line + "👍"))
    }

    @Test(arguments: lines) func questionsAreTheSame(line: String) {
        #expect(QuestionForm.asks(line) == QuestionForm.asks(line + "👍"))
    }

    @Test(arguments: lines) func clausesAreTheSame(line: String) {
        var pieces = Desk.clauses(of: line + "👍")
        // The pictograph ends the last piece, or stands alone (not a letter: no piece).
        if let last = pieces.last, last.hasSuffix("👍") { pieces[pieces.count - 1] = String(last.dropLast()) }
        #expect(Desk.clauses(of: line) == pieces.filter { !$0.isEmpty })
    }
}
