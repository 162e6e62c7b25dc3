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

/// A line of particulars — where, who, a number, when someone is home — read apart from a line that asks.
@Suite("A line of particulars")
struct ParticularsTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    @Test(arguments: ["12栋3单元802 刘爹爹 刘光明", "电话是139****0465", "7栋1单元101 吴秀芝 上午都在屋里", "2栋2单元101 姓骆",
                      "老人名字刘长顺", "那帮我登记 熊长根 村湾22号", "8栋1单元301 邵国平 83 独居",
                      "搞错了 是16栋2单元301 1单元是他自己屋", "那帮我登记 3栋2单元601 陈国强 他今年83", "11栋1单元703 吕爹爹 八十多 一个人", "下周二上午"])
    func particulars(_ line: String) {
        #expect(desk.desk.givesParticulars(line))
    }

    @Test(arguments: ["好的好的 谢谢你", "谢谢 我明天克", "好的 我明天上午克", "可以", "12栋电梯又坏了", "刘爹爹家的水管爆了 5栋2单元",
                      "7栋1单元101 吴秀芝 要么样申请？", "好"])
    func notParticulars(_ line: String) {
        #expect(!desk.desk.givesParticulars(line))
    }

    @Test(arguments: [("刘光明", true), ("金爹爹", true), ("姓骆", true), ("欧阳秀珍", true), ("婆婆", true), ("小张", true),
                      ("谢谢你", false), ("周末好", false), ("下午", false), ("刘爹爹家漏水", false)])
    func names(_ run: String, _ isName: Bool) {
        #expect(PersonName.isName(run[...]) == isName)
    }
}
