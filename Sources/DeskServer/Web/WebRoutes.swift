import DeskKit
import Foundation
import HTTPTypes
import Hummingbird

/// The read-only web pages: the dashboard for operators (`/dashboard`), a resident's case (`/c/{number}/{token}`,
/// with its rating form) and the modules' public pages (`/pingpong/公示/2026-11`). HTML from Mustache templates,
/// no script, every value escaped.
public struct WebRoutes: Sendable {
    typealias C = TableView.Cell
    let worker: DeskWorker
    let templates: WebTemplates

    public init(worker: DeskWorker) throws {
        self.worker = worker
        templates = try WebTemplates()
    }

    /// Mounts the pages on `router`; the dashboard behind `auth`.
    public func add(to router: Router<DeskRequestContext>, auth: DashboardAuthMiddleware) {
        let dashboard = router.group("dashboard").add(middleware: auth)
        dashboard.get { request, context in try await self.dashboard(request, context: context) }
        dashboard.get("cases") { request, context in try await self.caseList(request, context: context) }
        dashboard.get("cases/:id") { request, context in try await self.staffCase(request, context: context) }
        router.get("c/:id/:token") { request, context in try await self.residentCase(request, context: context) }
        router.post("c/:id/:token") { request, context in try await self.rate(request, context: context) }
        router.get(":module/:page") { request, context in try await self.modulePage(request, context: context) }
        router.get(":module/:page/:month") { request, context in try await self.modulePage(request, context: context) }
    }

    // MARK: Dashboard

    func dashboard(_ request: Request, context: DeskRequestContext) async throws -> Response {
        let month = try Self.month(request.uri.queryParameters.get("month"))
        let (data, sections, community, published, moduleNames) = try await worker.read { desk in
            let data = try desk.dashboard(month: month)
            let moduleNames = Dictionary(uniqueKeysWithValues: desk.registry.modules.map { ($0.id, $0.name.chinese) })
            let sections = try desk.modulePages(for: .staff).compactMap {
                try desk.modulePage(module: $0.module, name: $0.page.name, month: data.month, for: .staff)
            }
            // The public pages, to post in a group: `乒乓球室 收支公示` → /pingpong/公示.
            let published = desk.modulePages(for: .everyone).map { (label: "\(desk.moduleName($0.module)) \($0.page.title)",
                                                                     link: Self.pagePath(module: $0.module, page: $0.page.name)) }
            return (data, sections, desk.directory.community.name, published, moduleNames)
        }
        func names(_ id: String) -> String { moduleNames[id] ?? id }
        let m = data.month.description
        func list(_ q: String) -> String { "/dashboard/cases?" + q }
        let nowCards: [[String: Any]] = [
            ["label": "未办结", "value": data.open, "link": list("state=open"), "warn": false],
            ["label": "已超期", "value": data.overdue, "link": list("state=overdue"), "warn": data.overdue > 0],
            ["label": "紧急", "value": data.urgent, "link": list("state=urgent"), "warn": data.urgent > 0],
        ]
        /// Stations down, modules across, a total each way; every figure links to its list (`period` is
        /// `day=…` or `month=…`).
        func received(_ r: Dashboard.Received, period: String, moduleName: (String) -> String) -> TableView {
            let columns = r.modules.count
            let rows = r.rows.map { row -> [C] in
                let station = "station=\(Self.query(row.origin.label))&" + period
                return [C(text: row.origin.label)]
                    + zip(r.modules, row.counts).map { module, n in C(text: String(n), link: list(station + "&module=\(module)")) }
                    + [C(text: String(row.total), link: list(station))]
            }
            let totals = [C(text: "合计")] + r.modules.map { C(text: String(r.total(module: $0)), link: list("module=\($0)&" + period)) }
                + [C(text: String(r.total), link: list(period))]
            return TableView(headers: ["驿站"] + r.modules.map(moduleName) + ["合计"], rows: rows + [totals],
                             numeric: Set(1...(columns + 1)))
        }
        func stats(_ rows: [StatsRow], name: (StatsRow) -> String, filter: (StatsRow) -> String) -> TableView {
            let total = StatsRow.total(rows)
            return TableView(
                headers: ["", "受理", "办结", "超期", "响应率", "解决率", "满意率"],
                rows: rows.map { r in
                    let f = filter(r) + "&month=\(m)"
                    return [C(text: name(r)), C(text: String(r.received), link: list(f)),
                            C(text: String(r.resolved), link: list(f + "&state=resolved")),
                            C(text: String(r.overdue), link: list(f + "&state=late")), C(text: r.responseRate),
                            C(text: r.resolutionRate), C(text: r.satisfactionRate)]
                } + [[C(text: "合计"), C(text: String(total.received), link: list("month=\(m)")), C(text: String(total.resolved)),
                      C(text: String(total.overdue)), C(text: total.responseRate), C(text: total.resolutionRate),
                      C(text: total.satisfactionRate)]],
                numeric: [1, 2, 3, 4, 5, 6])
        }
        let charts = TrendChart.both(data.trend)
        let view: [String: Any] = [
            "community": community, "home": "/dashboard", "who": context.webOperator?.label ?? "",
            "monthLabel": data.month.chinese, "todayLabel": data.today.chinese,
            "months": MonthLink.around(data.month, today: data.today) { "/dashboard?month=\($0)" },
            "now": nowCards,
            "todayTable": received(data.todayByStation, period: "day=\(data.today)", moduleName: names),
            "monthTable": received(data.monthByStation, period: "month=\(m)", moduleName: names),
            "moduleTable": stats(data.byModule, name: { names($0.name) }, filter: { "module=\(Self.query($0.name))" }),
            "unitTable": stats(data.byUnit, name: \.name, filter: { "unit=\(Self.query($0.name))" }),
            "publicPages": published.map { ["label": $0.label, "link": $0.link] }, "hasPublicPages": !published.isEmpty,
            "charts": charts, "chartLines": charts[0].lines,
            "sections": sections.map { s -> [String: Any] in
                ["title": s.title, "hasFigures": !s.figures.isEmpty, "figures": s.figures, "tables": s.tables.map { t -> [String: Any] in
                    let v = TableView(t)
                    return ["title": t.title, "headers": v.headers, "rows": v.rows, "empty": v.empty, "stack": v.stack]
                }]
            },
        ]
        return HTMLResponse.page(templates.render(view, "dashboard"), request: request, caching: .privateRevalidate)
    }

