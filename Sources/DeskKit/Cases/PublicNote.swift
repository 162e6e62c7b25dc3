/// What an operator types after 派单/备注/办结/重办, split into the internal note and the text meant for
/// residents: `办结 BX-0001 已更换角阀，业主自购配件 公开：已修好，请试用` keeps「已更换角阀，业主自购配件」in the case
/// record and posts only「已修好，请试用」to the case's WeChat group. Without a `公开：` part nothing the operator
/// typed reaches a group; the group gets a neutral sentence for the new status.
public struct PublicNote: Equatable, Sendable {
    /// For the case record only.
    public var note: String
    /// For the group, when the operator wrote one.
    public var publicText: String?

    /// The words that start the public part: `公开：`, `公开:`, `public:`.
    public static let markers = ["公开：", "公开:", "public:"]

    public init(_ text: String) {
        guard let marker = Self.markers.compactMap({ m in text.range(of: m, options: .caseInsensitive) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            note = text; publicText = nil
            return
        }
        note = String(text[..<marker.lowerBound]).trimmingSpaces
        let publicPart = String(text[marker.upperBound...]).trimmingSpaces
        publicText = publicPart.isEmpty ? nil : publicPart
    }

    /// The note as recorded: the internal text, and what was posted publicly.
    public var recorded: String {
        guard let publicText else { return note }
        return note.isEmpty ? "公开：\(publicText)" : "\(note)（公开：\(publicText)）"
    }
}
