import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Chinese numerals")
struct ChineseNumberTests {
    @Test(arguments: [("三", 3), ("十二", 12), ("二十五", 25), ("一百二十", 120), ("一百二", 120), ("一千零五", 1005),
                      ("两", 2), ("五零二", 502), ("2026", 2026), ("三万", 30000), ("十", 10)])
    func reads(_ text: String, _ value: Int) {
        #expect(ChineseNumber.parse(text) == value)
    }

    /// Found by the money fuzzer (Fuzz/FuzzMoney.swift): digits under a big unit overflowed Int.
    @Test(arguments: ["", "栋", "三栋", "abc", "1.5", "七055000110000亿", "九九九九九九九九九九九九亿亿"])
    func refuses(_ text: String) {
        #expect(ChineseNumber.parse(text) == nil)
    }

    @Test func readsPrefix() {
        let (value, rest) = ChineseNumber.prefix(of: "三栋二单元")!
        #expect(value == 3)
        #expect(rest == "栋二单元")
    }
}

@Suite("Money")
struct MoneyTests {
    @Test(arguments: [("120元", 12000), ("一百二十块", 12000), ("¥120.5", 12050), ("￥120.50", 12050), ("120块5", 12050),
                      ("5角", 50), ("3元5角2分", 352), ("0.01元", 1), ("120", 12000), ("１２０元", 12000), ("1,200元", 120000), ("五块五", 550)])
    func reads(_ text: String, _ fen: Int) throws {
        #expect(try Money.parse(text) == Money(fen: fen))
    }

    @Test func refusesNegative() {
        #expect(throws: MoneyError.negative("-5元")) { try Money.parse("-5元") }
    }

    @Test func aCommaOnlyGroupsThousands() throws {
        // Domain bug 17: `1,5元` was read as 15 yuan.
        #expect(throws: MoneyError.notAnAmount("1,5元")) { try Money.parse("1,5元") }
        #expect(throws: MoneyError.self) { try Money.parse("12,34元") }
        #expect(try Money.parse("1,234,567.5元") == Money(fen: 123_456_750))
        #expect(try Money.parse("¥1,500") == Money(fen: 150_000))
    }

    @Test func refusesThreeDecimals() {
        #expect(throws: MoneyError.tooManyDecimals("12.345元")) { try Money.parse("12.345元") }
    }

    @Test(arguments: ["1e9元", "abc", "12..3元", "五元五角钱币", "元", "七055000110000亿 十050亿 十05亿 亿0¥4500055041亿"])
    func refusesNonsense(_ text: String) {
        #expect(throws: MoneyError.self) { try Money.parse(text) }
    }

    @Test func refusesTooLarge() {
        #expect(throws: MoneyError.tooLarge("20000000元")) { try Money.parse("20000000元") }
    }

    @Test func findsInFreeText() throws {
        #expect(try Money.find(in: "这个月的会费120元转给管理员了")?.get() == Money(fen: 12000))
        #expect(Money.find(in: "3栋2单元502") == nil)
        if case .failure(let e) = Money.find(in: "退我-5元") { #expect(e == .negative("-5元")) } else { Issue.record("expected failure") }
    }

    @Test func shows() {
        #expect(Money(fen: 12050).description == "120.50元")
        #expect(Money(fen: -305).description == "-3.05元")
        #expect(Money(fen: 7).plain == "0.07")
    }
}

@Suite("Dates in Asia/Shanghai")
struct DateParserTests {
    let today = CalendarDay(year: 2026, month: 11, day: 28)!   // a Saturday

    @Test func relativeDays() throws {
        #expect(try DateParser.parse("今天", today: today).day == today)
        #expect(try DateParser.parse("明天", today: today).day == CalendarDay(year: 2026, month: 11, day: 29))
        #expect(try DateParser.parse("后天", today: today).day == CalendarDay(year: 2026, month: 11, day: 30))
    }

    @Test func afternoon() throws {
        let v = try DateParser.parse("明天下午", today: today)
        #expect(v.day == CalendarDay(year: 2026, month: 11, day: 29))
        #expect(v.hour == 14)
    }

    @Test func monthDayAndISO() throws {
        #expect(try DateParser.parse("12月3日", today: today).day == CalendarDay(year: 2026, month: 12, day: 3))
        #expect(try DateParser.parse("十二月三号", today: today).day == CalendarDay(year: 2026, month: 12, day: 3))
        #expect(try DateParser.parse("2026-12-03", today: today).day == CalendarDay(year: 2026, month: 12, day: 3))
        #expect(try DateParser.parse("2026年12月3日 下午3点半", today: today) == DateTimeValue(day: CalendarDay(year: 2026, month: 12, day: 3)!, hour: 15, minute: 30))
        #expect(try DateParser.parse("12月3日 9:05", today: today).minute == 5)
    }

    @Test func weekdays() throws {
        #expect(try DateParser.parse("周六", today: today).day == today)
        #expect(try DateParser.parse("周日", today: today).day == CalendarDay(year: 2026, month: 11, day: 29))
        #expect(try DateParser.parse("下周一", today: today).day == CalendarDay(year: 2026, month: 11, day: 30))
    }

