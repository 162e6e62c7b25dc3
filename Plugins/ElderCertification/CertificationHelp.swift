import DeskKit
import Foundation

/// A resident who asks the community to do or check a certification for them (`社区能不能帮我家老人在手机上做
/// 认证`, `我妈今年认证了冇 帮我查查`): a question the general answer alone leaves with nobody to act on. It opens
/// a case for the grid worker of the place (or the counter), and the ways to certify still follow in the reply.
extension CertificationDesk {
    /// The case for a request for help, or nil when the line only asks how certification works.
    func helpRequested(_ request: ServiceRequest) throws -> Reply? {
        let text = TextNormalizer.normalize(request.text)
        let (address, worker) = context.placeAndWorker(in: text, request: request)
        let name = ResidentAnswers.name(in: text)
        // Someone's own standing, named (`婆婆想知道她的养老金认正做了冇 … 谢春梅 泊林2栋2单元301`), is for staff to
        // look up, as much as a plea for help; in a group, a relative's too (`我妈今年做了认证冇`: the case asks for
        // the name and address). Asking how to find out (`么样查`, `现在么样补认证`) is answered, unless staff type
        // it for a person named with their home.
        let counter = request.channel == .desk
        // Staff at the counter pass on a question about the elder they speak for (`说顺便看看婆婆的认证做了冇`).
        // A home whose compound the line itself names: a neighbour's door in the group's own compound (`我住2栋1单元402
        // 楼上401的王秀英婆婆认证了冇`) is asked about, not an elder's to look up for them.
        let home = address.isHousehold && context.addresses.read(text).compound != nil
        let named = name != nil || home || Self.relatives.contains(where: text.contains)
            && (!counter || Self.elders.contains(where: text.contains))
            || Self.ownStandingAsked.contains(where: text.contains)
        let how = ["么样", "怎么", "如何", "咋", "能查", "哪里查", "在哪查"].contains(where: text.contains)
        // A payment already stopped (`短信说暂停发放了 … 么样搞`) is a file to look up even when the line asks how.
        // (`现在么样补认证` asks how to certify again: the ways are the answer.)
        let stopped = Self.stoppedWords.contains(where: text.contains) && !text.contains("补认证")
        let ownStanding = named && Self.standingWords.contains(where: text.contains)
            && (!how || counter && name != nil && home || stopped)
        if named, Self.deathWords.contains(where: text.contains) { return try deathTold(request, name: name, address: address, worker: worker) }
        guard ownStanding || Self.asksForHelp(text) || Self.asksItDone(text) else { return nil }
        let checking = Self.checkWords.contains(where: text.contains) || Self.ownStandingAsked.contains(where: text.contains)
        let what = checking ? "查认证情况" : "帮做认证"
        let record = try context.cases.open(
            CaseDraft(title: "认证\(what)（\(name ?? "姓名待补")）", category: "认证帮办", timeLimit: "general", assignee: worker,
                      address: address.isEmpty ? nil : address, details: request.text),
            for: request)
        var reply = "已登记，工单 \(record.id)：\(what)（\(name ?? "姓名待补")）。由 \(worker) 联系您"
            + (checking ? "，查到结果后告诉您。" : "，可以来驿站帮着做，行动不便的可以上门。")
        if name == nil || address.isEmpty { reply += "请补充老人的姓名和住址。" }
        return Reply(module: "elder-certification", status: .created, caseID: record.id, text: reply)
    }

    /// A relative's word that the elder has died (`我爸去年年底过世了 他的养老金要停吧`): staff take the elder off the
    /// certification list and tell social security (the staff command 老人注销 records it); the family hears what is
    /// theirs to do.
    private func deathTold(_ request: ServiceRequest, name: String?, address: Address, worker: String) throws -> Reply {
        let record = try context.cases.open(
            CaseDraft(title: "老人去世：核实后注销认证名单（\(name ?? "姓名待补")）", category: "注销", timeLimit: "general",
                      assignee: worker, address: address.isEmpty ? nil : address, details: request.text),
            for: request)
        var reply = "请节哀。已登记，工单 \(record.id)：由 \(worker) 核实后把老人移出认证名单、停止认证提醒。"
            + "养老金停发和丧葬补助金、抚恤金，请家属带死亡证明、老人的身份证和社保卡到区社保经办机构办理，去世后多发的养老金要退回。"
        if name == nil || address.isEmpty { reply += "请补充老人的姓名和住址。" }
        return Reply(module: "elder-certification", status: .created, caseID: record.id, text: reply)
    }

