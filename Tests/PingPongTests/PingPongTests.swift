import Foundation
import DeskKit
import DeskTesting
import PingPong
import PropertyBased
import Testing

@Suite("Ping-pong room: members, fees, ledger")
struct PingPongTests {
    let desk: TestDesk
    init() throws {
        desk = try TestDesk(modules: [PingPong()])
        _ = desk.say("会员 登记 张三 13811112222 水印桃源3栋2单元502")
        _ = desk.say("会员 登记 李四 13833334444")
    }

    func balance() -> String { desk.say("余额").text }

    @Test func negativeAmountsWrittenInChineseAreRefused() throws {
        let before = try desk.snapshot()
        for amount in ["负一百二十元", "负五十元"] {
            let r = desk.say("交会费 张三 年费 \(amount) 现金")
            #expect(r.status == .error && r.text.contains("负数"), "\(amount): \(r.text)")
        }
        #expect(try desk.snapshot() == before)
    }

    @Test func registerAndShowMasked() {
        let r = desk.say("会员 张三")
        #expect(r.text.contains("张三（138****2222），在册，还没有缴费"))
        // A shared phone (a couple) is allowed, and said (frontdesk M30); the same name twice is not.
        #expect(desk.say("会员 登记 王五 13811112222").text.contains("电话与 张三 相同"))
        #expect(desk.say("会员 登记 张三 13900000000").error?.code == "duplicate-member")
        #expect(desk.say("会员 查找 李").text.contains("李四"))
    }

    @Test func paymentCoversAPeriod() {
        let r = desk.say("交会费 张三 年费 120元 微信 单号 4200001234")
        #expect(r.status == .updated)
        #expect(r.text.contains("已登记会费 P1：张三 年费 120.00元（微信转账），覆盖 2026-11-28 至 2027-11-27"))
        #expect(balance() == "乒乓球室余额：120.00元")
    }

    @Test func sameReferenceTwiceIsRefused() throws {
        _ = desk.say("交会费 张三 年费 120元 微信 单号 4200001234")
        let before = try desk.snapshot()
        let r = desk.say("交会费 李四 年费 120元 微信 单号 4200001234")
        #expect(r.error?.code == "duplicate-reference")
        #expect(try desk.snapshot() == before)
    }

    @Test func wrongAmountNeedsAReason() throws {
        let r = desk.say("交会费 李四 月费 10元 现金")
        #expect(r.status == .ask)
        #expect(r.text.contains("金额 10.00元 与「月费」15.00元 不符"))
        #expect(try desk.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM pingpongPayments") } == 0)
        let done = desk.say("学生优惠")
        #expect(done.status == .updated)
        #expect(desk.say("会员 李四").text.contains("学生优惠"))
    }

    @Test func reversalKeepsTheHistory() {
        _ = desk.say("交会费 张三 年费 120元 现金")
        #expect(desk.say("冲正 P1").error?.code == "missing-argument")
        let r = desk.say("冲正 P1 重复登记")
        #expect(r.text.contains("已冲正 L1") && r.text.contains("余额 0.00元"))
        #expect(desk.say("冲正 P1 再来一次").error?.code == "already-reversed")
        #expect(desk.say("冲正 L2 冲正的冲正").error?.code == "cannot-reverse")
        let member = desk.say("会员 张三").text
        #expect(member.contains("已冲正") && member.contains("还没有缴费"))
        let entries = desk.say("账目").text
        #expect(entries.contains("L1") && entries.contains("L2") && entries.contains("冲正 L1：重复登记"))
    }

    @Test func paidUpPeriodAcrossPlanChanges() {
        _ = desk.say("交会费 张三 月费 15元 现金")                 // 11-28 … 12-27
        _ = desk.say("交会费 张三 半年费 70元 现金")               // 12-28 … 2027-06-27
        _ = desk.say("交会费 张三 单次 5元 现金")                  // a visit: no change
        #expect(desk.say("会员 张三").text.contains("缴费至 2027-06-27"))
        _ = desk.say("冲正 P2 方案选错")
        #expect(desk.say("会员 张三").text.contains("缴费至 2026-12-27"))
    }

    @Test func arrearsOnAMovedClock() throws {
        _ = desk.say("交会费 张三 月费 15元 现金")
        let now = desk.say("欠费 10").text
        #expect(now.contains("李四") && now.contains("未缴") && !now.contains("张三"))
        desk.clock.advance(days: 25)
        #expect(desk.say("欠费 10").text.contains("张三"))
        desk.clock.advance(days: 10)
        #expect(desk.say("欠费").text.contains("已到期"))
        _ = desk.say("欠费提醒")
        let outbox = try desk.outbox()
        #expect(outbox.count == 1)
        #expect(outbox[0].groupName == "乒乓球友群")
        #expect(outbox[0].text.contains("张三") && outbox[0].text.contains("李四") && !outbox[0].text.contains("13811112222"))
    }

