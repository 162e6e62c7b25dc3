import DeskKit
import Foundation
import Hummingbird

/// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under `/open311/v2`, for the city's 12345
/// platform and third-party apps: discovery, services, service definitions, posting a request (with an API
/// key) and reading requests. Every resource answers as `.json` or `.xml`.
public struct Open311Routes: Sendable {
    let worker: DeskWorker
    let credentials: Credentials

    /// The most requests one listing returns, and the default span of one (the specification's defaults).
    static let maxResults = 1000
    static let defaultSpan: TimeInterval = 90 * 86_400

    public init(worker: DeskWorker, credentials: Credentials) {
        self.worker = worker; self.credentials = credentials
    }

    public func collection() -> RouteCollection<DeskRequestContext> {
        let routes = RouteCollection(context: DeskRequestContext.self)
        for format in Open311Format.allCases {
            routes.get("discovery.\(format.rawValue)") { request, _ in discovery(request, format) }
            routes.get("services.\(format.rawValue)") { _, _ in try await services(format) }
            routes.get("requests.\(format.rawValue)") { request, _ in try await requests(request, format) }
            routes.post("requests.\(format.rawValue)") { request, context in try await post(request, context: context, format) }
        }
        routes.get("services/:file") { _, context in try await definition(context) }
        routes.get("requests/:file") { _, context in try await oneRequest(context) }
        return routes
    }

    func discovery(_ request: Request, _ format: Open311Format) -> Response {
        let base = (request.head.authority.map { "http://\($0)" } ?? "") + "/open311/v2"
        let node = Open311Node.object([
            ("changeset", .text("2026-11-29T00:00:00+08:00")),
            ("contact", .text("李家墩社区服务台")),
            ("key_service", .text("向社区服务台申请 api_key")),
            ("endpoints", .list(item: "endpoint", [.object([
                ("specification", .text("http://wiki.open311.org/GeoReport_v2")),
                ("url", .text(base)),
                ("changeset", .text("2026-11-29T00:00:00+08:00")),
                ("type", .text("production")),
                ("formats", .list(item: "format", Open311Format.allCases.map { .text(String($0.contentType.prefix { $0 != ";" })) })),
            ])])),
        ])
        return answer(node, root: "discovery", format)
    }

    func services(_ format: Open311Format) async throws -> Response {
        answer(try await worker.read { Open311Mapping.services($0.registry) }, root: "services", format)
    }

    func definition(_ context: DeskRequestContext) async throws -> Response {
        guard let (code, format) = Self.split(context.parameters.get("file")) else { return notFound(.json) }
        guard let service = try await worker.read({ desk in
            Open311Mapping.residentServices(desk.registry).first { $0.code == code }
        }) else { return failure(.notFound, "没有服务「\(code)」", format) }
        return answer(Open311Mapping.definition(service), root: "service_definition", format)
    }

