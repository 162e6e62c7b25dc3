import DeskChat
import DeskKit
import Testing

@Suite("Replies on a phone-sized terminal")
struct NarrowLayoutTests {
    let table = TextTable(headers: ["工单", "标题", "状态", "负责"],
                          rows: [["BX-0001", "水印桃源3栋2单元502 给排水", "处理中", "物业水电班"],
                                 ["BX-0002", "顺驰泊林8栋 电梯", "已受理", ""]]).render()

    @Test func aWideTableBecomesCardsOnANarrowScreen() {
        let text = "共 2 件：\n" + table + "\n输入 查看 工单号 看详情。"
        let fitted = NarrowLayout.fit(text, width: 40)
        #expect(fitted == """
            共 2 件：
            ▸ BX-0001
              标题：水印桃源3栋2单元502 给排水
              状态：处理中
              负责：物业水电班
            ▸ BX-0002
              标题：顺驰泊林8栋 电梯
              状态：已受理
            输入 查看 工单号 看详情。
            """)
        #expect(fitted.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func aLongValueStaysInsideItsCard() {
        let wide = TextTable(headers: ["工单", "标题", "状态"],
                             rows: [["BX-0001", "水印桃源 5栋1单元302室 给排水/漏水 厨房水管爆了还在漏", "已派单"]]).render()
        let fitted = NarrowLayout.fit(wide, width: 30).split(separator: "\n").map(String.init)
        #expect(fitted.allSatisfy { DisplayWidth.of($0) <= 30 })
        #expect(fitted[0] == "▸ BX-0001" && fitted[1].hasPrefix("  标题：水印桃源") && fitted[2].hasPrefix("    "))
        #expect(fitted.last == "  状态：已派单")
    }

    @Test func aTableThatFitsIsLeftAlone() {
        #expect(NarrowLayout.fit(table, width: 120) == table)
        #expect(NarrowLayout.fit("没有表格的一句话", width: 10) == "没有表格的一句话")
    }

    @Test func thePrinterReflowsForTheWidthItIsGiven() {
        let reply = Reply(status: .answered, text: table)
        #expect(ReplyPrinter(colour: false, width: { 40 }).render(reply).hasPrefix("▸ BX-0001"))
        #expect(ReplyPrinter(colour: false).render(reply) == table)
    }
}
