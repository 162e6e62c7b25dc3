import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// How long a page may be kept, and by whom.
enum PageCaching {
    /// Staff and resident pages: kept by the browser only, revalidated every time (ETag makes that cheap).
    case privateRevalidate
    /// Public figures that still change (this month's 公示): shared caches for a minute.
    case publicShort
    /// Public figures of a month that is over: an hour.
    case publicLong

    var header: String {
        switch self {
        case .privateRevalidate: "private, no-cache"
        case .publicShort: "public, max-age=60"
        case .publicLong: "public, max-age=3600"
        }
    }
}

/// HTML responses with the headers every page carries: a strict Content-Security-Policy (no script at all, no
/// outside resource), no referrer (a case link's token must not leak to another site), no framing, and an
/// ETag answered with 304 when the browser already has the page.
enum HTMLResponse {
    static func page(_ html: String, request: Request, caching: PageCaching, status: HTTPResponse.Status = .ok) -> Response {
        let digest = SHA256.hash(data: Data(html.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        let etag = "\"\(digest)\""
        var headers = securityHeaders
        headers[.cacheControl] = caching.header
        headers[.eTag] = etag
        if status == .ok, let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: {
            $0.trimmingCharacters(in: .whitespaces) == etag
        }) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// 303 to `location` after a form was handled (POST, redirect, GET).
    static func seeOther(_ location: String) -> Response {
        var headers = securityHeaders
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        return Response(status: .seeOther, headers: headers)
    }

    static var securityHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return headers
    }
}
