/// Who may run which kernel command, by the channel a line came in on.
///
/// A WeChat group is open to anyone who joins it, so nothing that reads other people's cases or changes a case
/// may come from there: a resident may only ask after a case of their own group by its number and hears its
/// public status (status, who is responsible, deadline). Staff at the desk may do everything. The API channel is
/// trusted like the desk for now; ``permission(for:channel:)`` is the one place where a caller's role will be
/// checked when the API gets one.
public enum KernelPermission: Sendable, Equatable {
    /// The command runs as typed.
    case full
    /// Only the public status of a case of the caller's own group.
    case publicStatus
    /// Not answered: the line is `ignored`, nothing is posted back.
    case refused

    /// What a line on `channel` may do with `command`.
    public static func permission(for command: KernelCommand, channel: Channel) -> KernelPermission {
        switch channel {
        case .desk, .api: .full
        case .group: command == .show ? .publicStatus : .refused
        }
    }
}