    func caseList(_ request: Request, context: DeskRequestContext) async throws -> Response {
        let q = request.uri.queryParameters
        let query = try CaseQuery(
            state: q.get("state").map { s in
                guard let state = CaseQuery.State(rawValue: s) else { throw Self.badRequest("state 应为 open、overdue、late、urgent、resolved 或 all") }
                return state
            } ?? .all,
            month: q.get("month").map { try Self.month($0) } ?? nil,
            day: try q.get("day").map { d in
                guard let day = CalendarDay(iso: d) else { throw Self.badRequest("day 应为 2026-11-29 这样的日期") }
                return day
            },
            module: q.get("module"), unit: q.get("unit"), origin: q.get("station").map(CaseOrigin.init(label:)))
        let limit = 200
        let (rows, community, moduleName) = try await worker.read { desk in
            (try desk.cases(query, limit: limit + 1), desk.directory.community.name, query.module.map(desk.moduleName))
        }
        let state: String? = switch query.state {
        case .all: nil
        case .open: "未办结"
        case .overdue: "已超期"
        case .late: "超期（含超期办结）"
        case .urgent: "紧急"
        case .resolved: "已办结"
        }
        let heading = [query.day?.chinese ?? query.month?.chinese, moduleName, query.unit,
                       query.origin.map(\.label), state].compactMap { $0 }.joined(separator: " · ")
        let table = TableView(
            headers: ["工单", "模块", "标题", "状态", "负责", "受理时间", "期限"],
            rows: rows.prefix(limit).map { r in
                [C(text: r.id, link: "/dashboard/cases/\(r.id)"), C(text: r.module), C(text: (r.urgent ? "【紧急】" : "") + r.title, wrap: true),
                 C(text: r.status), C(text: r.assignee), C(text: DeskFormat.timestamp(r.createdAt)),
                 C(text: r.deadline.map { DeskFormat.timestamp($0) + (r.overdue ? "（已超期）" : "") } ?? "—")]
            }, empty: "没有工单")
        let view: [String: Any] = ["community": community, "home": "/dashboard", "who": context.webOperator?.label ?? "",
                                   "heading": "工单列表" + (heading.isEmpty ? "" : "：" + heading), "back": "/dashboard",
                                   "table": table, "truncated": rows.count > limit, "limit": limit]
        return HTMLResponse.page(templates.render(view, "cases"), request: request, caching: .privateRevalidate)
    }

