import DeskKit
import Foundation

/// One person at the desk: who they are, where, and how their lines become replies.
public struct ChatSession: Sendable {
    public let desk: Desk
    public let operatorName: String
    public let station: String

    public init(desk: Desk, operatorName: String, station: String) {
        self.desk = desk; self.operatorName = operatorName; self.station = station
    }

    /// The key under which this session's pending questions are kept.
    public var conversation: String { "desk:\(operatorName)@\(station)" }

    /// `李家墩·驿站1> `.
    public var prompt: String { Self.prompt(shortName: desk.directory.community.shortName, station: station) }

    /// The greeting: the community, the station and the operator.
    public var greeting: String {
        Self.greeting(community: desk.directory.community.name, station: station, operatorName: operatorName,
                      modules: desk.registry.modules.map(\.name.chinese))
    }

    /// The prompt, wherever the desk runs.
    static func prompt(shortName: String, station: String) -> String { "\(shortName)·\(station)> " }

    /// The greeting, wherever the desk runs.
    static func greeting(community: String, station: String, operatorName: String, modules: [String]) -> String {
        "\(community)服务台 · \(station) · 值班：\(operatorName)\n"
            + "可以办理：\(modules.joined(separator: "、"))。"
            + "直接用中文说，或输入 帮助；Tab 补全，Ctrl-D 退出。"
    }

    /// Answers a typed line.
    public func say(_ text: String) -> Reply {
        desk.respond(to: Message(text, channel: .desk, operatorName: operatorName, conversation: conversation))
    }

    /// Answers one JSON-mode input.
    public func say(_ input: JSONWire.Input) -> Reply {
        desk.respond(to: input.message(operatorName: operatorName, conversation: conversation, addresses: desk.addresses))
    }
}