    @Test func monthlyStatement() throws {
        _ = desk.say("交会费 张三 年费 120元 现金")
        _ = desk.say("交会费 李四 月费 15元 现金")
        _ = desk.say("收入 捐款 200元 王阿姨捐")
        _ = desk.say("支出 电费 85.5元 11月电费单")
        _ = desk.say("支出 器材 60元 球拍胶皮")
        _ = desk.say("冲正 L5 器材款退回")
        _ = desk.say("捐赠 共建单位 矿泉水 20箱")
        let s = desk.say("公示 2026-11").text
        #expect(s.contains("上月结余：0.00元"))
        #expect(s.contains("本月收入：335.00元"))
        #expect(s.contains("  会费 135.00元") && s.contains("  捐款 200.00元"))
        #expect(s.contains("本月支出：85.50元"))
        #expect(s.contains("  器材 0.00元") && s.contains("  电费 85.50元"))
        #expect(s.contains("本月结余：249.50元"))
        #expect(s.contains("共建单位 矿泉水20箱"))
        #expect(balance() == "乒乓球室余额：249.50元")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingpong-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let saved = desk.say("公示 2026-11 csv \(folder.path)")
        let file = folder.appendingPathComponent("乒乓球室收支公示-2026-11.csv")
        #expect(saved.text.hasPrefix("已保存到 \(file.path)"))
        let csv = saved.text.split(separator: "\n").dropFirst()
        #expect(csv.first == "项目,类别,金额（元）")
        #expect(csv.contains("本月结余,,249.50"))
        // The file is what Excel opens: a byte-order mark, CRLF lines, the same rows.
        let bytes = try Data(contentsOf: file)
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let rows = CSV.parse(String(decoding: bytes, as: UTF8.self))
        #expect(rows.first == ["项目", "类别", "金额（元）"] && rows.contains(["本月结余", "", "249.50"]))
        #expect(desk.say("公示 2026-11 csv /nonexistent-folder/x.csv").error?.code == "cannot-save")
        desk.clock.advance(days: 5)
        #expect(desk.say("公示 2026-12").text.contains("上月结余：249.50元"))
    }

    @Test func renovationDonationsAreSeeded() {
        let r = desk.say("捐赠").text
        #expect(r.contains("空调") && r.contains("2台") && r.contains("饮水机") && r.contains("6把") && r.contains("20箱"))
    }

    @Test func badInputIsRefusedWithNoChange() throws {
        let before = try desk.snapshot()
        #expect(desk.say("支出 电费 -5元").error?.code == "invalid-amount")
        #expect(desk.say("支出 电费 0元").error?.code == "invalid-amount")
        #expect(desk.say("收入 捐款 12.345元").text.contains("小数超过两位"))
        let unknown = desk.say("交会费 王五 年费 120元 现金")
        #expect(unknown.status == .ask && unknown.text.contains("没有会员「王五」"))
        _ = desk.say("取消")
        #expect(desk.say("交会费 张三 年费 0元 现金").text.contains("金额必须大于零"))
        #expect(desk.say("冲正 L99 错了").error?.code == "unknown-entry")
        #expect(try desk.snapshot() == before)
    }

    @Test func freeTextPaymentAsksForWhatIsMissing() {
        let r = desk.relay("这个月的乒乓球会费我转给管理员了，麻烦登记一下", group: "乒乓球友群", sender: "张三")
        #expect(r.module == "pingpong")
        #expect(r.status == .ask)
        #expect(r.text.contains("哪位会员"))
        let amount = desk.relay("张三", group: "乒乓球友群", sender: "张三")
        #expect(amount.text.contains("多少钱"))
        let reference = desk.relay("15元", group: "乒乓球友群", sender: "张三")
        #expect(reference.text.contains("转账单号"))
        let done = desk.relay("4200009999", group: "乒乓球友群", sender: "张三")
        #expect(done.text.contains("张三 月费 15.00元（微信转账）"))
    }

    @Test func facilityProblemsGoToTheManagers() throws {
        let r = desk.say("乒乓球室的空调坏了")
        #expect(r.status == .created)
        #expect(try desk.case(r.caseID!).assignee == "乒乓球友会管理员（球友会管理员甲、球友会管理员乙）")
        #expect(desk.say("球台的网破了").module == "pingpong")
    }
}

@Suite("Ping-pong ledger: balance is the sum of the entries")
struct LedgerPropertyTests {
    /// Random sequences of payments, income, expenses and reversals: after each, the reported balance equals
    /// the sum of the ledger's entries and the sum the test keeps on its own.
    @Test func balanceIsAlwaysTheSumOfEntries() async throws {
        await propertyCheck(count: 25, input: Gen.int(in: 0...3).array(of: 1...12), Gen.int(in: 1...99_999).array(of: 12...12)) { ops, amounts in
            let desk = try! TestDesk(modules: [PingPong()])
            _ = desk.say("会员 登记 张三 13811112222")
            var expected = 0
            var entries: [Int] = []      // signed fen of each ledger entry, L1, L2, …
            var reversed = Set<Int>()
            for (i, op) in ops.enumerated() {
                let fen = amounts[i]
                let yuan = "\(fen / 100).\(String(format: "%02d", fen % 100))元"
                switch op {
                case 0: _ = desk.say("收入 捐款 \(yuan)"); expected += fen; entries.append(fen)
                case 1: _ = desk.say("支出 电费 \(yuan)"); expected -= fen; entries.append(-fen)
                case 2:
                    _ = desk.say("交会费 张三 单次 5元 现金"); expected += 500; entries.append(500)
                default:
                    guard let target = entries.indices.last(where: { !reversed.contains($0) }) else { continue }
                    _ = desk.say("冲正 L\(target + 1) 测试")
                    reversed.insert(target); expected -= entries[target]; entries.append(-entries[target]); reversed.insert(entries.count - 1)
                }
                let sum = try! desk.read { try Int.fetchOne($0, sql: "SELECT COALESCE(SUM(signedFen), 0) FROM pingpongLedger")! }
                #expect(sum == expected)
                #expect(desk.say("余额").text == "乒乓球室余额：\(Money(fen: expected))")
            }
        }
    }
}
