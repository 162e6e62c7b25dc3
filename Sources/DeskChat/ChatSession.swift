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
    /// The station recorded on the cases opened here: ``station`` when it is one of the community's stations.
    public let recordedStation: String?
    /// Which window at the station this is: a terminal's device (`/dev/pts/3`), so that a question survives a
    /// restart in the same window but two windows never share one half-filled request.
    public let window: String

    public init(desk: Desk, operatorName: String, role: OperatorRole? = nil, station: String,
                window: String = ChatSession.currentWindow()) {
        self.desk = desk; self.operatorName = operatorName; self.role = role; self.station = station; self.window = window
        recordedStation = desk.directory.stations.first { $0.name == station }?.name
    }

    /// The key under which this session's pending questions are kept.
    public var conversation: String { "desk:\(operatorName)@\(station)#\(window)" }

    /// The terminal on standard input, or this process when there is none (a pipe: nothing to resume).
    public static func currentWindow() -> String {
        if isatty(0) != 0, let name = ttyname(0) { return String(cString: name) }
        return "pid\(getpid())-\(Int(Date().timeIntervalSince1970))"
    }

    /// `李家墩·驿站1·小王> ` (the station and who is on duty), or `李家墩·驿站1·小王[住户报修·位置]> ` while a
    /// question waits for its answer.
    public var prompt: String {
        Self.prompt(shortName: desk.directory.community.shortName, station: station, operatorName: operatorName,
                    waiting: desk.pendingLabel(conversation: conversation))
    }

    /// The greeting: the community, the station and the operator.
    public var greeting: String {
        Self.greeting(community: desk.directory.community.name, station: station, operatorName: operatorName,
                      role: role?.chinese, rolesEnabled: desk.rolesEnabled, modules: desk.registry.modules.map(\.name.chinese))
    }

    /// The prompt, wherever the desk runs: the station, who is on duty, and the waiting question in brackets.
    static func prompt(shortName: String, station: String, operatorName: String, waiting: String?) -> String {
        "\(shortName)·\(station)·\(operatorName)\(waiting.map { "[\($0)]" } ?? "")> "
    }

    /// The greeting, wherever the desk runs.
    static func greeting(community: String, station: String, operatorName: String, role: String?, rolesEnabled: Bool,
                         modules: [String]) -> String {
        "\(community)服务台 · \(station) · 值班：\(operatorName)" + (role.map { "（\($0)）" } ?? "") + "\n"
            + (rolesEnabled ? "" : "注意：还没有设置操作员账号，角色未启用，所有人可做所有操作。设置第一个管理员：desk operator add 姓名 --role 社区干部\n")
            + "可以办理：\(modules.joined(separator: "、"))。"
            + "直接用中文说，或输入 帮助；Tab 补全，Ctrl-D 退出。"
    }

    /// Answers a typed line.
    public func say(_ text: String) -> Reply {
        desk.runDueJobsIfNeeded()   // between lines: a cheap check, jobs only when a period has come
        return desk.respond(to: Message(text, channel: .desk, operatorName: operatorName, conversation: conversation, operatorRole: role,
                                         station: recordedStation))
    }

    /// Answers one JSON-mode input.
    public func say(_ input: JSONWire.Input) -> Reply {
        var message = input.message(operatorName: operatorName, conversation: conversation, addresses: desk.addresses)
        message.operatorRole = role
        // A line may name the station it was typed at; otherwise it is this session's.
        message.station = input.station ?? recordedStation
        desk.runDueJobsIfNeeded()
        return desk.respond(to: message)
    }
}
