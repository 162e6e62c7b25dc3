import DeskKit
import Foundation
import Hummingbird

/// Reading a request body as UTF-8 text, within the size limit.
enum BodyText {
    /// The body as text; 413 beyond ``DeskServerLimits/maxBodyBytes``, 400 when it is not UTF-8.
    static func read(_ request: Request, context: DeskRequestContext) async throws -> String {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw DeskHTTPError(.badRequest, DeskError("invalid-utf8", "请求内容不是有效的 UTF-8 文本"))
        }
        return text
    }
}

/// Content types a route accepts.
enum MediaTypes {
    /// Whether the request's Content-Type is one of `allowed` (parameters such as `charset` ignored).
    static func accepts(_ request: Request, _ allowed: [String]) -> Bool {
        guard let value = request.headers[.contentType] else { return false }
        let type = value.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return allowed.contains(type)
    }
}

/// An HTTP error answered with the desk's JSON error body.
struct DeskHTTPError: HTTPResponseError {
    let status: HTTPResponse.Status
    let error: DeskError

    init(_ status: HTTPResponse.Status, _ error: DeskError) { self.status = status; self.error = error }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        ErrorBody.response(status, error)
    }
}
