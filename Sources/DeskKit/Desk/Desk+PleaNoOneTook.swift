import Foundation

/// A group line that asks the community for something plainly (`能不能社区跟城管说一下`, `麻烦给他报上`) but that no
/// service is sure of: dropping it would drop a request (issue 13: nothing a resident asks is dropped).
extension Desk {
    /// How long after the sender's own report a plea the desk cannot place is taken as more about it.
    static let pleaWindow: TimeInterval = 3 * 86400

    /// The reply to a plea no service took: noted on the sender's own open case in the group of the last three
    /// days (the matter they are pressing), else — when it is put to the community, its grid worker or its
    /// station — a case for the likeliest residents' service among `guesses`, the router's when it was unsure
    /// (`网格员你好 … 屋后头的排水沟堵了 … 你找个人来掏一下`: a repair at 39 %), or a 诉求 case for the desk. Nil for a
    /// line that pleads nothing, thanks, or asks a neighbour (`能不能帮我带个快递`).
    func pleaNoOneTook(_ text: String, guesses: [Router.ServiceRef] = [], message: Message) -> Reply? {
        guard message.channel == .group, Self.pleads(text) else { return nil }
        if let record = recentCase(for: message, about: text, within: Self.pleaWindow) {
            return addToCase(record, note: "居民补充：\(Masking.redact(text))", message: message,
                             reply: "已把您说的记到工单 \(record.id)，工作人员会跟进。")
        }
        guard Self.putToTheCommunity(CharacterPresence(text)), let other = appealRef(.other) else { return nil }
        let best = guesses.first { registry.services[$0.module][$0.service].audience != .staff }
        return begin(best ?? other, text: text, message: message)
    }

    /// The reply to a group line that pleads with the community (``pleadsToTheCommunity(_:)``) although the model
    /// reads it as talk or a notice: the service its words name outright (`停保`: social security), else what a plea
    /// no service took gets (``pleaNoOneTook(_:message:)``).
    func pleaToTheCommunity(_ text: String, message: Message) -> Reply? {
        if let named = router.mostNamed(in: text, where: { registry.services[$0.module][$0.service].audience != .staff }) {
            return begin(named, text: text, message: message)
        }
        return pleaNoOneTook(text, message: message)
    }

    /// The reply to a group line that puts a question to the desk (``asksTheDesk(_:)``) or pleads (`楼下广场舞能不能这几天
    /// 停一下`) when no service is sure of it (`想问下这个归哪个管`): the likeliest service for residents answers or takes
    /// it — what is asked of the community is not left without a word.
    func questionNoOneTook(_ text: String, guesses: [Router.ServiceRef], message: Message) -> Reply? {
        guard message.channel == .group else { return nil }
        // A plea about what people do goes to the service that takes up that conduct; a plea to a neighbour
        // (`能不能帮我带个快递上来`) names none.
        if Self.pleads(text), let taker = router.takerOfConduct(in: text) { return begin(taker, text: text, message: message) }
        // `端午社区有冇活动 往年发粽子`, which the model cannot place: a question about the community's arrangements is answered
        // (by the office that has it, else where they are posted), as it is when the model hears talk. (Not a grid
        // worker called, `张网格在不在`: the worker answers.)
        if Self.asksWhatTheCommunityArranges(text), !text.hasPrefix("@"),
           !CharacterPresence(text).containsAny(of: ["在吗", "在不在", "在冇", "在没"]) {
            return offices.office(for: text).map { .answer($0.pointer) } ?? .answer(Self.communityArrangements)
        }
        guard Self.asksTheDesk(text),
              let best = guesses.first(where: { registry.services[$0.module][$0.service].audience != .staff }) else { return nil }
        return begin(best, text: text, message: message)
    }

    /// Whether `text` asks the desk something outright (`请问一下 …`, `想问下这个归哪个管`, `不晓得找哪个`).
    /// Not a question put to the neighbours (`请问泊林有冇得人家里装了电热地暖`).
    static func asksTheDesk(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        // (The words first, byte by byte: every group line heard as talk comes here, and most ask nothing.)
        return present.containsAny(of: questionsToTheDesk) && !present.containsAny(of: toTheNeighbours) && QuestionForm.asks(text)
    }