    /// A case for staff: what `查看` shows at the prompt (numbers masked), recorded in the access log as there.
    func staffCase(_ request: Request, context: DeskRequestContext) async throws -> Response {
        guard let who = context.webOperator, let raw = context.parameters.get("id"), let id = CaseNumber.normalize(raw) else {
            throw HTTPError(.notFound)
        }
        let (reply, community) = try await worker.write { desk in
            let message = Message("查看 \(id)", channel: .desk, operatorName: who.name, conversation: "web:\(who.name)",
                                  operatorRole: who.role)
            return (desk.respond(to: message), desk.directory.community.name)
        }
        guard reply.status != .error else { return try notFound(request, "没有工单 \(id)") }
        let view: [String: Any] = ["community": community, "home": "/dashboard", "who": who.label, "id": id,
                                   "detail": reply.text, "back": "/dashboard"]
        return HTMLResponse.page(templates.render(view, "staff-case"), request: request, caching: .privateRevalidate)
    }

    // MARK: A resident's case

    func residentCase(_ request: Request, context: DeskRequestContext, error: String? = nil) async throws -> Response {
        let (id, token) = try Self.caseLink(context)
        let (found, community) = try await worker.read { desk in (try desk.publicCase(id, token: token), desk.directory.community.name) }
        guard let found else { return try notFound(request, "没有这个工单链接，请核对群里发的链接") }
        var view: [String: Any] = [
            "community": community, "home": request.uri.path, "id": found.id, "service": found.service,
            "status": found.status.chinese, "urgent": found.urgent, "assignee": found.assignee ?? "待派单",
            "overdue": found.overdue,
            "steps": found.steps.map { ["at": DeskFormat.timestamp($0.at), "text": $0.text] },
            "hasNotices": !found.notices.isEmpty,
            "notices": found.notices.map { ["at": DeskFormat.timestamp($0.at), "text": $0.text] },
            "mayRate": found.mayRate, "ratePath": "/c/\(found.id)/\(token)",
            "choices": [(5, "非常满意"), (4, "满意"), (3, "基本满意"), (2, "不满意，问题没解决"), (1, "很不满意")].map { ["value": $0.0, "name": $0.1] as [String: Any] },
            "rated": request.uri.queryParameters.get("rated") == "1",
        ]
        // Absent keys, never nil values: a template's section tests for presence.
        if let deadline = found.deadline { view["deadline"] = DeskFormat.timestamp(deadline) }
        if let rating = found.rating { view["rating"] = rating }
        if let error { view["error"] = error }
        return HTMLResponse.page(templates.render(view, "case"), request: request, caching: .privateRevalidate,
                                 status: error == nil ? .ok : .conflict)
    }

