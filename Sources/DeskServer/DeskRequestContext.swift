import Hummingbird

/// The request context of every route: who the request was authenticated as, once a middleware has said so.
public struct DeskRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The station and operator of a station client, set by ``StationAuthMiddleware``.
    public var station: StationIdentity?
    /// The bridge that signed the request, set by ``BridgeSignatureMiddleware``.
    public var bridge: String?
    /// The operator signed in to the dashboard, set by ``DashboardAuthMiddleware``.
    public var webOperator: WebOperator?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Bodies larger than this are refused with 413 before they are read whole.
    public var maxUploadSize: Int { DeskServerLimits.maxBodyBytes }
}

/// Sizes the server refuses beyond.
public enum DeskServerLimits {
    /// The largest request body read: a bridge batch of 500 messages of 2,000 characters fits.
    public static let maxBodyBytes = 4 * 1024 * 1024
    /// The most lines or messages one request may carry.
    public static let maxItems = 1000
}