    @Test func refusesImpossibleDays() {
        #expect(throws: DateError.noSuchDay(month: 2, day: 30)) { try DateParser.parse("2月30日", today: today) }
        #expect(throws: DateError.badMonth(13)) { try DateParser.parse("13月1日", today: today) }
        #expect(throws: DateError.badTime("25点")) { try DateParser.parse("明天25点", today: today) }
        #expect(throws: DateError.notADate("随便")) { try DateParser.parse("随便", today: today) }
        #expect(throws: DateError.self) { try DateParser.parse("明天下午去", today: today) }
    }

    @Test func findsInFreeText() throws {
        let found = try #require(DateParser.find(in: "周六上午除草我想报名", today: today))
        let v = try found.get()
        #expect(v.day == today && v.hour == 9)
        #expect(DateParser.find(in: "电梯坏了", today: today) == nil)
    }

    @Test func leapYears() {
        #expect(CalendarDay(year: 2028, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2026, month: 1, day: 31)!.adding(months: 1) == CalendarDay(year: 2026, month: 2, day: 28))
    }
}

@Suite("Citizen ID numbers (GB 11643-1999, rules.md §2)")
struct CitizenIDTests {
    let today = CalendarDay(year: 2026, month: 11, day: 28)!

    @Test func publishedValidExamples() throws {
        let a = try CitizenID("11010519491231002X", today: today)
        #expect(a.sex == .female)
        #expect(a.birthDate == CalendarDay(year: 1949, month: 12, day: 31))
        let b = try CitizenID("440524188001010014", today: today)
        #expect(b.sex == .male)
        #expect(b.birthDate == CalendarDay(year: 1880, month: 1, day: 1))
        let c = try CitizenID("360426199101010071", today: today)
        #expect(c.sex == .male)
    }

    @Test func lowerCaseXIsNormalised() throws {
        #expect(try CitizenID("11010519491231002x", today: today).number == "11010519491231002X")
    }

    @Test func publishedInvalidExample() {
        #expect(throws: CitizenIDError.checksum(expected: "X")) { try CitizenID("340524198001010013", today: today) }
    }

    @Test func refusesBadShapes() {
        #expect(throws: CitizenIDError.wrongLength(17)) { try CitizenID("11010519491231002", today: today) }
        #expect(throws: CitizenIDError.badCharacters) { try CitizenID("1101051949123100AX", today: today) }
    }

    @Test func refusesAnAddressCodeThatIsNoProvince() throws {
        // GB/T 2260 has no province 00 or 20; the check character alone let such numbers through (domain bug 8).
        #expect(throws: CitizenIDError.badRegion("000000")) { try CitizenID(Self.withCheck("00000019720708150"), today: today) }
        #expect(throws: CitizenIDError.badRegion("201234")) { try CitizenID(Self.withCheck("20123419720708150"), today: today) }
        // Hong Kong, Macao and Taiwan residents' permits (81/82/83) and the 2023 foreigner's ID (9…) are valid.
        #expect(try CitizenID(Self.withCheck("81000019720708150"), today: today).regionCode == "810000")
        #expect(try CitizenID(Self.withCheck("93312419720708151"), today: today).sex == .male)
        #expect(CitizenIDError.badRegion("000000").description.contains("地区码 000000"))
    }

    @Test func refusesImpossibleAndFutureBirthDates() throws {
        #expect(throws: CitizenIDError.badBirthDate("19490230")) { try CitizenID(Self.withCheck("42010619490230002"), today: today) }
        #expect(throws: CitizenIDError.birthInFuture(CalendarDay(year: 2027, month: 1, day: 1)!)) {
            try CitizenID(Self.withCheck("42010620270101002"), today: today)
        }
    }

    @Test func masks() throws {
        let id = try CitizenID(Self.withCheck("42010619560101002"), today: today)
        #expect(id.masked == "420106********" + id.number.suffix(4))
        #expect(!id.masked.contains("19560101"))
    }

    /// Appends the check character computed independently of the implementation, from the standard's weights.
    static func withCheck(_ seventeen: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(seventeen.map { $0.wholeNumberValue! }, weights).map(*).reduce(0, +)
        return seventeen + String(Array("10X98765432")[sum % 11])
    }
}

@Suite("Phone numbers and masking")
struct PhoneNumberTests {
    @Test func mobile() throws {
        let p = try PhoneNumber("138 1234 5678")
        #expect(p.digits == "13812345678")
        #expect(p.masked == "138****5678")
        #expect(try PhoneNumber("+86 13812345678").digits == "13812345678")
    }

    @Test func landline() throws {
        #expect(try PhoneNumber("027-85551234").masked == "027****1234")
    }

    @Test(arguments: ["12345678901", "1381234567", "abc", "2345678"])
    func refuses(_ text: String) {
        #expect(throws: PhoneNumberError.self) { try PhoneNumber(text) }
    }

    @Test func redactsFreeText() {
        let text = "我是李阿姨，电话13812345678，身份证420106195601010021"
        let redacted = Masking.redact(text)
        #expect(!redacted.contains("13812345678"))
        #expect(!redacted.contains("420106195601010021"))
        #expect(redacted.contains("138****5678"))
    }
}
