import Foundation

/// How long a question waits for its answer before the request is set aside (`questionTimeouts` in
/// `seeds/community.yaml`, in hours). At the counter the resident is standing there; in a group, people answer
/// later in the day.
public struct QuestionTimeouts: Codable, Sendable, Equatable {
    public var desk: Double
    public var group: Double
    public var api: Double

    public init(desk: Double = 2, group: Double = 24, api: Double = 24) {
        self.desk = desk; self.group = group; self.api = api
    }

    /// The timeout for a channel, in seconds.
    func seconds(for channel: Channel) -> TimeInterval {
        switch channel {
        case .desk: desk * 3600
        case .group: group * 3600
        case .api: api * 3600
        }
    }
}
