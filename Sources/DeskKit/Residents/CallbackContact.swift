/// Who to call back, read from a request: the requester the module or the relay named, else the mobile number
/// (or a landline with its area code)
/// in the text and the name written just before it (`王阿姨 13971234567`, `刘德明，电话13807161234`), else a number in
/// the group nickname (`王强13900001111`).
struct CallbackContact: Equatable {
    var name: String?
    var phone: PhoneNumber

    /// The contact in `request`, or nil when it holds no mobile number.
    init?(_ request: ServiceRequest) {
        if let phone = request.requester.phone {
            self.phone = phone
            name = request.requester.name ?? Self.name(before: phone, in: request.text)
            return
        }
        if let phone = PhoneNumber.findAny(in: request.text) {
            self.phone = phone
            name = request.requester.name ?? Self.name(before: phone, in: request.text)
            return
        }
        // A group nickname with a number in it (`王强13900001111`): the name is what is left of the nickname.
        guard let sender = request.requester.sender, let phone = PhoneNumber.find(in: sender) else { return nil }
        self.phone = phone
        name = request.requester.name ?? Self.name(before: phone, in: sender)
    }

    /// A name right before the number: a surname and a form of address (王阿姨, 李师傅) or a two- or three-character
    /// name starting with a common surname, after dropping `电话`/`手机` and punctuation between them.
    static func name(before phone: PhoneNumber, in text: String) -> String? {
        guard let range = text.range(of: phone.digits) else { return nil }
        var before = Substring(text[..<range.lowerBound])
        var trimmed = true
        while trimmed {
            trimmed = false
            for filler in ["联系电话", "联系方式", "手机号", "电话", "手机", "号码", "：", ":", "，", ",", " ", "是"] where before.hasSuffix(filler) {
                before = before.dropLast(filler.count)
                trimmed = true
            }
        }
        let run = String(before.reversed().prefix { $0.isHan }.reversed())
        // 欧阳秀珍, 司马光: a compound surname and one or two characters.
        for length in [4, 3] where run.count >= length {
            let tail = String(run.suffix(length))
            if PersonName.compoundSurnames.contains(where: tail.hasPrefix) { return tail }
        }
        guard let surname = run.first, PersonName.surnames.contains(surname) || run.count > 3 else { return nil }
        for form in PersonName.forms where run.hasSuffix(form) {
            let name = String(run.suffix(form.count + 1))
            return PersonName.surnames.contains(name.first!) ? name : nil
        }
        // A bare name only when nothing else is written against it: 刘德明 13807161234.
        return (2...3).contains(run.count) ? run : nil
    }
}

extension Character {
    /// A CJK ideograph.
    var isHan: Bool { unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } }
}
