import DeskKit
import Foundation

/// How the desk's services and cases read in GeoReport v2 terms. Only residents' services are listed, and a
/// case shows nothing that identifies a resident: no name, phone, ID number or room, and no free text a
/// resident wrote.
enum Open311Mapping {
    /// `GET services`: one entry a residents' service.
    static func services(_ registry: ModuleRegistry) -> Open311Node {
        .list(item: "service", residentServices(registry).map { service in
            .object([
                ("service_code", .text(service.code)),
                ("service_name", .text(service.name)),
                ("description", .text(service.description)),
                ("metadata", .bool(!service.fields.isEmpty)),
                ("type", .text("realtime")),
                ("keywords", .text(service.keywords.joined(separator: ","))),
                ("group", .text(service.group)),
            ])
        })
    }

    /// `GET services/{code}`: the service's typed fields as attributes, in order.
    static func definition(_ service: Service) -> Open311Node {
        .object([
            ("service_code", .text(service.code)),
            ("attributes", .list(item: "attribute", service.fields.enumerated().map { index, field in
                .object([
                    ("variable", .bool(true)),
                    ("code", .text(field.code)),
                    ("datatype", .text(field.datatype.rawValue)),
                    ("required", .bool(field.required)),
                    ("datatype_description", .text(datatypeDescription(field.kind))),
                    ("order", .number(index + 1)),
                    ("description", .text(field.name + "：" + field.question)),
                    ("values", .list(item: "value", field.kind.choices.map { .object([("key", .text($0.key)), ("name", .text($0.name))]) })),
                ])
            })),
        ])
    }

    /// The residents' services, in the modules' order.
    static func residentServices(_ registry: ModuleRegistry) -> [Service] {
        registry.modules.flatMap(\.services).filter { $0.audience == .residents }
    }

    /// What a datatype's text is read as, in the desk's own words.
    static func datatypeDescription(_ kind: FieldKind) -> String {
        switch kind {
        case .text: "文字"
        case .longText: "较长的描述"
        case .integer(let range): "整数，\(range.lowerBound)–\(range.upperBound)"
        case .money: "金额（元），如 30 或 30.5元"
        case .datetime: "日期时间，如 2026-12-03 14:00 或 12月3日下午"
        case .yearMonth: "年月，如 1968-03"
        case .address(let home): home ? "住址：小区 楼栋 单元 房号，如 水印桃源3栋2单元502" : "地点：小区加楼栋或公共场所，如 水印桃源3栋"
        case .phone: "手机或固定电话号码"
        case .idNumber: "18 位居民身份证号"
        case .choice: "从 values 中选一个 key"
        case .choices: "从 values 中选一个或多个 key，用逗号分隔"
        }
    }

    /// One case as a service request.
    static func request(_ record: CaseRecord, desk: Desk) -> Open311Node {
        let service = desk.registry.service(code: record.service)?.service
        return .object([
            ("service_request_id", .text(record.id)),
            ("status", .text(record.status.isOpen ? "open" : "closed")),
            ("status_notes", .text(record.status.chinese)),
            ("service_name", .text(service?.name)),
            ("service_code", .text(record.service)),
            ("description", .text(description(record, service: service))),
            ("agency_responsible", .text(agency(record, directory: desk.directory))),
            ("service_notice", .null),
            ("requested_datetime", .text(Open311Time.format(record.createdAt))),
            ("updated_datetime", .text(Open311Time.format(record.updatedAt))),
            ("expected_datetime", .text(record.deadline.map(Open311Time.format))),
            ("address", .text(publicAddress(record, directory: desk.directory))),
            ("address_id", .null),
            ("zipcode", .null),
            ("lat", .null),
            ("long", .null),
            ("media_url", .null),
        ])
    }

    /// The service's name and the case's category: never the title, which may carry a resident's name.
    static func description(_ record: CaseRecord, service: Service?) -> String {
        let name = service?.name ?? record.service
        return record.category.map { "\(name)：\($0)" } ?? name
    }

    /// The unit answering for the case: an organisation or volunteer team when one is assigned, a grid when a
    /// grid worker is; otherwise the community. A person's name is never shown.
    static func agency(_ record: CaseRecord, directory: CommunityDirectory) -> String {
        if let assignee = record.assignee {
            if let unit = directory.organisations.first(where: { $0.name == assignee || $0.id == assignee }) { return unit.name }
            if let team = directory.teams.first(where: { $0.name == assignee || $0.id == assignee }) { return team.name }
            if let grid = directory.grids.first(where: { $0.worker == assignee }) { return grid.name }
        }
        return directory.community.name
    }

    /// The compound and building (and unit), or the public place: never the room.
    static func publicAddress(_ record: CaseRecord, directory: CommunityDirectory) -> String? {
        if let address = record.fields.values.compactMap(\.address).first {
            var shown = address
            shown.room = nil
            let text = shown.description
            if !text.isEmpty { return text }
        }
        return record.compound.flatMap { directory.compound(id: $0)?.name }
    }

    /// An error list as GeoReport v2 writes it.
    static func errors(_ code: Int, _ description: String) -> Open311Node {
        .list(item: "error", [.object([("code", .number(code)), ("description", .text(description))])])
    }
}

/// Open311 date-times: ISO 8601 with the +08:00 offset of Asia/Shanghai.
enum Open311Time {
    static func format(_ date: Date) -> String {
        let c = Calendar.shanghai.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
