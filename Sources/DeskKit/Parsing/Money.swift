import Foundation

/// An amount of renminbi in integer fen (分). Money is never a floating-point number in the desk.
public struct Money: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The amount in fen: ¥1.00 is 100.
    public var fen: Int

    /// The largest amount the desk accepts from a person: ¥10,000,000.00.
    public static let limit = Money(fen: 1_000_000_000)

    public init(fen: Int) { self.fen = fen }
    public init(yuan: Int) { self.fen = yuan * 100 }

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }
    public static prefix func - (a: Money) -> Money { Money(fen: -a.fen) }
    public static let zero = Money(fen: 0)

    /// `120.50元`, `-3.05元`.
    public var description: String {
        let sign = fen < 0 ? "-" : ""
        let abs = fen.magnitude
        let cents = abs % 100
        return "\(sign)\(abs / 100).\(cents < 10 ? "0" : "")\(cents)元"
    }

    /// The same amount without a unit (`120.50`), as written in CSV files.
    public var plain: String { String(description.dropLast()) }
}

/// Why a text is not an amount of money.
public enum MoneyError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case negative(String)
    case tooManyDecimals(String)
    case tooLarge(String)
    case notAnAmount(String)

    public var description: String {
        switch self {
        case .empty: "没有填写金额"
        case .negative(let t): "金额「\(t)」是负数，金额必须大于零"
        case .tooManyDecimals(let t): "金额「\(t)」小数超过两位，最小单位是分（0.01元）"
        case .tooLarge(let t): "金额「\(t)」超过上限 \(Money.limit)"
        case .notAnAmount(let t): "「\(t)」不是可识别的金额，请写成 120元、120.5元、一百二十块 或 ¥120"
        }
    }
}

extension Money {
    /// Reads an amount: `120元`, `120.5元`, `¥120.5`, `120块5`, `一百二十块`, `5角`, `3元5角2分`, or a bare `120`
    /// (yuan). Negative amounts, more than two decimals, exponents and amounts over ``limit`` are refused.
    public static func parse(_ input: String) throws(MoneyError) -> Money {
        let spaced = TextNormalizer.normalize(input).replacingOccurrences(of: " ", with: "").trimmingCharacters(in: CharacterSet(charactersIn: ","))
        // A comma only groups thousands (`1,500元`); `1,5元` is not 15 yuan (domain report bug 17).
        if spaced.contains(","), spaced.range(of: #"^[^0-9,]*[0-9]{1,3}(,[0-9]{3})+([.][0-9]+)?[^0-9,]*$"#, options: .regularExpression) == nil {
            throw .notAnAmount(input)
        }
        let text = spaced.replacingOccurrences(of: ",", with: "")
        guard !text.isEmpty else { throw .empty }
        var rest = Substring(text)
        for prefix in ["¥", "RMB", "人民币", "CNY"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        if rest.hasPrefix("-") || rest.hasPrefix("负") { throw .negative(input) }
        if rest.hasPrefix("+") { rest = rest.dropFirst() }

        var fen = 0
        var matchedSomething = false
        // Yuan: ASCII with optional decimals, or Chinese numerals.
        if let (yuanFen, after) = try readYuan(rest, original: input) {
            fen = yuanFen; rest = after; matchedSomething = true
            for unit in ["块钱", "元整", "元", "块", "圆"] where rest.hasPrefix(unit) {
                rest = rest.dropFirst(unit.count)
                // 120块5 = ¥120.50
                if let (jiao, tail) = ChineseNumber.prefix(of: rest), jiao < 10, tail.isEmpty {
                    fen += jiao * 10; rest = tail
                }
                break
            }
        }
        // Jiao and fen: 5角, 5毛, 2分.
        if let (jiao, after) = ChineseNumber.prefix(of: rest), after.hasPrefix("角") || after.hasPrefix("毛") {
            guard jiao < 10 || !matchedSomething else { throw .notAnAmount(input) }
            fen += jiao * 10; rest = after.dropFirst(); matchedSomething = true
            if let (f, tail) = ChineseNumber.prefix(of: rest), f < 10, tail.isEmpty { fen += f; rest = tail }
        }
        if let (f, after) = ChineseNumber.prefix(of: rest), after.hasPrefix("分") {
            guard f < 10 || !matchedSomething else { throw .notAnAmount(input) }
            fen += f; rest = after.dropFirst(); matchedSomething = true
        }
        if rest.hasPrefix("钱") { rest = rest.dropFirst() }
        guard matchedSomething, rest.isEmpty else { throw .notAnAmount(input) }
        guard fen <= limit.fen else { throw .tooLarge(input) }
        return Money(fen: fen)
    }

    /// Finds the first amount written with a unit or a ¥ sign in free text (`转了120元给管理员` → ¥120).
    /// A bare number is not taken as money here.
    public static func find(in text: String) -> Result<Money, MoneyError>? {
        let normalized = TextNormalizer.normalize(text)
        guard let candidate = amountPattern.firstMatch(in: normalized) else { return nil }
        do { return .success(try parse(candidate)) } catch { return .failure(error) }
    }

    /// A leading `负` is part of the match, so that `负一百二十元` is refused as negative rather than read as 120.
    static let amountPattern = TextPattern(#"(?:[¥￥]\s*-?[0-9][0-9.,]*|(?:负\s*)?-?[0-9][0-9.,eE+]*\s*(?:块钱|元|块)[0-9]?(?:[0-9]角)?(?:[0-9]分)?|(?:负\s*)?[零一二两三四五六七八九十百千万]+(?:块钱|元|块)(?:[一二三四五六七八九](?:角|毛))?)"#)

    private static func readYuan(_ text: Substring, original: String) throws(MoneyError) -> (Int, Substring)? {
        var end = text.startIndex
        while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." { end = text.index(after: end) }
        if end > text.startIndex {
            let number = text[text.startIndex..<end]
            let after = text[end...]
            if ["角", "毛", "分"].contains(where: { after.hasPrefix($0) }) { return nil }
            if after.first == "e" || after.first == "E" { throw .notAnAmount(original) }
            let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
                  let yuan = Int(whole) else { throw .notAnAmount(original) }
            var fen = 0
            if parts.count == 2 {
                let decimals = parts[1]
                guard !decimals.isEmpty, decimals.allSatisfy(\.isNumber) else { throw .notAnAmount(original) }
                guard decimals.count <= 2 else { throw .tooManyDecimals(original) }
                fen = Int(decimals.count == 1 ? decimals + "0" : decimals) ?? 0
            }
            let (total, overflow) = yuan.multipliedReportingOverflow(by: 100)
            guard !overflow else { throw .tooLarge(original) }
            return (total + fen, after)
        }
        // Chinese numerals must be followed by a yuan unit to count as yuan.
        if let (value, after) = ChineseNumber.prefix(of: text),
           ["块钱", "元", "块", "圆"].contains(where: { after.hasPrefix($0) }) {
            guard value <= limit.fen / 100 else { throw .tooLarge(original) }
            return (value * 100, after)
        }
        return nil
    }
}
