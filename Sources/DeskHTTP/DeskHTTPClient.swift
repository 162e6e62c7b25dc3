import AsyncHTTPClient
import NIOCore

/// The HTTP client of the webhooks and the `--server` prompt: AsyncHTTPClient on SwiftNIO, which the server
/// links already, in place of Foundation's `URLSession` — whose FoundationNetworking pulls libcurl and some thirty
/// shared libraries (GnuTLS, Kerberos, LDAP) into every start of the static `desk` binary (docs/performance.md,
/// sixth pass).
public enum DeskHTTPClient {
    /// A client on the process's shared event loops. A connection that fails is reported at once, never retried
    /// until the request's deadline (the caller decides about retries). Shut it down when done.
    /// - Parameters:
    ///   - followsRedirects: `false` hands a 3xx answer back as it came (the webhooks: a redirected POST is lost).
    ///   - connectTimeout: the longest a connection may take to open.
    public static func make(followsRedirects: Bool, connectTimeout: TimeAmount = .seconds(10)) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = followsRedirects ? .follow(max: 5, allowCycles: false) : .disallow
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = .init(connect: connectTimeout)
        configuration.httpVersion = .http1Only
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
