@testable import DeskKit
import DeskTesting
import Foundation
import Testing

@Suite("Masking: landlines and 15-digit ID numbers in free text")
struct FixedLineMaskingTests {
    @Test(arguments: [
        ("座机027-85551234", "座机027****1234"),
        ("电话 (027)8555 1234", "电话 027****1234"),
        ("打02785551234找王师傅", "打027****1234找王师傅"),
        ("0710-3351234 襄阳的号", "071****1234 襄阳的号"),
        ("座机85551234", "座机****1234"),
        ("联系电话：8555-1234", "联系电话：****1234"),
        ("老身份证420106500101002", "老身份证420106*****1002"),
        ("身份证 420106 500101 002", "身份证 420106*****1002"),
        ("手机13812345678 座机027-85551234", "手机138****5678 座机027****1234"),
        // Written in Chinese digits, as voice input and some elderly residents write them.
        ("我电话一三八零零一三八零零三", "我电话一三八****八零零三"),
        ("打幺三九一二三四五六七八", "打幺三九****五六七八"),
        ("二〇二六年十一月 电话一三八零零一三八零零三。", "二〇二六年十一月 电话一三八****八零零三。"),
    ])
    func masks(_ typed: String, _ shown: String) {
        #expect(Masking.redact(typed) == shown)
    }

    /// Dates, amounts, room numbers and references are not phones: 15 digits without a province code and a
    /// birth date are no ID, and eight digits without a phone word are no local number.
    @Test(arguments: ["一二三四五六七八九十", "三五八九十年代", "二〇二六年十一月二十九日", "一三八零零 一三八零零三", "一三八零零一三八零零三四", "20261129", "第85551234号", "单号 123456789012345", "2026-11-29", "金额 12000000 分", "990106500101002"])
    func leavesOtherNumbersAlone(_ text: String) {
        #expect(Masking.redact(text) == text)
    }

    @Test func aLandlineInAReportIsStoredMaskedAndTakenAsTheCallbackNumber() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let r = desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨座机027-85551234")
        let id = try #require(r.caseID)
        #expect(!r.text.contains("85551234"))
        let record = try desk.case(id)
        #expect(!record.title.contains("85551234"))
        let search = try desk.read { try String.fetchAll($0, sql: "SELECT body FROM caseSearch").joined() }
        #expect(!search.contains("85551234"))
        #expect(record.callbackPhone == "02785551234")
        #expect(PhoneNumber.findAny(in: "座机027-85551234")?.digits == "02785551234")
    }

    /// The migration for databases written before: a landline kept whole in a note is masked once.
    @Test func notesStoredBeforeAreMaskedByTheMigration() throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let id = try #require(desk.say("故障 水印桃源3栋2单元502 漏水 王阿姨 13971234567").caseID)
        try desk.desk.store.write { db in
            try db.execute(sql: "UPDATE caseEvents SET note = '家里座机027-85551234，老身份证420106500101002' WHERE caseID = ?", arguments: [id])
            try KernelMigrations.maskStoredText(db, digitsInARow: 4)
        }
        let notes = try desk.read { try String.fetchAll($0, sql: "SELECT note FROM caseEvents WHERE caseID = ?", arguments: [id]) }
        #expect(notes.allSatisfy { $0 == "家里座机027****1234，老身份证420106*****1002" })
    }
}

@Suite("Masking: a mobile number in Chinese digits through the desk")
struct SpokenMobileTests {
    @Test func aComplaintWithANumberInChineseDigitsShowsItMasked() throws {
        let desk = try TestDesk(modules: [])
        let r = desk.relay("投诉 7栋楼下天天有人乱停车 我电话一三八零零一三八零零三", group: "奥园业主群", sender: "罗二")
        let id = try #require(r.caseID)
        let shown = desk.say("查看 \(id)").text
        #expect(!shown.contains("一三八零零一三八零零三"))
        #expect(shown.contains("一三八****八零零三"))
        #expect(try !desk.snapshot().contains("零零一三八零零三"))
    }
}

/// The run of digits that decides whether the masking patterns are tried at all (a reply with dates and ages
/// written with 年 and 月 never needs them).
@Suite("Masking: runs of digits")
struct DigitRunTests {
    @Test(arguments: [("138 1234-5678", 11), ("2026-11-29 核对", 8), ("1968年3月出生，2029年1月退休", 4), ("138  1234", 4),
                      ("(027)8555 1234", 8), ("没有数字", 0), ("", 0)])
    func measuresTheLongestRun(_ text: String, _ run: Int) {
        #expect(Masking.longestDigitRun(text) == run)
    }

    @Test func aReplyFullOfDatesIsLeftAsItIsAndANumberInItIsStillMasked() {
        let answer = "1968年3月出生的男职工：法定退休年龄 60岁10个月，2029年1月退休。依据：2024年9月13日决定。"
        #expect(Masking.redact(answer) == answer)
        #expect(Masking.redact(answer + "电话13812345678") == answer + "电话138****5678")
        #expect(Masking.redact(answer + "座机027-85551234") == answer + "座机027****1234")
    }

    /// The checks that spare a text the landline and local-number patterns are only ever false where the
    /// pattern finds nothing: every text of this suite, and digits, brackets, stars, spaces and dashes at random.
    @Test func thePatternsAreSkippedOnlyWhereTheyCannotMatch() {
        var texts = ["座机027-85551234", "电话 (027)8555 1234", "打02785551234找王师傅", "0710-3351234 襄阳的号", "座机85551234",
                     "联系电话：8555-1234", "（来源：武汉市人社局，2026-11-29 核对）", "电话：（027）8555-1234", "*027-85551234",
                     "拨打12333", "座机 8555 1234", "tel:85551234", "2026-11-29", "金额 12000000 分", "电话85551234五", "（0710）-555-1234", "(0710) 5551234", "（来源：指南，2026-12-01 核对）"]
        var generator = SystemRandomNumberGenerator()
        let pieces = ["0", "1", "2", "5", "9", "(", "（", ")", "）", "*", " ", "-", "电话", "座机", "号", "年"]
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 4...18, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            if Masking.landlinePattern.firstMatch(in: text) != nil { #expect(Masking.mayHoldLandline(text), "\(text)") }
            if Masking.localNumberPattern.firstMatch(in: text) != nil { #expect(Masking.mayHoldLocalNumber(text), "\(text)") }
        }
        #expect(!Masking.mayHoldLandline("（来源：武汉市人社局，2026-11-29 核对）") && !Masking.mayHoldLocalNumber("2026-11-29"))
        #expect(!Masking.mayHoldLandline("2026-12-01 核对") && Masking.mayHoldLandline("（0710）-555-1234"))
    }
}