    /// The rating form: accepted only as a form post from this site (a browser says where a form came from in
    /// `Sec-Fetch-Site`/`Origin`), and only with the case's token, which a page elsewhere cannot know. Then
    /// POST–redirect–GET back to the case.
    func rate(_ request: Request, context: DeskRequestContext) async throws -> Response {
        let (id, token) = try Self.caseLink(context)
        guard Self.sameOrigin(request) else {
            throw DeskHTTPError(.forbidden, DeskError("cross-site", "评价只能在工单页面上提交"))
        }
        guard MediaTypes.accepts(request, ["application/x-www-form-urlencoded"]) else {
            throw DeskHTTPError(.unsupportedMediaType, DeskError("bad-content-type", "请用表单提交评价"))
        }
        let body = try await BodyText.read(request, context: context)
        guard body.utf8.count <= 1000, let form = FormBody(body), let rating = form["rating"].flatMap({ Int($0) }) else {
            return try await residentCase(request, context: context, error: "请选择 1–5 分后再提交")
        }
        do {
            _ = try await worker.write { desk in try desk.rateThroughLink(id, token: token, rating: rating) }
        } catch let error as CaseRatingError {
            if error == .notFound { return try notFound(request, "没有这个工单链接，请核对群里发的链接") }
            return try await residentCase(request, context: context, error: error.message)
        }
        context.logger.info("case rated through its link", metadata: ["case": "\(id)", "rating": "\(rating)"])
        return HTMLResponse.seeOther("/c/\(id)/\(token)?rated=1")
    }

    static func sameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], !["same-origin", "none"].contains(site) { return false }
        if let origin = request.headers[HTTPField.Name("Origin")!], origin != "null" {
            guard let host = request.head.authority,
                  let originHost = URL(string: origin)?.host else { return false }
            let port = URL(string: origin)?.port.map { ":\($0)" } ?? ""
            return host == originHost + port || host == originHost
        }
        return true
    }

    static func caseLink(_ context: DeskRequestContext) throws -> (String, String) {
        guard let id = context.parameters.get("id"), let token = context.parameters.get("token"),
              token.count <= 64, id.count <= 20 else { throw HTTPError(.notFound) }
        return (id, token)
    }

    // MARK: Modules' public pages

    func modulePage(_ request: Request, context: DeskRequestContext) async throws -> Response {
        guard let module = context.parameters.get("module"),
              let page = context.parameters.get("page").flatMap({ $0.removingPercentEncoding }) else { throw HTTPError(.notFound) }
        let given = context.parameters.get("month")
        let (content, community, today) = try await worker.read { desk -> (PageContent?, String, CalendarDay) in
            let today = CalendarDay(desk.clock.now)
            let month = try Self.month(given) ?? YearMonth(today)
            guard month <= YearMonth(today) else { throw Self.badRequest("\(month.chinese)还没有到") }
            return (try desk.modulePage(module: module, name: page, month: month, for: .everyone), desk.directory.community.name, today)
        }
        guard let content else { throw HTTPError(.notFound) }
        let month = try Self.month(given) ?? YearMonth(today)
        let base = Self.pagePath(module: module, page: page)
        var view: [String: Any] = [
            "community": community, "home": base, "title": content.title, "figures": content.figures,
            "months": MonthLink.around(month, today: today) { "\(base)/\($0)" },
            "tables": content.tables.map { t -> [String: Any] in
                let v = TableView(t)
                return ["title": t.title, "headers": v.headers, "rows": v.rows, "empty": v.empty, "stack": v.stack]
            },
        ]
        if let footer = content.footer { view["footer"] = footer }
        return HTMLResponse.page(templates.render(view, "module-page"), request: request,
                                 caching: month < YearMonth(today) ? .publicLong : .publicShort)
    }

    // MARK: Helpers

    func notFound(_ request: Request, _ message: String) throws -> Response {
        let view: [String: Any] = ["community": "", "home": "/", "heading": "找不到页面", "message": message]
        var response = HTMLResponse.page(templates.render(view, "message"), request: request, caching: .privateRevalidate, status: .notFound)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func month(_ text: String?) throws -> YearMonth? {
        guard let text, !text.isEmpty else { return nil }
        guard text.count == 7, let m = YearMonth.find(in: text) else { throw badRequest("月份应写成 2026-11 这样") }
        return m
    }

    /// `/pingpong/%E5%85%AC%E7%A4%BA`: a module page's address, its name percent-encoded.
    static func pagePath(module: String, page: String) -> String {
        "/\(module)/\(page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? page)"
    }

    static func badRequest(_ message: String) -> DeskHTTPError { DeskHTTPError(.badRequest, DeskError("bad-request", message)) }

    static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
    }
}
