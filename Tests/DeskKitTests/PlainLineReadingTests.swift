@testable import DeskKit
import Testing

/// The readers that take a line of plain characters in one walk (`FixNews.says`, `QuestionForm.asks`,
/// `Desk.clauses(of:)`, `WorkRecord.says`) answer as they do word by word: the same line with a pictograph after it, which is read word
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

    /// Records of work and lines like them (those of `WorkRecord`'s documentation and tests, and their near misses).
    static let counterLines = [
        "今日走访奥园独居老人14户，均正常", "3栋门口的垃圾桶已叫保洁冲洗", "防走失手环已领到 已给他戴上", "金额查到了 已经打电话告诉他儿子",
        "泊林12栋秦家漏水的事 约了楼上下周二调解", "业主答应停到9号", "查了 2月以来都发了 告诉他了",
        "充电棚着火 查了 起因是一块改装的锂电池 已和物业商量", "给儿子报少儿暑期班 已收费 开了收据", "暑期班退费 已退",
        "电梯坏了 已报修三天", "已报修 还是漏", "不用再跟了 可以结了", "社区请了房屋安全鉴定的来看了", "程爹爹来问今年认证做了冇 查了 8月份做过了 告诉他了",
        "查了是她换了银行卡冇改签约 帮她改了 重新扣 成功了", "周婆婆 查了 今年认证还冇做 约了明天上午上门 告诉她了",
        "兵哥哥师傅换了合页 贴了密封条", "扭腰器转盘上了油 能转了 入口的灯换了灯泡", "阀门关了 冰铲了", "3栋楼道灯换了还是不亮",
        "5栋电梯修了 又坏了 请物业再来看", "汉口道2栋电梯困人的事 今天下午已经和物业、供电所碰了", "池塘落水 已联系物业今天加固栏杆",
        "已要求严格按早晚时间施工 起因是投诉", "人摔了 现在还在地上 已打120", "说暂时冇得危险 已经告诉她了", "他不晓得 告诉他了",
        "冇得大碍 已送回家", "约了周四 请刘网格去", "重阳节上门看过了 人精神不错", "助浴约在10月25日下午", "已经80岁 一个人住",
        "已经把空调修好了", "代办 已交材料", "帮居民问了 社保卡", "优待证 到了 电话通知他来拿", "楼梯灯换了 扶手也紧了 管婆婆儿子说谢谢",
        "补材料 已交 等审核", "已经送上楼了 她说下个月还要", "7栋的事 已经好了 冇得危险了", "",
    ]

    @Test(arguments: counterLines) func recordWordsAreTheSame(line: String) {
        let present = CharacterPresence(line)
        #expect(present.allPlain)
        let walked = WorkRecord.Words(in: line, present), searched = WorkRecord.Words(searching: present)
        #expect(walked.plain && !searched.plain)
        for list in WorkRecord.Words.allLists {
            #expect(walked.has(list) == searched.has(list), "list \(list.rawValue)")
        }
        #expect(walked.piecesOfWork == searched.piecesOfWork)
        #expect(walked.listWorkDone == WorkRecord.listsWorkDone(present))
    }

    @Test(arguments: counterLines) func recordsAreTheSame(line: String) {
        #expect(WorkRecord.says(line) == WorkRecord.says(line + "👍"))
    }
}
