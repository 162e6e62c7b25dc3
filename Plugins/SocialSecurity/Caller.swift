import DeskKit

/// Who a consult or proxy case is for, from the text when the requester is not known: a callback number
/// (`电话13807161234`) and a name said with it (`帮…的刘德明代办`, `我是王秀英`, `联系人 李建华`).
enum Caller {
    static func fill(_ request: ServiceRequest, from text: String) -> ServiceRequest {
        var filled = request
        if filled.requester.phone == nil { filled.requester.phone = PhoneNumber.find(in: text) }
        if filled.requester.name == nil { filled.requester.name = name(in: text) }
        return filled
    }

    /// A two- or three-character name in one of the usual frames, or nil.
    static func name(in raw: String) -> String? {
        let text = TextNormalizer.normalize(raw)
        let notNames: Set<String> = ["社保", "我们", "老人", "家里", "我妈", "我爸", "居民", "帮忙", "帮我"]
        for frame in frames {
            if let name = frame.firstGroups(in: text)?.groups[0], !notNames.contains(name) { return name }
        }
        return nil
    }

    static let frames = [
        TextPattern(#"(?:我是|我叫|本人|联系人[:：]?\s*)(\p{Han}{2,3}?)(?=[,，。\s]|电话|手机|$|[0-9])"#),
        TextPattern(#"的(\p{Han}{2,3}?)(?:代办|办理|申请|补办|咨询|问)"#),
        TextPattern(#"^(\p{Han}{2,3}?)(?:来)?(?:代办|办理|咨询)"#),
    ]
}
