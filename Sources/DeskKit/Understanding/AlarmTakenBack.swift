/// An alarm raised and taken back in the same message, after a pause (`8 栋的货梯关了人！……哦 是停在一楼卸货 门开着`,
/// `流血了止不住！……是我家伢把西瓜汁打翻了 吓我一跳`): what follows the ellipsis owns the mistake (`哦`, `原来`, `搞错了`,
/// `看错了`) or tells a fright that was none (`吓我一跳`, `虚惊`). The line asks nothing of anyone.
///
/// Not when what follows still cries for help, calls a number or has someone inside (`……不是我 是我妈在里面 快来`): the
/// pause then only corrects who is in danger. Whether it names a danger of its own is the caller's to ask
/// (``EmergencyGuide``), of ``afterThePause(_:)``.
public enum AlarmTakenBack {
    /// What `text` says after its first pause when it takes back what came before (see the type), else nil.
    public static func afterThePause(_ text: String) -> String? {
        guard let pause = firstPause(in: text), !String(text[..<pause.lowerBound]).trimmingSpaces.isEmpty else { return nil }
        let after = String(text[pause.upperBound...].drop { pauseMarks.contains($0) || $0 == " " })
        let present = CharacterPresence(after)
        guard openers.contains(where: after.hasPrefix) || present.containsAny(of: frights),
              !present.containsAny(of: stillInDanger) else { return nil }
        return after
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
                    let mark = run.prefix(run.count / 3)
                    while bytes[end...].starts(with: mark) { end = bytes.index(end, offsetBy: mark.count) }
                    return i..<end
                }
            }
            i = bytes.index(after: i)
        }
        return nil
    }

    private static let ellipsis = Array("…".utf8)
    private static let dots = Array("...".utf8)
    private static let stops = Array("。。。".utf8)
    private static let pauseMarks: Set<Character> = ["…", ".", "。"]
    /// Words that open the taking back (`哦 是…`, `原来是…`, `搞错了`).
    private static let openers = ["哦", "噢", "喔", "原来", "搞错", "看错", "听错", "弄错", "不是", "误会", "虚惊"]
    /// A fright that was none, said anywhere after the pause.
    private static let frights = ["吓我一跳", "吓了我一跳", "虚惊"]
    /// Words after the pause that keep the alarm: a cry for help, a number called, someone inside.
    private static let stillInDanger = ["快来", "救命", "帮忙", "快点", "快打", "120", "119", "110", "里面", "里头", "在喊", "在哭"]
}
