/// A service a module offers, after the Open311 GeoReport v2 service model (code, name, description,
/// keywords, group, typed attributes), so that it can be listed over HTTP unchanged.
public struct Service: Sendable {
    /// Unique across the desk (`household-repair`).
    public var code: String
    /// The Chinese name shown to people (`住户报修`).
    public var name: String
    public var englishName: String
    public var description: String
    /// The Open311 group — by convention the module's Chinese name.
    public var group: String
    /// Chinese commands that call this service explicitly, with or without a space (`报修 …`, `报修…`).
    public var verbs: [String]
    /// English aliases, followed by a space or the end of the line (`repair …`).
    public var aliases: [String]
    /// Words that route free text here, with their weights.
    public var routing: [RoutingWord]
    /// The typed fields (Open311 attributes).
    public var fields: [Field]
    /// Who may call it: residents' services are reachable from WeChat groups; staff services only at the desk.
    public var audience: Audience
    /// Whether a request that is still missing fields, relayed from a group, is opened as a case (受理, with the
    /// missing fields noted) while the desk asks for them.
    public var opensCaseWhenIncomplete: Bool
    /// Whether free text reaches this service only when one of its verbs or routing words is in it, however
    /// sure the learned model is (praise: "太好了" is not a 表扬 to record).
    public var routingNeedsWord: Bool
    /// What a line must show for the model alone to send it here, or nil: a line without it is treated as one
    /// without a ``routingNeedsWord`` service's word (a flat's number read as a birth year, `1806婆婆吓到了冇`, is
    /// no retirement question). Asked only of lines the model sends here; a waiting question's answer is not routed.
    public var routingNeedsSign: (@Sendable (String) -> Bool)?
    /// Whether this service takes what fits nowhere else (诉求·求助): free text reaches it only when the model
    /// is quite sure, so that chatter the model cannot place is not taken for a request.
    public var routingIsCatchAll: Bool
    /// The words that name the one place this service serves (`公园`, `口袋公园`, its equipment): a line that says
    /// it is somewhere else — a building (`12栋前面`), a village group (`3组`), a compound's name — and names none of
    /// these is not for it (`村湾3组那边的路灯坏了` is a street lamp, not the park's). Empty: anywhere.
    public var placeWords: [String]
    /// The compound the place lies in (its id in `community.yaml`, `shuiyin`), or nil. A group's message from another
    /// compound's group is about that compound's own grounds (`小区广场那里的漫步机` in 奥园's group) unless it
    /// names this compound or one of ``placeNames``.
    public var placeCompound: String?
    /// The place's own names (`口袋公园`, `公园`), which say it is meant from any compound's group.
    public var placeNames: [String]
    /// Places whose faults this service mends, whatever the fault (`球室`: the club mends its room's heater and taps,
    /// not the property company): a report another module's service would take (one that opens a case while it
    /// asks, ``opensCaseWhenIncomplete``) comes here when it names one of them.
    public var faultsAt: [String]
    /// Words of people's conduct this service takes up (`消防通道`, `拉线充电`, `狗叫`, `电锤`): a report another module's
    /// service would take (a repair, by the things it names) comes here when it names one of them and no fault —
    /// a car on the fire lane or a dog in the stairwell is nothing broken to mend.
    public var conduct: [String]
    /// Words naming work this service keeps a record of (`认证`, `刷脸`): staff at the counter telling such work done or
    /// arranged (`认证上门 余德茂 做好了`, `认证约了明天上午`) come here to be recorded, where any other work told done is
    /// a note the desk keeps nothing of. So does a line the model gives another service of the module that
    /// ``answersWhatStaffTold`` (`来报退休 男 72年3月 … 资料报了`: the errand filed, not the age to work out).
    public var recordsWork: [String]
    /// Whether staff writing down the answer they gave to this service's question (`宁先生 男 77年3月 问退休 63岁 2040-03
    /// 已告知`) get the service's answer once more, to check what they told, rather than a note that nothing needs doing.
    /// For a service that works its answer out from the particulars in the line (a retirement age), not one that
    /// looks a general answer up.
    public var answersWhatStaffTold: Bool
    /// Requests about the place this service serves that read as a complaint or a suggestion (`开到`, `开晚`: the park's
    /// lights kept on later): with one of ``placeWords``, a 诉求 naming one comes here — the place's times are its upkeep.
    public var placeRequests: [String]
    /// Lines that show how to use the service, shown by `帮助 <verb>` (`退休 1968年3月 男`, `我爸66年5月出生，是工人，
    /// 什么时候退休`). Optional; without them help shows the verbs, the description and the fields.
    public var usageExamples: [String]
    /// The service a person's next line begins when, right after this service answered them, it only gives
    /// particulars or says yes (`王婆婆 水印桃源11栋1单元701`, `那帮我登记一个`): the answer invited them (the care
    /// question's answer says "tell us the elder's name and address"). Nil: such a line is not read as this
    /// service's (``Desk`` reads it as any other line).
    public var invites: String?
    /// Whether this service answers what its module's services cost and who pays for them (`修楼道灯要住户出钱吗`,
    /// `助餐一餐几多钱`): a question about a cost that names something of this module comes here, not to the service
    /// that would open a case for the thing named. One service of a module, its general questions'.
    public var answersCosts: Bool

