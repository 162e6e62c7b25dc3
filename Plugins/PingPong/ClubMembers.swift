import DeskKit
import Foundation

/// Members, their payments and paid-up periods, arrears and reminders.
struct ClubMembers {
    let context: ServiceContext
    var db: Database { context.db }

    static let usage = "会员 登记 姓名 [电话] [地址] [入会日期] | 会员 查找 关键字 | 会员 姓名 | 会员 停缴 姓名 | 会员 退出 姓名"

    /// Every member (or those of `request`), with names and phones from the resident register.
    func all(_ request: QueryInterfaceRequest<Member> = Member.all()) throws -> [Member] {
        try Member.load(request.fetchAll(db), in: context.residents)
    }

    /// The member `text` names, by name or phone.
    func find(_ text: String) throws -> Member {
        if let phone = PhoneNumber.find(in: text) {
            // A phone a couple shares belongs to each of them in the register.
            let people = Set(try context.residents.people(phone: phone).map(\.id!))
            let members = try all()
            let current = try context.residents.people(members.compactMap(\.residentID))
            let sharing = members.filter { $0.residentID.flatMap { current[$0]?.id }.map(people.contains) ?? false }
            guard !sharing.isEmpty else { throw DeskError("unknown-member", "没有电话为 \(phone.masked) 的会员") }
            guard sharing.count == 1 else {
                throw DeskError("ambiguous-member", "电话 \(phone.masked) 是 \(sharing.map(\.name).joined(separator: "、")) 共用的，请写姓名")
            }
            return sharing[0]
        }
        let named = try all().filter { text.contains($0.name) }
        guard !named.isEmpty else { throw DeskError("unknown-member", "没有会员「\(text)」，先用 会员 登记 登记") }
        guard named.count == 1 else { throw DeskError("ambiguous-member", "有多位会员符合「\(text)」：\(named.map(\.name).joined(separator: "、"))，请写全名或电话") }
        return named[0]
    }

    /// The last day covered by the member's payments that were not reversed (single visits do not count).
    func paidUntil(_ memberID: Int64) throws -> CalendarDay? {
        try String.fetchOne(db, sql: """
            SELECT MAX(p.periodEnd) FROM pingpongPayments p JOIN pingpongPlans plan ON plan.id = p.planID
            WHERE p.memberID = ? AND plan.months > 0
              AND NOT EXISTS (SELECT 1 FROM pingpongLedger l JOIN pingpongLedger r ON r.reversalOf = l.id WHERE l.paymentID = p.id)
            """, arguments: [memberID]).flatMap(CalendarDay.init(iso:))
    }

    /// `会员 …`.
    func run(_ text: String) throws -> Reply {
        let words = text.split(separator: " ").map(String.init)
        switch words.first ?? "" {
        case "登记", "add":
            guard words.count >= 2 else { throw DeskError("missing-argument", "用法：\(Self.usage)") }
            // The phone is optional (elderly members may have none) and may be shared (a couple): say with whom.
            var phone: PhoneNumber?
            if words.count >= 3, words[2].contains(where: \.isNumber), DateParser.find(in: words[2], today: context.today) == nil {
                do { phone = try PhoneNumber(words[2]) } catch { throw DeskError("invalid-phone", "电话：\(error)") }
            }
            if try all().contains(where: { $0.name == words[1] }) {
                throw DeskError("duplicate-member", "已有会员「\(words[1])」，如是同名的另一个人，请在名字后加区别，如 \(words[1])（3栋）")
            }
            let sharing = try phone.map { phone in try all().filter { $0.phone == phone.digits }.map(\.name) } ?? []
            var address: String?
            var joined = context.today
            for word in words.dropFirst(phone == nil ? 2 : 3) {
                if case .success(let d)? = DateParser.find(in: word, today: context.today), (try? DateParser.parse(word, today: context.today)) != nil {
                    joined = d.day
                } else {
                    do {
                        guard case .valid(let a) = try context.addresses.check(context.addresses.read(word), text: word) else {
                            throw DeskError("invalid-address", "地址「\(word)」缺少小区")
                        }
                        address = a.description
                    } catch let e as AddressError { throw DeskError("invalid-address", "地址：\(e)") }
                }
            }
            var member = Member(id: nil, name: words[1], phone: phone?.digits, address: address, joinedOn: joined, status: "active")
            let home = address.map { context.addresses.read($0) }
            member.residentID = try context.residents.person(name: member.name, phone: phone, address: home).id
            try member.insert(db)
            var text = "已登记会员 \(member.name)（\(phone?.masked ?? "无电话")），\(DeskFormat.day(joined, today: context.today))入会。"
            if !sharing.isEmpty { text += "注意：电话与 \(sharing.joined(separator: "、")) 相同（共用电话），按电话查找时会列出多人。" }
            return Reply(module: "pingpong", status: .updated, text: text)
        case "查找", "find":
            let key = words.dropFirst().joined(separator: " ")
            guard !key.isEmpty else { throw DeskError("missing-argument", "用法：\(Self.usage)") }
            let digits = key.filter(\.isNumber)
            let found = try all().filter { $0.name.contains(key) || (!digits.isEmpty && ($0.phone ?? "").contains(digits)) }
            return .answer(try table(found), module: "pingpong")
        case "停缴", "退出":
            let member = try find(words.dropFirst().joined(separator: " "))
            try db.execute(sql: "UPDATE pingpongMembers SET status = ? WHERE id = ?", arguments: [words[0] == "停缴" ? "lapsed" : "left", member.id!])
            return Reply(module: "pingpong", status: .updated, text: "会员 \(member.name) 已标记为「\(words[0])」。")
        case "", "列表", "list":
            return .answer(try table(try all().sorted { $0.name < $1.name }), module: "pingpong")
        default:
            return try show(try find(text))
        }
    }

