import AsyncHTTPClient
import NIOCore

/// The HTTP client of the webhooks and the `--server` prompt: AsyncHTTPClient on SwiftNIO, which the server
/// links already, in place of Foundation's `URLSession` — whose FoundationNetworking pulls libcurl and some thirty
/// shared libraries (GnuTLS, Kerberos, LDAP) into every start of the static `desk` binary (docs/performance.md,
/// sixth pass).
public enum DeskHTTPClient {
    /// A client on `eventLoops` (default: the process's shared ones). A connection that fails is reported at once,
    /// never retried until the request's deadline (the caller decides about retries). Shut it down when done.
    /// - Parameters:
    ///   - followsRedirects: `false` hands a 3xx answer back as it came (the webhooks: a redirected POST is lost).
    ///   - connectTimeout: the longest a connection may take to open.
    ///   - readTimeout: the longest the answer may keep the client waiting without a byte (as `URLSession`'s
    ///     request timeout), on top of each request's own deadline; nil: none.
    ///   - eventLoops: a group of the caller's own, so that a server's busy loops in the same process can hold up
    ///     neither its answers nor its deadlines.
    public static func make(followsRedirects: Bool, connectTimeout: TimeAmount = .seconds(10), readTimeout: TimeAmount? = nil,
                            eventLoops: (any EventLoopGroup)? = nil) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = followsRedirects ? .follow(max: 5, allowCycles: false) : .disallow
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = .init(connect: connectTimeout, read: readTimeout)
        configuration.httpVersion = .http1Only
        return HTTPClient(eventLoopGroupProvider: eventLoops.map { .shared($0) } ?? .singleton, configuration: configuration)
    }
}
