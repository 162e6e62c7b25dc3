import Foundation

/// Reads community addresses against the directory: compound names and aliases, `3栋2单元502室`, `三栋二单元`,
/// the short form `3-2-502`, and public places. Built once at start-up.
public struct AddressParser: Sendable {
    public let directory: CommunityDirectory
    private let names: PhraseMatcher<Int>       // compound index, or ``notAName``
    /// Each compound's ``CommunityDirectory/Compound/shorthand``, in UTF-8, and its index.
    private let shorthands: [(bytes: [UInt8], compound: Int)]
    private let places: PhraseMatcher<String>

    private static let numeral = "[0-9零〇一二两三四五六七八九十百]{1,4}"
    /// What follows a building's number (`3栋`, `5号楼`, `2座`) and a unit's (`2单元`): read by
    /// ``numeral(before:in:)``, as the patterns `(numeral)\s*(?:栋|幢|号楼|座)` and `(numeral)\s*单元` found them.
    static let buildingMarks: [[Unicode.Scalar]] = [["栋"], ["幢"], ["号", "楼"], ["座"]]
    static let unitMarks: [[Unicode.Scalar]] = [["单", "元"]]
    private static let villageGroup = try! NSRegularExpression(pattern: "(\(numeral))\\s*组")
    private static let house = try! NSRegularExpression(pattern: "(\(numeral))\\s*号(?!楼|房)")
    private static let compoundLike = try! NSRegularExpression(pattern: "([\\p{Han}A-Za-z0-9]{2,8}?(?:花园|小区|家园|公寓|苑|府|城|庭|村湾|新村))")

    /// Which of the characters the patterns above need a text holds: a pattern is searched only when the text has
    /// one that it cannot match without (a literal of each of its alternatives), so it is searched wherever it may
    /// match. An `NSRegularExpression` search costs thousands of instructions even where nothing matches, and
    /// most of a group's messages — chatter, questions — hold no address (callgrind, relay ingest:
    /// docs/performance.md, thirteenth pass).
    private struct Marks {
        /// `-` (the short form); 栋, 幢, 号楼 or 座 (building); 单元 (unit); 室, 号房, 房, 号, 栋, 幢, 号楼 or 单元 (room);
        /// 组 (village group); 号 (house).
        var dash = false, building = false, unit = false, room = false, group = false, house = false

