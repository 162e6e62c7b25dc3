import DeskKit

/// A resident who asks the community to arrange care for someone (`能不能请志愿者平时多去看看她`,
/// `想给我妈申请个定期上门看看的`, `申请中午送餐`): the care question's answer alone would leave it with nobody to
/// act on. It opens a case for the grid worker of the place (or the counter), who visits, and registers the
/// elder with 关爱登记 when they agree; the answer on how care visits work still follows.
enum CareRequests {
    /// The case for a request to arrange care, or nil when the line only asks how care visits work.
    static func opened(_ request: ServiceRequest, answer: String, context: ServiceContext) throws -> Reply? {
        let text = request.text
        guard askWords.contains(where: text.contains) else { return nil }
        let (address, worker) = context.placeAndWorker(in: text, request: request)
        let place = address.isEmpty ? "住址待补" : address.description
        let record = try context.cases.open(
            CaseDraft(title: "关爱申请（\(place)）", category: "关爱申请", timeLimit: "general", assignee: worker,
                      address: address.isEmpty ? nil : address, details: text),
            for: request)
        var reply = "已登记关爱申请，工单 \(record.id)。由 \(worker) 联系您、上门了解情况，符合条件的加入关爱名册定期探访。"
        if address.isEmpty { reply += "请补充老人的姓名和住址。" }
        return Reply(module: CareVisits.moduleID, status: .created, caseID: record.id, text: reply + "\n" + answer)
    }

    /// Words that ask the community to do something, not how it works.
    /// (`有冇得给独居老人送饭的服务` asks whether the service exists: no words of its own here.)
    static let askWords = ["申请", "麻烦社区", "麻烦你们", "能不能请", "能不能派", "能不能让", "请社区", "帮忙照看", "帮着照看",
                           "安排一下", "安排人", "派人", "派个人", "送个饭", "帮她送饭", "帮他送饭", "给她送饭", "给他送饭",
                           "买个菜", "帮她买菜", "帮他买菜", "打扫一下", "帮个忙"]
}
