import DeskKit
import Hummingbird
import NIOCore

/// Answers every error the desk's routes did not answer themselves — unknown routes, wrong methods, bodies
/// over the limit, anything unexpected — with the desk's JSON error body and a Chinese message, and logs it
/// without the request's content.
public struct ErrorMiddleware: RouterMiddleware {
    public typealias Context = DeskRequestContext

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as DeskHTTPError {
            return ErrorBody.response(error.status, error.error)
        } catch is NIOTooManyBytesError {
            return ErrorBody.response(.contentTooLarge, Self.explain(.contentTooLarge))
        } catch let error as HTTPError {
            return ErrorBody.response(error.status, Self.explain(error.status))
        } catch {
            context.logger.error("request failed", metadata: ["path": "\(context.endpointPath ?? "-")", "error": "\(type(of: error))"])
            return ErrorBody.response(.internalServerError, DeskError("internal", "服务器内部错误，已记录日志，没有保存任何内容"))
        }
    }

    static func explain(_ status: HTTPResponse.Status) -> DeskError {
        switch status.code {
        case 400: DeskError("bad-request", "请求格式不正确")
        case 401: DeskError("unauthorized", "需要登录凭据")
        case 404: DeskError("not-found", "没有这个地址")
        case 405: DeskError("method-not-allowed", "这个地址不支持该请求方法")
        case 413: DeskError("too-large", "请求内容太大（最多 \(DeskServerLimits.maxBodyBytes / 1024 / 1024) MB）")
        case 415: DeskError("bad-content-type", "不支持的内容类型")
        default: DeskError("http-\(status.code)", status.reasonPhrase)
        }
    }
}
