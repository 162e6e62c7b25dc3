/// The modules of this desk, fixed at start-up. Built once by the composition root (the `desk` executable)
/// from the list of modules; a conflict stops start-up with a message naming both sides. After that it is
/// an immutable value: nothing can register later. The kernel's own ``Appeals`` (诉求) comes last on every
/// desk, so that a request no module takes is still a case.
public struct ModuleRegistry: Sendable {
    public let modules: [any ServiceModule]
    /// Each module's services (`services[i]` for `modules[i]`), read once here: a module may build its list
    /// anew on every call of ``ServiceModule/services``, which a line would otherwise pay for several times.
    public let services: [[Service]]
    /// Service code → (module index, service index).
    private let indexOfCode: [String: (module: Int, service: Int)]
    /// The modules' case prefixes (`BX`, `SB`…), collected once: every line asks whether it is a case number.
    public let casePrefixes: Set<String>

    /// Checks and registers `modules`: ids, case prefixes, service codes and verbs must be unique, and no verb may
    /// be a kernel command.
    public init(_ given: [any ServiceModule]) throws(RegistryError) {
        let modules = given.contains { $0 is Appeals } ? given : given + [Appeals()]
        var ids: [String: String] = [:], prefixes: [String: String] = [:], codes: [String: String] = [:]
        var words: [String: String] = [:]
        var services: [[Service]] = []
        var indexOfCode: [String: (module: Int, service: Int)] = [:]
        for command in KernelCommand.allCases {
            for w in command.verbs + command.aliases { words[w.lowercased()] = "内核命令 \(command.rawValue)" }
        }
        for module in modules {
            guard !module.id.isEmpty, module.id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                throw .invalidID(module.id)
            }
            if let other = ids.updateValue(module.id, forKey: module.id) { throw .duplicateModule(other) }
            guard !module.casePrefix.isEmpty, module.casePrefix.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw .invalidPrefix(module: module.id, prefix: module.casePrefix)
            }
            if let other = prefixes.updateValue(module.id, forKey: module.casePrefix) {
                throw .duplicatePrefix(module.casePrefix, first: other, second: module.id)
            }
            services.append(module.services)
            for (si, service) in services[services.count - 1].enumerated() {
                indexOfCode[service.code] = (services.count - 1, si)
                if let other = codes.updateValue(module.id, forKey: service.code) {
                    throw .duplicateService(service.code, first: other, second: module.id)
                }
                for word in service.verbs + service.aliases {
                    let owner = "\(module.id)/\(service.code)"
                    if let other = words.updateValue(owner, forKey: word.lowercased()) {
                        throw .duplicateVerb(word, first: other, second: owner)
                    }
                }
            }
        }
        for (mi, module) in modules.enumerated() { try Self.checkDeclarations(of: module, services: services[mi]) }
        self.modules = modules
        self.services = services
        self.indexOfCode = indexOfCode
        casePrefixes = Set(prefixes.keys)
    }

    /// The module's typed field keys name fields of its `services`, of a kind the key reads; an invitation names
    /// one of them a resident may call; its settings and jobs have unique names and valid schedules.
    private static func checkDeclarations(of module: any ServiceModule, services: [Service]) throws(RegistryError) {
        let fields = services.flatMap(\.fields)
        for key in module.fieldKeys {
            let matching = fields.filter { $0.code == key.code }
            guard !matching.isEmpty else { throw .unknownFieldKey(module: module.id, key: key.code) }
            if let wrong = matching.first(where: { $0.kind.family != key.reads }) {
                throw .fieldKeyKind(module: module.id, key: key.code, field: wrong.kind.family.rawValue, reads: key.reads.rawValue)
            }
        }
        for service in services {
            // A line that accepts an answer's invitation begins the invited service: it must be the same
            // module's, and one a resident may call (a group line never reaches a staff service).
            guard let invited = service.invites else { continue }
            guard services.contains(where: { $0.code == invited && $0.audience == .residents }) else {
                throw .invalidInvitation(module: module.id, service: service.code, invites: invited)
            }
        }
        var names: Set<String> = []
        for setting in module.settings where !names.insert(setting.name).inserted {
            throw .duplicateSetting(module: module.id, name: setting.name)
        }
        var jobIDs: Set<String> = [], jobNames: Set<String> = []
        for job in module.jobs {
            guard jobIDs.insert(job.id).inserted, jobNames.insert(job.name).inserted else {
                throw .duplicateJob(module: module.id, job: job.id)
            }
            if case .monthly(let day, _) = job.schedule, !(1...28).contains(day) {
                throw .invalidSchedule(module: module.id, job: job.id)
            }
        }
    }

    public func module(id: String) -> (any ServiceModule)? { modules.first { $0.id == id } }

    /// Where the service with `code` stands: its module's index and its own among that module's ``services``.
    public func position(ofCode code: String) -> (module: Int, service: Int)? { indexOfCode[code] }

    /// The module and service with `code`.
    public func service(code: String) -> (module: any ServiceModule, service: Service)? {
        guard let (mi, si) = indexOfCode[code] else { return nil }
        return (modules[mi], services[mi][si])
    }

    /// The module a person means by `words`: its id, Chinese or English name.
    public func module(named words: String) -> (any ServiceModule)? {
        let w = words.lowercased()
        return modules.first { $0.id == w || $0.name.chinese == words || $0.name.english.lowercased() == w }
    }
}

/// Why the modules could not be registered. Start-up stops with this message.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidID(String)
    case duplicateModule(String)
    case invalidPrefix(module: String, prefix: String)
    case duplicatePrefix(String, first: String, second: String)
    case duplicateService(String, first: String, second: String)
    case duplicateVerb(String, first: String, second: String)
    case unknownFieldKey(module: String, key: String)
    case fieldKeyKind(module: String, key: String, field: String, reads: String)
    case duplicateSetting(module: String, name: String)
    case duplicateJob(module: String, job: String)
    case invalidSchedule(module: String, job: String)
    case invalidInvitation(module: String, service: String, invites: String)

    public var description: String {
        switch self {
        case .invalidID(let id): "模块 id「\(id)」无效：只能用小写字母、数字和连字符"
        case .duplicateModule(let id): "模块 id「\(id)」注册了两次"
        case .invalidPrefix(let m, let p): "模块 \(m) 的工单前缀「\(p)」无效：只能用大写字母"
        case .duplicatePrefix(let p, let a, let b): "工单前缀「\(p)」同时被 \(a) 和 \(b) 使用"
        case .duplicateService(let c, let a, let b): "服务代码「\(c)」同时被 \(a) 和 \(b) 使用"
        case .duplicateVerb(let w, let a, let b): "命令词「\(w)」同时属于 \(a) 和 \(b)"
        case .unknownFieldKey(let m, let k): "模块 \(m) 声明的字段键「\(k)」不是它任何服务的字段（拼写错误？）"
        case .fieldKeyKind(let m, let k, let f, let r): "模块 \(m) 的字段键「\(k)」读取 \(r)，但字段的类型是 \(f)"
        case .duplicateSetting(let m, let n): "模块 \(m) 的设置「\(n)」声明了两次"
        case .duplicateJob(let m, let j): "模块 \(m) 的定时任务「\(j)」声明了两次（编号或名称重复）"
        case .invalidSchedule(let m, let j): "模块 \(m) 的定时任务「\(j)」每月的日期应在 1–28 日之间"
        case .invalidInvitation(let m, let s, let i): "模块 \(m) 的服务「\(s)」邀请接着办的「\(i)」不是本模块居民可以办的服务"
        }
    }
}
