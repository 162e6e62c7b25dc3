@testable import DeskKit
import DeskTesting
import Testing

/// What is left of a line once places, names and numbers are taken out decides whether a line is a request of
/// its own or only an answer (`4栋2单元601` answers; `厨房漏水` asks).
@Suite("The request left in a line")
struct RequestContentTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    @Test(arguments: [
        ("他叫王德福 就住我这 4栋2单元601", ""),
        ("水印桃源3栋2单元502 地下车库漏水", "漏水"),
        // The longer name first: `武汉奥林匹克花园` is taken whole, not `奥林匹克花园` inside it.
        ("武汉奥林匹克花园北门 东门", ""),
        ("奥园车库的灯坏了", "灯坏"),   // 的 and 了 only join the parts
        ("顺驰泊林 口袋公园 扭腰器转不动了", "扭腰器转不动"),
        ("早上好", "早上好"),
        ("1968年3月出生的男的", "出生男"),
        ("", ""),
    ])
    func leavesOnlyWhatAsks(_ line: String, _ left: String) {
        #expect(desk.desk.requestContent(line) == left)
    }
}
