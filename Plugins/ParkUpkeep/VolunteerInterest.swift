import DeskKit
import Foundation

/// A resident who wants to volunteer, or to have hours recorded, when the desk knows no activity to put it on
/// (the activity was announced in the group but not set up at the desk, or none is planned yet): the wish is
/// kept as a case for the community office, which follows up — nothing a resident asks is dropped.
extension VolunteerTasks {
    /// "周六除草我报个名" with no activity open for sign-up. Without an activity to match, only a wish said
    /// outright (报名, 参加, 算我一个…) is kept; anything else gets the plain answer.
    func signUpWithoutActivity(_ request: ServiceRequest) throws -> Reply {
        guard Self.parkWork.contains(where: request.text.contains) else { return notTheParks(request) }
        guard Self.signUpWords.contains(where: request.text.contains) else {
            return .answer("最近没有需要报名的志愿活动，有活动会在群里通知。谢谢支持！", module: "park-upkeep")
        }
        let name = request["volunteer"]?.text ?? request.requester.name ?? request.requester.sender ?? "报名人待补"
        return try keepForOffice(request, title: "志愿报名（暂无对应活动）：\(name)", category: "志愿报名") {
            "已记下 \(name) 的报名，工单 \($0)。服务台还没有这项活动的安排，由社区核实后联系您。谢谢支持！"
        }
    }

    /// "我上个月打扫公园做了4个钟头 冇记上" with no past activity to record it on: kept when the resident asks
    /// for the hours to be recorded (记, 补, 算); anything else gets the plain answer.
    func hoursWithoutActivity(_ request: ServiceRequest) throws -> Reply {
        guard Self.recordWords.contains(where: request.text.contains) else {
            return .answer("还没有进行过的志愿活动，工时等活动结束后由组织者登记。谢谢！", module: "park-upkeep")
        }
        let name = request.requester.name ?? request.requester.sender ?? "志愿者"
        return try keepForOffice(request, title: "志愿工时补记：\(name)", category: "工时补记") {
            "已记下，工单 \($0)。服务台没有找到这次活动，由社区向组织者核实后补记工时（谁组织谁记录、谁记录谁证明）。谢谢！"
        }
    }

    /// A sign-up that names none of the park's work while none is open (`元旦茶话会 我们两口子都去`, `加一个 我孙女`):
    /// another gathering's, whose organiser counts its own thread or list. The park keeps nothing of it; asked where
    /// or how to sign up, it says where gatherings are announced.
    private func notTheParks(_ request: ServiceRequest) -> Reply {
        if QuestionForm.asks(request.text) {
            return .answer("社区活动的报名以各小区群里的通知为准，在群里接龙或到驿站登记都可以；口袋公园的志愿活动有安排时会在群里通知。",
                           module: "park-upkeep")
        }
        let note = request.channel == .desk ? "这是别的活动的报名，不用开工单，名单由活动的组织者登记（口袋公园现在没有志愿活动在报名）。" : ""
        return Reply(module: "park-upkeep", status: .ignored, text: note)
    }

    /// The park's volunteer work by what is done: a sign-up naming none of it is not the park's.
    static let parkWork = ["公园", "志愿", "义务", "除草", "拔草", "清扫", "打扫", "扫地", "落叶", "植树", "种树", "种花", "浇水", "捡垃圾",
                           "环境整治", "卫生", "认养", "护绿", "巡园", "修剪"]

    /// Words that say a sign-up outright.
    static let signUpWords = ["报名", "报个名", "参加", "算我一个", "算上我", "加我一个", "当志愿者", "做志愿者", "想去帮忙", "登记"]
    /// Words that ask for hours to be recorded.
    static let recordWords = ["记上", "记一下", "补记", "补一下", "登记", "算上", "冇记", "没记", "没有记"]

    /// A case for the community office, which organises volunteers; `reply` is given the case number.
    private func keepForOffice(_ request: ServiceRequest, title: String, category: String, reply: (String) -> String) throws -> Reply {
        let office = context.directory.organisation(id: "community-office")?.name ?? "社区居委会"
        let record = try context.cases.open(
            CaseDraft(title: title, category: category, timeLimit: "general", assignee: office, details: request.text), for: request)
        return Reply(module: "park-upkeep", status: .created, caseID: record.id, text: reply(record.id))
    }
}