    public init(code: ServiceCode, name: String, englishName: String, description: String, group: String,
                verbs: [String] = [], aliases: [String] = [], routing: [RoutingWord] = [], fields: [Field] = [],
                audience: Audience = .residents, opensCaseWhenIncomplete: Bool = false, routingNeedsWord: Bool = false,
                routingIsCatchAll: Bool = false, placeWords: [String] = [], placeCompound: String? = nil,
                placeNames: [String] = [], faultsAt: [String] = [], conduct: [String] = [], recordsWork: [String] = [], answersWhatStaffTold: Bool = false, placeRequests: [String] = [], usageExamples: [String] = [], invites: ServiceCode? = nil,
                answersCosts: Bool = false, routingNeedsSign: (@Sendable (String) -> Bool)? = nil) {
        self.code = code.rawValue; self.name = name; self.englishName = englishName; self.description = description
        self.group = group; self.verbs = verbs; self.aliases = aliases; self.routing = routing
        self.fields = fields; self.audience = audience; self.opensCaseWhenIncomplete = opensCaseWhenIncomplete
        self.routingNeedsWord = routingNeedsWord
        self.routingIsCatchAll = routingIsCatchAll
        self.placeWords = placeWords
        self.placeCompound = placeCompound
        self.placeNames = placeNames
        self.faultsAt = faultsAt
        self.conduct = conduct
        self.recordsWork = recordsWork
        self.answersWhatStaffTold = answersWhatStaffTold
        self.placeRequests = placeRequests
        self.usageExamples = usageExamples
        self.invites = invites?.rawValue
        self.answersCosts = answersCosts
        self.routingNeedsSign = routingNeedsSign
    }

    /// A staff command whose arguments are read by the module itself (`设施 停用 ZY-02 已拆除`): one text field
    /// `text` holding everything after the verb, asked with `usage` when required and missing.
    public static func staffCommand(code: ServiceCode, name: String, englishName: String, group: String, verbs: [String],
                                    alias: String, usage: String, argumentRequired: Bool = false, usageExamples: [String] = []) -> Service {
        Service(code: code, name: name, englishName: englishName, description: usage, group: group, verbs: verbs,
                aliases: [alias], fields: [Field("text", name: "内容", kind: .text, required: argumentRequired, question: usage)],
                audience: .staff, usageExamples: usageExamples)
    }

    /// Open311 `keywords`: the verbs, aliases and routing phrases.
    public var keywords: [String] { verbs + aliases + routing.map(\.phrase) }

    public func field(_ code: String) -> Field? { fields.first { $0.code == code } }

    public enum Audience: String, Sendable { case residents, staff }
}

/// A phrase that, found in free text, counts towards routing it to a service. Weight 1 is a typical word;
/// 2–3 a phrase that names the service outright (`报修`, `养老金认证`); below 1 a weak hint.
public struct RoutingWord: Sendable, ExpressibleByStringLiteral {
    public var phrase: String
    public var weight: Double

    public init(_ phrase: String, weight: Double = 1) { self.phrase = phrase; self.weight = weight }
    public init(stringLiteral value: String) { self.init(value) }

    /// Words that only let the model's reading stand, for a service that needs its word
    /// (``Service/routingNeedsWord``): the words of a worry for an urgent welfare check, the words of
    /// certification for a question about it. They weigh almost nothing: they permit, they do not route.
    public static func mentions(_ phrases: [String]) -> [RoutingWord] {
        phrases.map { RoutingWord($0, weight: mentionWeight) }
    }

    /// The weight of a ``mentions(_:)`` word.
    public static let mentionWeight = 0.1
}
