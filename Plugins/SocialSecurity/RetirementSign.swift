/// What a line with a flat's number in it must also show before the model alone may take it for a retirement
/// question (``Service/routingNeedsSign``). The model learned the birth years retirement questions give; a flat's
/// number looks like one to it (`1806婆婆吓到了冇 好点了冇`, `姐姐们 我就是1702的 …`). So a line holding a number of
/// three or four digits that is no year of birth or of retiring (1940–2060) nor a number to call (`120`) needs a
/// word of retiring, paying in or a pension (`退`, `休`, `缴`, `交`, `岁`, `龄`, `养老`, `延迟`, `提前`, `弹性`), of a
/// birth (`出生`, `生的`, `身份`), of a worker's category (`工人`, `干部`, `职工`), or a year (`72年`, `1968`). A line
/// without such a number is left to the model: `他是男的 私企上班` goes on a retirement question asked a moment before.
enum RetirementSign {
    /// Whether `text` may be a retirement question for the model to route.
    static func shows(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var flatNumber = false
        for (i, scalar) in scalars.enumerated() {
            if singleSigns.contains(scalar) { return true }
            if i + 1 < scalars.count, pairSigns.contains([scalar, scalars[i + 1]]) { return true }
            if scalar == "年", i >= 2, isDigit(scalars[i - 1]), isDigit(scalars[i - 2]) { return true }
            guard isDigit(scalar), i == 0 || !isDigit(scalars[i - 1]) else { continue }
            var end = i
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            let digits = String(String.UnicodeScalarView(scalars[i..<end]))
            if end - i == 4, let year = Int(digits), (1940...2060).contains(year) { return true }
            if end - i == 4 || end - i == 3 && !emergencyNumbers.contains(digits) { flatNumber = true }
        }
        return !flatNumber
    }

    /// One scalar is enough: retiring, paying in, an age, years of service.
    private static let singleSigns: Set<Unicode.Scalar> = ["退", "休", "缴", "交", "岁", "龄"]
    /// Two scalars together: a pension, a birth, an ID number, a category, a change of the age.
    private static let pairSigns: Set<[Unicode.Scalar]> = Set(["养老", "出生", "生的", "年生", "身份", "工人", "干部", "职工", "延迟",
                                                              "延后", "提前", "弹性"].map { Array($0.unicodeScalars) })

    /// Three digits that are a number to call, not a flat (`120拉走了`).
    private static let emergencyNumbers: Set<String> = ["110", "119", "120", "122"]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
