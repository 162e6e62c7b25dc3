import DeskKit
import Foundation
import HTTPTypes
import Hummingbird

/// The error body of the desk's own endpoints: `{"error": {"code", "message"}}`, the wire form's error object.
enum ErrorBody {
    static func response(_ status: HTTPResponse.Status, _ error: DeskError, headers: HTTPFields = [:]) -> Response {
        let object: [String: Any] = ["error": ["code": error.code, "message": error.message]]
        return JSONBody.response(object, status: status, headers: headers)
    }
}

/// JSON bodies written with sorted keys and unescaped slashes, like the wire form.
enum JSONBody {
    static func data(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    static func response(_ object: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        text(String(decoding: data(object), as: UTF8.self), status: status, contentType: "application/json; charset=utf-8", headers: headers)
    }

    static func text(_ body: String, status: HTTPResponse.Status = .ok, contentType: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