    /// Words that say an elder has died.
    static let deathWords = ["过世", "去世", "走了", "不在了", "离世", "逝世"]
    /// Words that say a payment has been stopped.
    static let stoppedWords = ["暂停发放", "停发了", "被停了", "停了养老金", "养老金停了", "暂停了"]

    /// Words that ask someone to act: help, do it for me, look it up.
    static let helpWords = ["帮我", "帮忙", "帮他", "帮她", "帮老人", "帮我们", "帮下", "帮一下", "帮着", "帮查", "查一下", "查查", "查一哈", "帮弄"]

    /// Whether `text` asks for help with one of ``helpWords`` — said by the writer, not told of someone else's offer
    /// (`我女儿在上海 她说帮我在手机上认证`, `苏州这边社区说可以在这里帮我妈做异地认证`: a `说` shortly before it, in the
    /// same clause; not `手机刷了三次都说光线不够 在柜台帮她做`).
    static func asksForHelp(_ text: String) -> Bool {
        helpWords.contains { word in
            var search = text.startIndex..<text.endIndex
            while let found = text.range(of: word, range: search) {
                let before = text[..<found.lowerBound].suffix(10)
                let clause = before.split(omittingEmptySubsequences: false, whereSeparator: { " ，,。；;".contains($0) }).last ?? ""
                if !clause.contains("说") { return true }
                search = found.upperBound..<text.endIndex
            }
            return false
        }
    }

    /// Whether `text` asks for the certification to be done by someone, here or at home (`请上门做一下`, `他想在这里做`) —
    /// not which place to choose (`要回老家做还是在这里做`), nor where it was done before (`前年是在驿站做的`).
    static func asksItDone(_ text: String) -> Bool {
        guard !text.contains("还是") else { return false }
        let present = CharacterPresence(text)
        return ["请上门", "上门做一下", "在驿站做", "来驿站做", "在这里做", "在这做"].contains { word in
            present.anyOccurrence(of: word) { _, after in !after.hasPrefix("的") && !after.hasPrefix("过") }
        }
    }
    /// Words that ask how a named person's certification or pension stands.
    static let standingWords = ["做了冇", "做了没", "认了冇", "认了没", "做过冇", "做过没", "冇到账", "没到账", "冇发", "没发", "停发",
                                "记不得", "记不清", "想知道", "冇认证", "没认证", "认证了冇", "认证了没", "认证冇", "认证没", "冻结",
                                "搞好了冇", "搞好了没", "搞了冇", "搞了没", "搞过了", "做过了", "办好了冇", "办好了没", "注销了冇", "注销了没",
                                "查到冇", "查到没", "查了冇", "查了没", "做了的吧", "做了吧", "做了啵",
                                "一起搞了", "一起做了", "一起认了", "是不是搞了", "是不是做了",
                                // a home visit booked and not come (`社区么时候来给我老伴做认证 过了半个月了`)
                                "么时候来", "什么时候来", "还冇来", "还没来", "冇人来", "没人来",
                                // a certification tried that may not have taken (`一月份在手机上刷过 不晓得成功冇`)
                                "成功冇", "成功了冇", "成功没", "成功了没", "认证状态"]
    /// The asker's own certification asked after, no one else named (`那我今年到底认证了冇`).
    /// So is a certification done that the record does not show (`我上次在驿站认证了的 手机上查还是说冇认证`).
    static let ownStandingAsked = ["到底认证了冇", "到底认证了没", "到底做了冇", "到底做了没", "到底认了冇", "到底认了没",
                                   "还是说冇认证", "还是说没认证", "还是显示冇认证", "还是显示没认证", "显示未认证", "说我冇认证", "说我没认证"]
    /// Whose standing a resident asks about in a group.
    static let relatives = ["我妈", "我爸", "我娘", "我老娘", "我婆婆", "我公公", "我老头", "老伴", "我外婆", "我奶奶", "我爷爷",
                            "我家老人", "屋里老人", "我这个认证", "我的认", "老头子", "婆婆的", "爹爹的", "奶奶的", "爷爷的"]
    /// The elders staff speak for at the counter.
    static let elders = ["婆婆", "爹爹", "奶奶", "爷爷", "老人", "老伴"]
    /// Words that ask for a look-up rather than the certification itself.
    static let checkWords = ["查", "想知道", "记不得", "到账", "认证了冇", "认证了没", "做好了冇", "做好了没", "有没有认证", "是不是认证",
                             "一起搞了", "一起做了", "是不是搞了", "是不是做了", "到底认证", "成功冇", "成功了冇", "成功没", "成功了没", "认证状态"]
}
