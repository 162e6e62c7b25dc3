import DeskKit
import Foundation

/// One person at the desk: who they are, where, and how their lines become replies.
public struct ChatSession: Sendable {
    public let desk: Desk
    /// Who is on duty; `值班 姓名` changes it.
    public var operatorName: String
    /// Their role, when they signed in with a PIN.
    public var role: OperatorRole?
    public let station: String

    public init(desk: Desk, operatorName: String, role: OperatorRole? = nil, station: String) {
        self.desk = desk; self.operatorName = operatorName; self.role = role; self.station = station
    }

    /// The key under which this session's pending questions are kept.
    public var conversation: String { "desk:\(operatorName)@\(station)" }

    /// `李家墩·驿站1·小王> `: the station and who is on duty.
    public var prompt: String { "\(desk.directory.community.shortName)·\(station)·\(operatorName)> " }

    /// The greeting: the community, the station and the operator.
    public var greeting: String {
        "\(desk.directory.community.name)服务台 · \(station) · 值班：\(operatorName)"
            + (role.map { "（\($0.chinese)）" } ?? "") + "\n"
            + (desk.rolesEnabled ? "" : "注意：还没有设置操作员账号，角色未启用，所有人可做所有操作。设置第一个管理员：desk operator add 姓名 --role 社区干部\n")
            + "可以办理：\(desk.registry.modules.map(\.name.chinese).joined(separator: "、"))。"
            + "直接用中文说，或输入 帮助；Tab 补全，Ctrl-D 退出。"
    }

    /// Answers a typed line.
    public func say(_ text: String) -> Reply {
        desk.respond(to: Message(text, channel: .desk, operatorName: operatorName, conversation: conversation, operatorRole: role))
    }

    /// Answers one JSON-mode input.
    public func say(_ input: JSONWire.Input) -> Reply {
        let requester = Requester(address: input.sender.map { desk.addresses.read($0) }.flatMap { $0.isEmpty ? nil : $0 },
                                  sender: input.sender)
        let message = Message(input.text, channel: input.channel, operatorName: operatorName,
                              conversation: input.channel == .desk ? conversation : nil,
                              requester: requester, group: input.group, time: input.time, operatorRole: role)
        return desk.respond(to: message)
    }
}