    /// `GET requests`: by `service_request_id` (comma-separated; overrides the rest), or by `service_code`,
    /// `start_date`, `end_date` and `status` (`open`, `closed`); by default the last 90 days, newest first, at
    /// most 1000.
    func requests(_ request: Request, _ format: Open311Format) async throws -> Response {
        let query = request.uri.queryParameters
        func list(_ name: String) -> [String] {
            query[Substring(name)].map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } } ?? []
        }
        var filter = RequestFilter()
        filter.ids = list("service_request_id").map { $0.uppercased() }
        filter.serviceCodes = list("service_code")
        for status in list("status") {
            switch status.lowercased() {
            case "open": filter.statuses += CaseStatus.allCases.filter(\.isOpen)
            case "closed": filter.statuses += CaseStatus.allCases.filter { !$0.isOpen }
            default: return failure(.badRequest, "status 只能是 open 或 closed", format)
            }
        }
        for (name, keyPath) in [("start_date", \RequestFilter.start), ("end_date", \RequestFilter.end)] {
            guard let text = query[Substring(name)].map(String.init), !text.isEmpty else { continue }
            guard let date = JSONWire.parseTime(text) else {
                return failure(.badRequest, "\(name)「\(text)」不是 ISO 8601 时间，如 2026-11-01T00:00:00+08:00", format)
            }
            filter[keyPath: keyPath] = date
        }
        let nodes = try await worker.read { [filter] desk in
            try filter.cases(desk: desk).map { Open311Mapping.request($0, desk: desk) }
        }
        return answer(.list(item: "request", nodes), root: "service_requests", format)
    }

    func oneRequest(_ context: DeskRequestContext) async throws -> Response {
        guard let (id, format) = Self.split(context.parameters.get("file")) else { return notFound(.json) }
        var filter = RequestFilter()
        filter.ids = [id.uppercased()]
        let nodes = try await worker.read { [filter] desk in try filter.cases(desk: desk).map { Open311Mapping.request($0, desk: desk) } }
        guard !nodes.isEmpty else { return failure(.notFound, "没有工单 \(id)", format) }
        return answer(.list(item: "request", nodes), root: "service_requests", format)
    }

    /// `POST requests`: a form with `api_key`, `service_code`, `attribute[code]` answers and the standard
    /// fields, handled through the desk on the `api` channel; answered with the case opened.
    func post(_ request: Request, context: DeskRequestContext, _ format: Open311Format) async throws -> Response {
        guard MediaTypes.accepts(request, ["application/x-www-form-urlencoded"]) else {
            return failure(.unsupportedMediaType, "请用 Content-Type: application/x-www-form-urlencoded 提交", format)
        }
        guard let form = FormBody(try await BodyText.read(request, context: context)) else {
            return failure(.badRequest, "表单编码不正确", format)
        }
        guard let key = form["api_key"], let caller = credentials.apiCaller(key: key) else {
            return failure(.forbidden, "api_key 无效或缺失", format)
        }
        guard let code = form["service_code"] else { return failure(.badRequest, "缺少 service_code", format) }
        var requester = Requester()
        requester.name = [form["last_name"], form["first_name"]].compactMap { $0 }.joined().nilIfEmpty
        if let phone = form["phone"] {
            do { requester.phone = try PhoneNumber(phone) } catch { return failure(.badRequest, "phone：\(error)", format) }
        }
        let standard = (description: form["description"], address: form["address_string"], name: requester.name, phone: form["phone"])
        let reply = try await worker.write { [requester] desk -> Reply in
            guard let service = Open311Mapping.residentServices(desk.registry).first(where: { $0.code == code }) else {
                return .failure(DeskError("unknown-service", "没有服务「\(code)」"))
            }
            var answers = form.attributes
            // The specification's own fields answer the service's fields of the same kind, unless an attribute did.
            func fill(_ value: String?, where match: (Field) -> Bool) {
                guard let value, let field = service.fields.first(where: match), answers[field.code] == nil else { return }
                answers[field.code] = value
            }
            fill(standard.address) { if case .address = $0.kind { true } else { false } }
            fill(standard.description) { if case .longText = $0.kind { true } else { false } }
            fill(standard.phone) { if case .phone = $0.kind { true } else { false } }
            fill(standard.name) { $0.code == "name" }
            let message = Message(standard.description ?? "", channel: .api, operatorName: "open311:\(caller)",
                                  conversation: "api:open311:\(UUID().uuidString)", requester: requester)
            return desk.submit(StructuredRequest(service: code, answers: answers, text: standard.description ?? "",
                                                 requester: requester), message: message)
        }
        context.logger.info("open311 request", metadata: ["caller": "\(caller)", "service": "\(code)",
                                                         "status": "\(reply.status.rawValue)", "case": "\(reply.caseID ?? "-")"])
        guard reply.status != .error else {
            let status: HTTPResponse.Status = reply.error?.code == "unknown-service" ? .notFound : .badRequest
            return failure(status, reply.text, format)
        }
        let node = Open311Node.list(item: "request", [.object([
            ("service_request_id", .text(reply.caseID)),
            ("service_notice", .text(Masking.redact(reply.text))),
            ("account_id", .null),
        ])])
        return answer(node, root: "service_requests", format, status: reply.status == .created ? .created : .ok)
    }

    // MARK: Answers

    /// `household-repair.json` → (`household-repair`, .json).
    static func split(_ file: String?) -> (String, Open311Format)? {
        guard let file, let dot = file.lastIndex(of: "."), let format = Open311Format(rawValue: String(file[file.index(after: dot)...])) else {
            return nil
        }
        let name = String(file[..<dot])
        return name.isEmpty ? nil : (name, format)
    }

    func answer(_ node: Open311Node, root: String, _ format: Open311Format, status: HTTPResponse.Status = .ok) -> Response {
        JSONBody.text(format.render(node, root: root), status: status, contentType: format.contentType)
    }

    func failure(_ status: HTTPResponse.Status, _ description: String, _ format: Open311Format) -> Response {
        answer(Open311Mapping.errors(Int(status.code), description), root: "errors", format, status: status)
    }

    func notFound(_ format: Open311Format) -> Response {
        failure(.notFound, "没有这个资源：请用 .json 或 .xml 结尾", format)
    }
}

/// The cases a `GET requests` asks for.
struct RequestFilter {
    var ids: [String] = []
    var serviceCodes: [String] = []
    var statuses: [CaseStatus] = []
    var start: Date?
    var end: Date?

    func cases(desk: Desk) throws -> [CaseRecord] {
        let services = Open311Mapping.residentServices(desk.registry).map(\.code)
        var request = CaseRecord.filter(services.contains(Column("service")))
        if !ids.isEmpty {
            request = request.filter(ids.contains(Column("id")))
        } else {
            if !serviceCodes.isEmpty { request = request.filter(serviceCodes.contains(Column("service"))) }
            if !statuses.isEmpty { request = request.filter(statuses.contains(Column("status"))) }
            let end = self.end ?? desk.clock.now.addingTimeInterval(86_400)
            let start = self.start ?? (self.end ?? desk.clock.now).addingTimeInterval(-Open311Routes.defaultSpan)
            request = request.filter(Column("createdAt") >= start && Column("createdAt") <= end)
        }
        return try desk.store.read { db in
            try request.order(Column("createdAt").desc, Column("id").desc).limit(Open311Routes.maxResults).fetchAll(db)
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
