/// Mobile numbers written in Chinese digits — as voice input writes them, or as an elderly resident types them:
/// `一三八零零一三八零零三`, `幺三九…` — masked like `138****8003`, but in the digits the person used.
extension Masking {
    /// `text` with every run of exactly eleven Chinese digits that reads as a mobile number (`1`, then `3`–`9`)
    /// masked: the first three and the last four digits stay.
    public static func redactSpokenMobiles(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            guard spokenDigit(chars[i]) != nil else { out.append(chars[i]); i += 1; continue }
            var j = i
            while j < chars.count, spokenDigit(chars[j]) != nil { j += 1 }
            let run = chars[i..<j]
            let values = run.compactMap(spokenDigit)
            if run.count == 11, values[0] == 1, (3...9).contains(values[1]) {
                out += String(run.prefix(3)) + "****" + String(run.suffix(4))
            } else {
                out += String(run)
            }
            i = j
        }
        return out
    }

    /// The value of a digit as written in Chinese (`零`/`〇`, `一`/`幺`, … `九`), or nil.
    private static func spokenDigit(_ c: Character) -> Int? {
        switch c {
        case "零", "〇": 0
        case "一", "幺": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}
