import DeskKit
import DeskTesting
import Testing

@Suite("Community addresses")
struct AddressTests {
    let parser: AddressParser

    init() throws {
        parser = AddressParser(directory: try SeedFiles.bundled.decode(CommunityDirectory.self, from: "community.yaml"))
    }

    @Test func fullAddress() throws {
        let a = parser.read("水印桃源3栋2单元502室")
        #expect(a.compound == "shuiyin")
        #expect(a.building == 3 && a.unit == 2 && a.room == 502)
        #expect(try parser.check(a) == .valid(a))
    }

    @Test func villageGroupsAndHouseNumbers() throws {
        // The village has villagers' groups and house numbers: `12号` is a house, not room 12 (domain bug 13).
        let a = parser.read("李家墩村湾3组12号")
        #expect(a.compound == "village" && a.villageGroup == 3 && a.house == 12 && a.room == nil)
        #expect(a.isHousehold && a.description == "李家墩村湾 3组12号")
        #expect(try parser.check(a) == .valid(a))
        let b = parser.read("村湾12号停电了")
        #expect(b.house == 12 && b.room == nil && b.description == "李家墩村湾 12号")
        // In a compound, 号 still belongs to the building or room.
        #expect(parser.read("汉口道6号2栋1单元1201").room == 1201)
    }

    @Test func aliasesAndChineseNumerals() {
        let a = parser.read("奥园三栋二单元五零二")
        #expect(a.compound == "aoyuan")
        #expect(a.building == 3 && a.unit == 2)
        let b = parser.read("奥园十二号楼一单元1203")
        #expect(b.building == 12 && b.unit == 1 && b.room == 1203)
    }

    /// `水印子` on a wall is a stain of damp, not 水印桃源: a line that says it names no compound, while `水印3栋` still does.
    @Test func aStainIsNotACompound() {
        #expect(parser.read("我屋北边卧室墙上全是水印子 顶上也在往下渗").compound == nil)
        #expect(parser.read("水印3栋2单元 墙上有水印子").compound == "shuiyin")
    }

    /// Staff's one-character shorthand of a compound before its figures (`奥3-1-1602`, `泊12-1`), and a building and
    /// unit written `17-3` after a compound; `1-2栋之间` is two buildings, and `奥` before no figure names nothing.
    @Test func staffShorthandAndBuildingUnit() {
        let a = parser.read("奥3-1-1602 噪音")
        #expect(a.compound == "aoyuan" && a.building == 3 && a.unit == 1 && a.room == 1602)
        let b = parser.read("泊12-1 楼道灯不亮")
        #expect(b.compound == "shunchi" && b.building == 12 && b.unit == 1 && b.room == nil)
        let c = parser.read("回访泊10-2楼道灯")
        #expect(c.compound == "shunchi" && c.building == 10 && c.unit == 2)
        let d = parser.read("汉口道5-1 洗衣机噪音")
        #expect(d.compound == "hankoudao6" && d.building == 5 && d.unit == 1)
        let e = parser.read("汉口道1-2栋之间的井盖")
        #expect(e.compound == "hankoudao6" && e.unit == nil)
        let f = parser.read("桃11-3 一楼")
        #expect(f.compound == "shuiyin" && f.building == 11 && f.unit == 3)
        #expect(parser.read("奥运会那天 3栋2单元").compound == nil)
        #expect(parser.read("泊林6-2-302").room == 302)
    }

    /// The shorthand standing as a word of its own after the date, as staff type it (`泊 12-1-302 卜婆婆`, `桃 南门外
    /// 公交站`); inside a word (`武汉 5号线`, `汉口 3点`) or with no space after it, it names nothing.
    @Test func staffShorthandStandingApart() {
        let a = parser.read("2月27日周二上午 泊 12-1-302 卜婆婆回访")
        #expect(a.compound == "shunchi" && a.building == 12 && a.unit == 1 && a.room == 302)
        let b = parser.read("1月29日周一下午 ✓ 桃 南门外轮椅翻倒")
        #expect(b.compound == "shuiyin")
        let c = parser.read("奥 21-2-1703 钱爹爹")
        #expect(c.compound == "aoyuan" && c.building == 21 && c.room == 1703)
        #expect(parser.read("在武汉 5号线上").compound == nil)
        #expect(parser.read("去汉口 3点钟").compound == nil)
        #expect(parser.read("奥运 3栋").compound == nil)
    }

    @Test func shortForm() {
        let a = parser.read("7-1-302 李阿姨")
        #expect(a.building == 7 && a.unit == 1 && a.room == 302 && a.compound == nil)
    }