    /// Whether `text` asks about what the community, its station or grid does (`哪个晓得腊八节社区有冇得腊八粥送`):
    /// put to the group, but only the desk can answer it.
    static func asksAboutTheCommunity(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return (present.containsAny(of: theCommunity) || CommunityEvent.isNamed(present)) && QuestionForm.asks(text)
    }

    /// Whether `text` asks, not a neighbour but whoever holds it, about one of the community's gatherings
    /// (``CommunityEvent/isNamed(_:)``: `中秋活动几点开始 在哪里`).
    static func asksAboutACommunityEvent(_ text: String) -> Bool {
        CommunityEvent.isNamed(CharacterPresence(text)) && QuestionForm.asks(text) && !NeighbourTalk.matches(text)
    }

    /// How a question is put to the neighbours.
    private static let toTheNeighbours = ["有冇得人", "有没有人", "有谁", "哪个晓得", "哪个知道", "大家", "各位", "邻居"]

    /// How a question is put to the desk rather than to the neighbours.
    private static let questionsToTheDesk = ["请问", "想问", "问一下", "问下", "归哪个管", "归谁管", "找哪个", "找谁", "找哪里", "哪个管"]

    /// Whether `text` pleads with the community, its grid worker or its station (`请社区帮我办一下`, `能不能社区跟城管说一下`).
    /// Not when the sender offers to go themselves (`那我克驿站帮她交`).
    static func pleadsToTheCommunity(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return pleads(text) && putToTheCommunity(present) && !present.containsAny(of: goingThemselves)
    }

    /// Whether a plea is put to the community's side: named (`社区`, `网格`), or anyone asked to step in (`哪个去说一下`,
    /// `有冇得人管`), which in a community's group is the community.
    /// Not a favour asked of the neighbours (`各位邻居 … 请哪个帮忙浇下花 有偿`).
    private static func putToTheCommunity(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: theCommunity)
            || present.containsAny(of: anyoneToStepIn) && !present.containsAny(of: ["邻居", "有偿", "顺路", "顺便带"])
    }
    private static let goingThemselves = ["我克", "我去", "我来帮", "我帮", "我自己"]

    /// Whether `text` asks someone to act now: a plea, without thanks or a wish for another time.
    static func pleads(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        return present.containsAny(of: pleaWords) && !present.containsAny(of: thanksOrLater)
    }

    /// How sure the model may be that a pleading line is talk before the plea counts for more
    /// (`上回也是这样 能不能社区跟城管讲一下`: talk at 41 %).
    static let unsureTalk = 0.6

    /// Words that ask someone to act.
    /// (Also someone asked to send a worker: `你找个人来掏一下`, `派个人来看一下`.)
    private static let pleaWords = ["能不能", "可不可以", "麻烦", "帮忙", "帮我", "帮他", "帮她", "请社区", "请网格", "给他报", "给她报",
                                    "找个人来", "找人来", "派个人来", "派人来"] + anyoneToStepIn
    /// Thanks for what was done (`谢谢驿站帮我追`, `好 麻烦了`), help declined (`不用麻烦社区了`), or a wish for another
    /// time (`下回帮我妈也弄一下`), or a joke (`能不能帮我换到少儿组去当裁判 哈哈`): no plea now.
    private static let thanksOrLater = ["谢谢", "感谢", "多谢", "麻烦了", "麻烦你了", "不用麻烦", "莫麻烦", "别麻烦", "下回", "下次", "哈哈"]
    /// Who the plea is put to, when it is the desk's side.
    private static let theCommunity = ["社区", "网格", "驿站", "居委会"]
    /// Anyone asked to step in (`哪个去说一下`, `哪个帮我包一下`, `有冇得人管`); not who is going somewhere for fun
    /// (`今晚哪个去看球`).
    private static let anyoneToStepIn = ["哪个去说", "哪个去讲", "哪个去管", "哪个去问", "哪个去找", "哪个去叫", "哪个去喊", "哪个去敲", "哪个去处理",
                                         "哪个去看看", "哪个去看一下", "哪个去看下", "哪个去看一哈", "哪个来", "哪个帮", "哪个能", "有冇得人管", "有没有人管", "冇得人管", "管一下", "管管"]
}
