import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL

#if canImport(Glibc)
import Glibc
#endif

/// Why an HTTP request got no answer, sorted by what a caller may do about it: a request that surely never
/// left (``notConnected``) may be sent again; one that may have arrived (``timedOut``, ``connectionLost``) may not.
/// Its ``description`` never names the URL (a webhook's URL carries its key).
public enum HTTPFailure: Equatable, Sendable, CustomStringConvertible {
    /// Refused, unreachable, unknown host, or no connection within the connect timeout: nothing was sent.
    case notConnected
    /// Connected, but no (whole) answer in time.
    case timedOut
    /// The connection broke after the request may have been sent.
    case connectionLost
    /// The URL cannot be requested (no host, not http or https).
    case badAddress
    /// The TLS handshake failed (the server's certificate, or no common cipher).
    case tls
    /// Anything else, by the error's type name (no URL or key in it).
    case other(String)

    public init(_ error: any Error) {
        switch error {
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout: self = .notConnected
            // The deadline may pass while the connection is still being made (the pool's timeout): counted as a
            // timeout too, as URLSession did, so that a slow server is never sent the same request twice in a run.
            case .deadlineExceeded, .readTimeout, .writeTimeout, .getConnectionFromPoolTimeout: self = .timedOut
            case .remoteConnectionClosed, .cancelled: self = .connectionLost
            case .invalidURL, .emptyHost, .emptyScheme, .missingSocketPath: self = .badAddress
            case .tlsHandshakeTimeout: self = .tls
            default: self = .other("HTTPClientError")
            }
        case is NIOConnectionError: self = .notConnected
        case ChannelError.connectTimeout(_): self = .notConnected
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL: self = .notConnected
            default: self = .connectionLost
            }
        case ChannelError.eof, ChannelError.ioOnClosedChannel, ChannelError.outputClosed: self = .connectionLost
        case is NIOSSLError, is BoringSSLError: self = .tls
        default: self = .other(String(describing: type(of: error)))
        }
    }

    /// One Chinese phrase, for a reply or a stored error.
    public var description: String {
        switch self {
        case .notConnected: "连接不上（被拒绝、主机不可达或地址解析失败）"
        case .timedOut: "等待回应超时"
        case .connectionLost: "连接中断"
        case .badAddress: "地址无效"
        case .tls: "TLS 握手失败（证书或加密设置不符）"
        case .other(let name): "网络错误（\(name)）"
        }
    }
}