    private func table(_ members: [Member]) throws -> String {
        guard !members.isEmpty else { return "没有找到会员。" }
        return context.table(["姓名", "电话", "地址", "入会", "状态", "缴费至"], try members.map {
            [$0.name, $0.phone.map(Masking.phone) ?? "—", $0.address ?? "—", $0.joinedOn.description, $0.statusChinese,
             try paidUntil($0.id!)?.description ?? "未缴"]
        })
    }

    private func show(_ member: Member) throws -> Reply {
        let payments = try Payment.filter(Column("memberID") == member.id!).order(Column("id")).fetchAll(db)
        let plans = Dictionary(uniqueKeysWithValues: try Plan.fetchAll(db).map { ($0.id, $0.name) })
        let reversed = Set(try Int64.fetchAll(db, sql: """
            SELECT l.paymentID FROM pingpongLedger l JOIN pingpongLedger r ON r.reversalOf = l.id WHERE l.paymentID IS NOT NULL
            """))
        // Only single visits paid (or every period payment reversed) is not 还没有缴费 when payments are listed.
        let standing = payments.contains { !reversed.contains($0.id!) } ? "没有包月或包年的会费" : "还没有缴费"
        var text = "\(member.name)（\(member.phone.map(Masking.phone) ?? "无电话")），\(member.statusChinese)，" + (try paidUntil(member.id!).map { "缴费至 \($0)" } ?? standing)
        if !payments.isEmpty {
            text += "\n" + context.table(["编号", "日期", "方案", "金额", "方式", "覆盖期间", "备注"], payments.map {
                [$0.label, CalendarDay($0.at).description, plans[$0.planID] ?? $0.planID, Money(fen: $0.amountFen).plain, PingPong.methodName($0.method),
                 "\($0.periodStart)–\($0.periodEnd)", reversed.contains($0.id!) ? "已冲正" : ($0.reason ?? "")]
            })
        }
        return .answer(text, module: "pingpong")
    }

    /// `欠费 [N]`: who has expired and who expires within N days.
    func arrears(days: Int) throws -> [(member: Member, until: CalendarDay?)] {
        let horizon = context.today.adding(days: days)
        return try all(Member.filter(Column("status") == "active")).sorted { $0.name < $1.name }.compactMap { m in
            let until = try paidUntil(m.id!)
            guard until.map({ $0 <= horizon }) ?? true else { return nil }
            return (m, until)
        }
    }

    func arrearsReply(days: Int) throws -> Reply {
        let rows = try arrears(days: days).map { entry in
            [entry.member.name, entry.member.phone.map(Masking.phone) ?? "—", entry.until?.description ?? "未缴",
             entry.until.map { $0 < context.today ? "已到期" : "\(context.today.days(until: $0))天后到期" } ?? "未缴"]
        }
        guard !rows.isEmpty else { return .answer("没有已到期或 \(days) 天内到期的会员。", module: "pingpong") }
        return .answer("已到期及 \(days) 天内到期的会员：\n" + context.table(["姓名", "电话", "缴费至", "情况"], rows), module: "pingpong")
    }

    /// `欠费提醒 [N]`: one message for the club's group, in the outbox.
    func remind(days: Int, group: String) throws -> Reply {
        let due = try arrears(days: days)
        guard !due.isEmpty else { return .answer("没有需要提醒的会员。", module: "pingpong") }
        let names = due.map { "\($0.member.name)（\($0.until.map { $0 < context.today ? "\($0.chinese)已到期" : "\($0.chinese)到期" } ?? "未缴")）" }
        try context.outbox.post(group: group, text: "【会费提醒】以下球友的会费已到期或即将到期：\(names.joined(separator: "、"))。请向管理员续费，谢谢支持球室运维！")
        return Reply(module: "pingpong", status: .updated, text: "已生成会费提醒（\(due.count) 人），放入待发消息（\(group)）。")
    }
}