        init(_ text: String) {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "-": dash = true
                case "栋", "幢": building = true; room = true
                case "楼", "座": building = true
                case "元": unit = true; room = true
                case "室", "房": room = true
                case "号": house = true; room = true
                case "组": group = true
                default: continue
                }
            }
        }
    }

    public init(directory: CommunityDirectory) {
        self.directory = directory
        var entries: [(phrase: String, payload: Int)] = []
        for (i, c) in directory.compounds.enumerated() { for n in c.allNames { entries.append((n, i)) } }
        entries += Self.wordsHoldingAnAlias.map { ($0, Self.notAName) }
        names = PhraseMatcher(entries)
        shorthands = directory.compounds.enumerated().compactMap { i, c in
            c.shorthand.flatMap { $0.isEmpty ? nil : (Array($0.utf8), i) }
        }
        places = PhraseMatcher(directory.places.map { ($0, $0) })
    }

    /// Words that hold a compound's alias (`水印`) but name no place (`墙上全是水印子`: stains of damp, not 水印桃源). In
    /// the names' matcher as ``notAName``: the longer word wins over the alias inside it.
    private static let wordsHoldingAnAlias = ["水印子"]
    /// The payload of a word in ``wordsHoldingAnAlias``.
    private static let notAName = -1

    /// Everything address-like in `text`; parts not found are nil. Does not check against the directory.
    public func read(_ text: String) -> Address {
        var text = TextNormalizer.normalize(text)
        var a = Address()
        // The building and unit written `17-3` right after the compound (`奥17-3`, `汉口道5-1`), as staff write them.
        var buildingAndUnit: (building: String, unit: String)?
        if let m = names.longestMatches(in: text).first(where: { $0.payload != Self.notAName }) {
            let c = directory.compounds[m.payload]
            a.compound = c.id; a.compoundName = c.name
            buildingAndUnit = Self.buildingAndUnit(in: text, at: m.end)
            // The name itself may hold numbers (汉口道6号): read the rest without it.
            text = CharacterPresence.replacing(m.phrase, with: " ", in: text)
        } else if let (compound, end) = shorthand(in: text) {
            let c = directory.compounds[compound]
            a.compound = c.id; a.compoundName = c.name
            buildingAndUnit = Self.buildingAndUnit(in: text, at: end)
        }
        let marks = Marks(text)
        if let id = a.compound, directory.compound(id: id)?.village == true {
            // The village has groups and house numbers (`李家墩村湾3组12号`), not buildings and rooms. (Only here is the
            // text bridged to `NSString` for the patterns: every group message's sender is read, and bridging it was
            // some 750 instructions a read — docs/performance.md, seventy-third pass.)
            let ns = text as NSString
            let whole = NSRange(location: 0, length: ns.length)
            func number(_ m: NSTextCheckingResult, _ i: Int) -> Int? {
                let r = m.range(at: i)
                return r.location == NSNotFound ? nil : ChineseNumber.parse(ns.substring(with: r))
            }
            if marks.group, let m = Self.villageGroup.firstMatch(in: text, range: whole) { a.villageGroup = number(m, 1) }
            if marks.house, let m = Self.house.firstMatch(in: text, range: whole) { a.house = number(m, 1) }
        }
        if a.house != nil || a.villageGroup != nil {
            if marks.building, let n = Self.numeral(before: Self.buildingMarks, in: text) { a.building = ChineseNumber.parse(n) }
        } else if marks.dash, let (b, u, r) = Self.shortForm(in: text) {
            a.building = ChineseNumber.parse(b); a.unit = ChineseNumber.parse(u); a.room = ChineseNumber.parse(r)
        } else if let (b, u) = buildingAndUnit {
            a.building = ChineseNumber.parse(b); a.unit = ChineseNumber.parse(u)
            if marks.room { a.room = Self.room(in: text) }
        } else {
            if marks.building, let n = Self.numeral(before: Self.buildingMarks, in: text) { a.building = ChineseNumber.parse(n) }
            if marks.unit, let n = Self.numeral(before: Self.unitMarks, in: text) { a.unit = ChineseNumber.parse(n) }
            if marks.room { a.room = Self.room(in: text) }
        }
        if let p = places.longestMatches(in: text).first { a.place = p.payload }
        return a
    }

    /// The first short form `3-2-502` in `text`: the three numbers' digits, as the pattern
    /// `(?<![0-9])([0-9]{1,3})-([0-9]{1,2})-([0-9]{3,4})(?![0-9])` finds them first — a run of one to three ASCII
    /// digits, `-`, a run of one or two, `-`, a run of three or four, each run whole (no digit before or after it).
    ///
    /// Read byte by byte: ASCII digits and `-` are one byte each in UTF-8 and no byte of another character is one
    /// of them, so the runs are the pattern's. Every group message's sender (`3-1-201 住户`) is read for its home,
    /// and the `NSRegularExpression` search with its three `NSString` substrings was 20,000 instructions a message
    /// in relay ingest (docs/performance.md, twenty-third pass).
    static func shortForm(in text: String) -> (building: String, unit: String, room: String)? {
        let bytes = Array(text.utf8)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        /// The end of the run of digits starting at `i`.
        func runEnd(_ i: Int) -> Int { var j = i; while isDigit(j) { j += 1 }; return j }
        func digits(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        var start = 0
        while start < bytes.count {
            guard isDigit(start) else { start += 1; continue }
            let end1 = runEnd(start)
            defer { start = end1 }
            guard end1 - start <= 3, end1 < bytes.count, bytes[end1] == UInt8(ascii: "-"), isDigit(end1 + 1) else { continue }
            let end2 = runEnd(end1 + 1)
            guard end2 - (end1 + 1) <= 2, end2 < bytes.count, bytes[end2] == UInt8(ascii: "-"), isDigit(end2 + 1) else { continue }
            let end3 = runEnd(end2 + 1)
            guard (3...4).contains(end3 - (end2 + 1)) else { continue }
            return (digits(start, end1), digits(end1 + 1, end2), digits(end2 + 1, end3))
        }
        return nil
    }

    /// The numeral (``numeral``'s characters, one to four) right before one of `marks`, white space between allowed
    /// (`3栋`, `十二 单元`), as the pattern `(numeral)\s*(?:…)` finds it first: the first run of numeral characters
    /// followed by a mark, its last four characters where it is longer (`12345栋` is 2345). `NSRegularExpression`'s
    /// whitespace is Unicode's (`Unicode.Scalar.Properties.isWhitespace`).
    ///
    /// Read scalar by scalar: each report of a fault at a building (`3栋1单元电梯坏了`) was searched for its building
    /// and unit with `NSRegularExpression`, some 10,000 instructions a search (docs/performance.md, sixtieth pass).
    ///
    /// The line's own scalar view is walked and the numeral is its slice, copied once: copying the scalars into an
    /// array and appending the numeral's to a new `String` was some 3,500 instructions a call (sixty-first pass).
    static func numeral(before marks: [[Unicode.Scalar]], in text: String) -> String? {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            guard isNumeral(scalars[start]) else { scalars.formIndex(after: &start); continue }
            let end = scalars[start...].firstIndex { !isNumeral($0) } ?? scalars.endIndex
            defer { start = end }
            let mark = scalars[end...].firstIndex { !TextNormalizer.isWhitespace($0) } ?? scalars.endIndex
            guard marks.contains(where: { scalars[mark...].starts(with: $0) }) else { continue }
            return String(scalars[(scalars.index(end, offsetBy: -4, limitedBy: start) ?? start)..<end])
        }
        return nil
    }

    /// A room after its building or unit in figures (`2单元502`) or spoken digit by digit, as voice input writes it
    /// (`一单元三零二`), or before a room's mark (`601室`, `302号`); not a numbered thing of the building (`2号梯`, `3号门`,
    /// `1号线`). What the pattern `(numeral)\s*(?:室|号房|房|号(?![楼梯门线]))|(?:栋|幢|号楼|单元)\s*([0-9]{3,4})(?![0-9])|
    /// (?:栋|幢|号楼|单元)\s*([零〇幺一二三四五六七八九]{3,4})(?![零〇幺一二三四五六七八九十百])` found first, read as a number:
    /// - a run of numeral characters, its last four where it is longer (only there can the pattern's `{1,4}` end at the
    ///   run's end), then white space and `室`, `房` or `号` not before `楼`, `梯`, `门` or `线` (`号房` is `号` before `房`);
    /// - or `栋`, `幢`, `号楼` or `单元`, white space, then a whole run of three or four ASCII digits, or of three or four
    ///   spoken digits (幺 is 1) with neither `十` nor `百` after it.
    /// The two kinds begin at different characters, so the first place either is found is the pattern's first match.
    /// White space is Unicode's, as in ``numeral(before:in:)``.
    ///
    /// Read scalar by scalar, each compared in a `switch`, over an array of the line's scalars: the search was some
    /// 13,500 instructions on each line holding one of a room's marks (787 of the relay bench's 2,000 messages), and
    /// the sixty-first pass's scan, which asked `starts(with:)` of each mark at every scalar, cost more than it; this
    /// one some 2,300 (docs/performance.md, sixty-second pass).
    static func room(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        /// The end of the run from `i` of scalars that `isIn` takes.
        func runEnd(from i: Int, of isIn: (Unicode.Scalar) -> Bool) -> Int {
            var end = i
            while end < scalars.count, isIn(scalars[end]) { end += 1 }
            return end
        }
        // (A Han character is not asked its properties: ``TextNormalizer/isWhitespace(_:)``.)
        func pastWhitespace(_ i: Int) -> Int { runEnd(from: i, of: TextNormalizer.isWhitespace) }
        func scalar(at i: Int) -> Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }
        func number(_ range: Range<Int>) -> Int? { ChineseNumber.parse(String(String.UnicodeScalarView(scalars[range]))) }
        var i = 0
        while i < scalars.count {
            if isNumeral(scalars[i]) {
                let end = runEnd(from: i, of: isNumeral), mark = pastWhitespace(end)
                switch (scalar(at: mark), scalar(at: mark + 1)) {
                case ("号", "楼"), ("号", "梯"), ("号", "门"), ("号", "线"): break
                case ("室", _), ("房", _), ("号", _): return number(max(i, end - 4)..<end)
                default: break
                }
                i = end
                continue
            }
            var next = i + 1
            switch (scalars[i], scalar(at: next)) {
            case ("栋", _), ("幢", _): break
            case ("号", "楼"), ("单", "元"): next += 1
            default: i = next; continue
            }
            let digits = pastWhitespace(next)
            let figures = runEnd(from: digits) { ("0"..."9" as ClosedRange<Unicode.Scalar>).contains($0) }
            if (3...4).contains(figures - digits) { return number(digits..<figures) }
            let spoken = runEnd(from: digits) { SpokenDigit.value(of: $0) != nil }
            if (3...4).contains(spoken - digits), scalar(at: spoken) != "十", scalar(at: spoken) != "百" {
                return scalars[digits..<spoken].reduce(0) { $0 * 10 + SpokenDigit.value(of: $1)! }
            }
            i = next
        }
        return nil
    }


    /// Whether `scalar` is one of ``numeral``'s characters.
    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9" as ClosedRange<Unicode.Scalar>).contains(scalar) || numeralCharacters.contains(scalar)
    }

    /// ``numeral``'s characters besides the ASCII digits.
    private static let numeralCharacters: [Unicode.Scalar] = ["零", "〇", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百"]

    /// The city's first character, which before `汉` and a figure makes the city's name, not 汉口道6号's shorthand.
    private static let city = Array("武".utf8)

    /// The compound whose ``CommunityDirectory/Compound/shorthand`` `text` writes before a figure (`奥3-1-1602`,
    /// `泊12-1楼道灯`), and the UTF-8 offset after the character; the first such in the line. The character may also
    /// stand as a word of its own, a space before the figure, when a home follows (`泊 12-1-302 卜婆婆`, `泊 12-1`, as
    /// staff type after the date); failing both, the first shorthand standing between spaces (``shorthandWord(in:)``).
    ///
    /// Read byte by byte, at each ASCII digit: every group message's sender is read for its home, and most lines
    /// hold no shorthand.
    private func shorthand(in text: String) -> (compound: Int, end: Int)? {
        guard !shorthands.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        for i in bytes.indices where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
            if let found = shorthands.first(where: { $0.bytes.count <= i && bytes[(i - $0.bytes.count)..<i].elementsEqual($0.bytes) }),
               !Self.city.elementsEqual(bytes[max(0, i - found.bytes.count - Self.city.count)..<(i - found.bytes.count)]) {
                // (Not the city's name before a figure: `浙江9年 武汉5年` is no building of 汉口道6号.)
                return (found.compound, i)
            }
            if i > 0, bytes[i - 1] == UInt8(ascii: " "), Self.buildingAndUnit(in: text, at: i) != nil || Self.dashedHome(bytes, at: i),
               let found = shorthands.first(where: { word in
                   let start = i - 1 - word.bytes.count
                   return start >= 0 && bytes[start..<(i - 1)].elementsEqual(word.bytes) && (start == 0 || bytes[start - 1] == UInt8(ascii: " "))
               }) {
                return (found.compound, i)
            }
        }
        return shorthandWord(in: bytes)
    }

    /// The compound whose shorthand stands as a word of its own, spaces around it or the line's start before it, and the
    /// UTF-8 offset after it (`1月29日周一下午 桃 南门外公交站坡道 …`, as staff type after the date).
    private func shorthandWord(in bytes: [UInt8]) -> (compound: Int, end: Int)? {
        let space = UInt8(ascii: " ")
        // A line without a space holds no such word: spared the scan for each shorthand.
        guard bytes.contains(space) else { return nil }
        for word in shorthands {
            var start = 0
            while start + word.bytes.count < bytes.count {
                let end = start + word.bytes.count
                if (start == 0 || bytes[start - 1] == space) && bytes[end] == space && bytes[start..<end].elementsEqual(word.bytes) {
                    return (word.compound, end)
                }
                start += 1
            }
        }
        return nil
    }

    /// Whether figures, a dash, figures, a dash and figures begin at the UTF-8 offset `start` (`12-1-302`): a home
    /// written short.
    private static func dashedHome(_ bytes: [UInt8], at start: Int) -> Bool {
        func isDigit(_ i: Int) -> Bool { i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        var i = start, parts = 0
        while parts < 3 {
            let begin = i
            while isDigit(i) { i += 1 }
            guard i > begin else { return false }
            parts += 1
            if parts < 3 { guard i < bytes.count, bytes[i] == UInt8(ascii: "-") else { return false }; i += 1 }
        }
        return true
    }

    /// `17-3` at the UTF-8 offset `start` of `text`: a building and a unit, one or two figures each, neither run
    /// going on in a figure, and no third part (`17-3-1402` is ``shortForm(in:)``'s) nor `栋` or `号` after (`1-2栋之间`
    /// is two buildings; `泊10-2楼道灯` is a building and unit).
    static func buildingAndUnit(in text: String, at start: Int) -> (building: String, unit: String)? {
        let bytes = Array(text.utf8)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) }
        func runEnd(_ i: Int) -> Int { var j = i; while isDigit(j) { j += 1 }; return j }
        var first = start
        while first < bytes.count, bytes[first] == UInt8(ascii: " ") { first += 1 }
        let end1 = runEnd(first)
        guard (1...2).contains(end1 - first), end1 < bytes.count, bytes[end1] == UInt8(ascii: "-") else { return nil }
        let end2 = runEnd(end1 + 1)
        guard (1...2).contains(end2 - (end1 + 1)) else { return nil }
        let after = String(decoding: bytes[end2...], as: UTF8.self)
        // (`桃7-2-三四楼楼道灯`: floors in words after the unit; a third part in figures is a room.)
        if after.hasPrefix("-") && isDigit(end2 + 1) || ["栋", "幢", "号"].contains(where: after.hasPrefix) { return nil }
        return (String(decoding: bytes[first..<end1], as: UTF8.self), String(decoding: bytes[(end1 + 1)..<end2], as: UTF8.self))
    }

    /// A compound-like name in `text` that is not in the directory (`奥体花园`), if any.
    public func unknownCompound(in text: String) -> String? {
        let text = TextNormalizer.normalize(text)
        let ns = text as NSString
        for m in Self.compoundLike.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let candidate = ns.substring(with: m.range(at: 1))
            // "我们小区", "这个小区" are not names; nor are "全小区", "各小区", "隔壁小区", "对面小区".
            if candidate.contains(where: { "我你他她们这那本该个的在了是有到去全整各每其别隔壁对面旁边附近".contains($0) }) { continue }
            let known = directory.compounds.contains { c in c.allNames.contains { candidate.contains($0) || $0.contains(candidate) } }
            let isPlace = directory.places.contains { candidate.contains($0) }
            if !known && !isPlace { return candidate }
        }
        return nil
    }

    /// Compound names sharing the most characters with `name`, best first.
    public func suggestions(for name: String) -> [String] {
        let chars = Set(name)
        let scored = directory.compounds.map { c -> (String, Int) in
            (c.name, c.allNames.map { Set($0).intersection(chars).count }.max() ?? 0)
        }
        return scored.filter { $0.1 >= 2 }.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// The outcome of checking an address against the directory.
    public enum Check: Equatable, Sendable {
        /// Usable as it is (the compound may have been inferred from the building).
        case valid(Address)
        /// Valid so far, but the compound must be asked for: several compounds have this building.
        case needsCompound(Address, candidates: [String])
    }

    /// Checks `address` against the directory: the compound exists, the building, unit and room exist in it.
    /// With `text`, an unknown compound name in it is reported with suggestions.
    public func check(_ address: Address, text: String? = nil) throws(AddressError) -> Check {
        if address.compound == nil, let text, let unknown = unknownCompound(in: text) {
            throw .unknownCompound(unknown, suggestions: suggestions(for: unknown))
        }
        guard !address.isEmpty else { throw .empty }
        var a = address
        guard let compoundID = a.compound else {
            guard let building = a.building else {
                return .needsCompound(a, candidates: directory.compounds.map(\.name))
            }
            let having = directory.compounds.filter { c in c.buildings.map { ($0.from...$0.to).contains(building) } ?? false }
            switch having.count {
            case 0: throw .noSuchBuilding(compound: "", building: building, range: nil)
            case 1:
                a.compound = having[0].id; a.compoundName = having[0].name
                return try check(a)
            default:
                return .needsCompound(a, candidates: having.map(\.name))
            }
        }
        guard let compound = directory.compound(id: compoundID) else {
            throw .unknownCompound(compoundID, suggestions: [])
        }
        a.compoundName = compound.name
        guard let layout = compound.buildings else { return .valid(a) }   // the village has no numbered layout
        if let b = a.building {
            guard (layout.from...layout.to).contains(b) else {
                throw .noSuchBuilding(compound: compound.name, building: b, range: layout.from...layout.to)
            }
            if let u = a.unit, !(1...layout.units).contains(u) {
                throw .noSuchUnit(compound: compound.name, building: b, unit: u, units: layout.units)
            }
        }
        if let room = a.room {
            let floor = room / 100, index = room % 100
            guard (1...layout.floors).contains(floor), (1...layout.roomsPerFloor).contains(index) else {
                throw .noSuchRoom(compound: compound.name, room: room, floors: layout.floors, roomsPerFloor: layout.roomsPerFloor)
            }
        }
        return .valid(a)
    }
}