    @Test func fullWidthIsNormalised() {
        let a = parser.read("顺驰泊林３栋２单元５０２")
        #expect(a.compound == "shunchi" && a.building == 3 && a.unit == 2 && a.room == 502)
    }

    @Test func publicPlaces() throws {
        let a = parser.read("水印桃源东门的路灯")
        #expect(a.place == "东门" && a.compound == "shuiyin")
        #expect(parser.read("地下车库积水").place == "地下车库")
        #expect(parser.read("口袋公园").place == "口袋公园")
    }

    @Test func buildingSharedByCompoundsNeedsTheCompound() throws {
        let a = parser.read("3栋2单元")
        guard case .needsCompound(_, let candidates) = try parser.check(a) else { Issue.record("expected a question"); return }
        #expect(candidates.contains("水印桃源") && candidates.contains("武汉奥林匹克花园"))
    }

    @Test func buildingOnlyOneCompoundHasIsInferred() throws {
        // Only 武汉奥林匹克花园 has building 25 in the seeds.
        guard case .valid(let a) = try parser.check(parser.read("25栋1单元")) else { Issue.record("expected valid"); return }
        #expect(a.compound == "aoyuan")
    }

    @Test func unknownCompoundGetsSuggestions() {
        #expect(throws: AddressError.unknownCompound("奥体花园", suggestions: ["武汉奥林匹克花园"])) {
            try parser.check(parser.read("奥体花园3栋"), text: "奥体花园3栋")
        }
    }

    @Test func ordinaryWordsAreNotCompounds() {
        #expect(parser.unknownCompound(in: "我们小区的电梯坏了") == nil)
        // The whole compound, each one, the one next door: not names (a repair for all of them is no unknown place).
        #expect(parser.unknownCompound(in: "请物业把全小区的消防栓都查一遍") == nil)
        #expect(parser.unknownCompound(in: "各小区的垃圾站下周统一消毒") == nil)
        #expect(parser.unknownCompound(in: "隔壁小区的狗跑过来了") == nil)
        #expect(parser.unknownCompound(in: "奥体花园3栋的灯坏了") == "奥体花园")
    }

    @Test func buildingAndRoomMustExist() {
        #expect(throws: AddressError.noSuchBuilding(compound: "水印桃源", building: 40, range: 1...12)) {
            try parser.check(parser.read("水印桃源40栋"))
        }
        #expect(throws: AddressError.noSuchUnit(compound: "水印桃源", building: 3, unit: 9, units: 3)) {
            try parser.check(parser.read("水印桃源3栋9单元"))
        }
        #expect(throws: AddressError.noSuchRoom(compound: "水印桃源", room: 905, floors: 7, roomsPerFloor: 2)) {
            try parser.check(parser.read("水印桃源3栋2单元905"))
        }
    }

    @Test func villageHasNoLayout() throws {
        let a = parser.read("李家墩村湾")
        #expect(try parser.check(a) == .valid(a))
    }

    @Test func emptyIsRefused() {
        #expect(throws: AddressError.empty) { try parser.check(Address()) }
    }

    @Test func display() {
        let a = Address(compound: "shuiyin", compoundName: "水印桃源", building: 3, unit: 2, room: 502)
        #expect(a.description == "水印桃源 3栋2单元502室")
    }
}

@Suite("Terminal width of CJK text")
struct DisplayWidthTests {
    @Test func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("报修") == 4)
        #expect(DisplayWidth.of("３") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)         // combining accent
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test func tableColumnsLineUp() {
        let table = TextTable(headers: ["工单号", "标题"], rows: [["BX-0001", "电梯坏了"], ["X-1", "漏水"]]).render()
        let lines = table.split(separator: "\n").map(String.init)
        // The second column starts at the same terminal column on every line.
        let starts = lines.map { line -> Int in
            let first = line.prefix { $0 != " " }
            let gap = line.dropFirst(first.count).prefix { $0 == " " }
            return DisplayWidth.of(first) + gap.count
        }
        #expect(Set(starts.enumerated().filter { $0.offset != 1 }.map(\.element)).count == 1)
        #expect(lines[0].hasPrefix("工单号   标题") )
    }

    @Test func noTrailingSpaces() {
        let table = TextTable(headers: ["服务", "关键词"], rows: [["报修查询", ""], ["报修", "漏水"]]).render()
        #expect(table.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func truncatesByColumns() {
        #expect(DisplayWidth.truncate("水印桃源三栋二单元", to: 7) == "水印桃…")
    }
}
