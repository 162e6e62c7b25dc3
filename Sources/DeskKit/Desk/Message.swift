import Foundation

/// One line said to the desk: typed at the prompt, piped in, or relayed from a WeChat group.
public struct Message: Sendable {
    public var text: String
    public var channel: Channel
    /// Who is at the desk (events record it).
    public var operatorName: String
    /// Whose conversation this line continues: a pending question is answered by the next line with the same key.
    public var conversation: String
    public var requester: Requester
    /// The WeChat group of a relayed message.
    public var group: String?
    /// When it was said; the desk's clock when nil.
    public var time: Date?
    /// The operator's role, when they signed in with their PIN (``Desk/signIn(name:pin:)``); nil otherwise.
    /// Only lines typed at the desk carry a role: a relayed group message never has one.
    public var operatorRole: OperatorRole?
    /// The service station the line was typed at (`驿站1`: the prompt's `--station`, a station's token, the JSON
    /// line's `station`); nil for a group message, whose station is its group's (``CommunityDirectory/station(forGroup:)``).
    public var station: String?

    public init(_ text: String, channel: Channel = .desk, operatorName: String, conversation: String? = nil,
                requester: Requester = Requester(), group: String? = nil, time: Date? = nil,
                operatorRole: OperatorRole? = nil, station: String? = nil) {
        self.operatorRole = operatorRole; self.station = station
        self.text = text; self.channel = channel; self.operatorName = operatorName
        self.conversation = conversation ?? "\(channel.rawValue):\(group ?? ""):\(requester.sender ?? operatorName)"
        self.requester = requester; self.group = group; self.time = time
    }
}
