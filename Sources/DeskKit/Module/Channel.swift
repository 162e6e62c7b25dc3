/// Where a request came in.
public enum Channel: String, Codable, Sendable, CaseIterable {
    /// Typed at the desk by staff.
    case desk
    /// Relayed from a residents' WeChat group.
    case group
    /// From another program.
    case api
}
