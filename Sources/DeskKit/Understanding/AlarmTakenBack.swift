/// An alarm raised and taken back in the same message, after a pause (`8 栋的货梯关了人！……哦 是停在一楼卸货 门开着`,
/// `流血了止不住！……是我家伢把西瓜汁打翻了 吓我一跳`): what follows the ellipsis owns the mistake (`哦`, `原来`, `搞错了`,
/// `看错了`) or tells a fright that was none (`吓我一跳`, `虚惊`). After an exclamation mark with no ellipsis, only a
/// mistake owned takes it back (`着火了！吓我一跳 原来是他家烧蚊香`; not `着火了！吓我一跳 快跑`). The line asks nothing of
/// anyone.
///
/// Not when what follows still cries for help, calls a number or has someone inside (`……不是我 是我妈在里面 快来`): the
/// pause then only corrects who is in danger. Whether it names a danger of its own is the caller's to ask
/// (``EmergencyGuide``), of ``afterThePause(_:)``.
enum AlarmTakenBack {
    /// What `text` says before and after its pause when it takes back what came before (see the type), else nil.
    static func parts(of text: String) -> (before: String, after: String)? {
        if mayPause(text) {
            if let pause = firstPause(in: text), let parts = taken(text, at: pause, cues: openers, anywhere: frights) { return parts }
            // (The desk's reading spells `！` as `!`.)
            if let bang = text.utf8.firstIndex(of: 0x21),
               let parts = taken(text, at: bang..<text.utf8.index(after: bang), cues: [], anywhere: mistakesOwned) { return parts }
        }
        return frightOwned(in: text)
    }

    /// With no pause at all, a fright owned before `原来` takes back what came before it (`老周在井边喊救命 吓我一跳 原来是他手机
    /// 掉进水沟了`, `以为又进贼了 原来是我老婆搬东西忘了关`); `原来` with no fright before it does not (`哭得脸都紫了 原来是饿了`
    /// is read as it stands). Asked of every group's line: `原来` is looked for in one pass over the line's bytes in memory,
    /// and nothing more is done for a line without it.
    private static func frightOwned(in text: String) -> (before: String, after: String)? {
        var line = text   // (`withUTF8` is mutating: it may make the line's bytes contiguous)
        guard let offset = line.withUTF8({ haystack in
            realisation.withUnsafeBufferPointer { CharacterPresence.firstOffset(of: $0, in: haystack) }
        }) else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        guard CharacterPresence(String(text[..<start])).containsAny(of: frightsBefore) else { return nil }
        return taken(text, at: start..<start, cues: ["原来"], anywhere: [])
    }

    /// `原来` in UTF-8.
    private static let realisation = Array("原来".utf8)
    /// A fright owned before `原来` (`吓我一跳`, `吓得我`, `以为`).
    private static let frightsBefore = ["吓我一跳", "吓了我一跳", "吓得我", "吓死我了", "吓死了", "以为"]

    /// What `text` says after its pause when it takes back what came before, else nil (``parts(of:)``).
    static func afterThePause(_ text: String) -> String? { parts(of: text)?.after }

    /// The parts of `text` around `pause` when what follows opens with one of `cues` or holds one of `anywhere` and
    /// keeps no one in danger.
    private static func taken(_ text: String, at pause: Range<String.Index>, cues: [String], anywhere: [String]) -> (before: String, after: String)? {
        let before = String(text[..<pause.lowerBound]).trimmingSpaces
        guard !before.isEmpty else { return nil }
        let after = String(text[pause.upperBound...].drop { pauseMarks.contains($0) || $0 == " " })
        let present = CharacterPresence(after)
        guard cues.contains(where: after.hasPrefix) || present.containsAny(of: anywhere),
              !present.containsAny(of: stillInDanger) else { return nil }
        return (before, after)
    }

    /// The first ellipsis in `text`: `…` as typed, or three full stops in a row (`...`, as the desk's reading spells `…`
    /// out, or `。。。`). A single full stop (`3.5`, `好了。`) is no pause. Walked once, byte by byte: asked of every line
    /// read for a danger.
    static func firstPause(in text: String) -> Range<String.Index>? {
        let bytes = text.utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == 0x2E || b == 0xE2 || b == 0xE3 {
                let rest = bytes[i...]
                if rest.starts(with: ellipsis) { return i..<bytes.index(i, offsetBy: ellipsis.count) }
                for run in [dots, stops] where rest.starts(with: run) {
                    var end = bytes.index(i, offsetBy: run.count)
                    let mark = run.prefix(run.count / 3)   // one mark's bytes: the run goes on while they do
                    while bytes[end...].starts(with: mark) { end = bytes.index(end, offsetBy: mark.count) }
                    return i..<end
                }
            }
            i = bytes.index(after: i)
        }
        return nil
    }

    /// Whether `text` holds a byte that a pause (``firstPause(in:)``: `.`, the first byte of `…` or of `。`) or `!`
    /// begins with: a line without one takes nothing back. One pass over the line's UTF-8 in memory: most lines hold
    /// none, and the two walks of its `utf8` view that find no pause and no `!` were some 1,100 instructions a line,
    /// asked about twice a group's message (docs/performance.md, sixty-second pass).
    private static func mayPause(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains { $0 == 0x2E || $0 == 0xE2 || $0 == 0xE3 || $0 == 0x21 } }
    }

    private static let ellipsis = Array("…".utf8)
    private static let dots = Array("...".utf8)
    private static let stops = Array("。。。".utf8)
    private static let pauseMarks: Set<Character> = ["…", ".", "。"]
    /// Words that open the taking back (`哦 是…`, `原来是…`, `搞错了`).
    private static let openers = ["哦", "噢", "喔", "原来", "搞错", "看错", "听错", "弄错", "不是", "误会", "虚惊"]
    /// A fright that was none, or a mistake owned, said anywhere after the ellipsis.
    private static let frights = ["吓我一跳", "吓了我一跳", "虚惊", "原来是", "搞错了", "看错了"]
    /// A mistake owned, said anywhere after an exclamation mark.
    private static let mistakesOwned = ["原来是", "搞错了", "看错了", "听错了", "虚惊"]
    /// Words after the pause that keep the alarm: a cry for help, a number called, someone inside (not `里面空的`).
    private static let stillInDanger = ["快来", "救命", "帮忙", "快点", "快打", "120", "119", "110", "在里面", "在里头", "里面有人", "里头有人",
                                        "里面还有", "关在", "在喊", "在哭"]
}
