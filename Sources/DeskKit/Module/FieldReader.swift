import Foundation

/// Reads a person's answer for a field with the parser its kind calls for, then the field's own check.
enum FieldReader {
    /// What an answer gave.
    enum Reading: Equatable {
        case value(FieldValue)
        /// Valid so far but incomplete (an address without its compound): keep it and ask `question`.
        case partial(FieldValue, question: String, choices: [String])
    }

    static let maxText = 2000

    static func read(_ answer: String, for field: Field, partial: FieldValue?, context: PrefillContext) throws(DeskError) -> Reading {
        let text = answer.trimmingSpaces
        guard !text.isEmpty else { throw invalid(field, "没有填写") }
        let value: FieldValue
        do {
            switch field.kind {
            case .text, .longText:
                guard text.count <= maxText else { throw invalid(field, "太长（\(text.count)字，最多\(maxText)字）") }
                value = .text(text)
            case .integer:
                let digits = text.trimmingCharacters(in: CharacterSet(charactersIn: "个人名位次年小时分天岁"))
                guard let n = ChineseNumber.parse(digits) else { throw invalid(field, "「\(text)」不是整数") }
                value = .integer(n)
            case .money:
                value = .money(try Money.parse(text))
            case .datetime:
                value = .datetime(try DateParser.parse(text, today: context.today))
            case .yearMonth:
                value = .yearMonth(try readYearMonth(text, field: field))
            case .address(let home):
                return try readAddress(text, field: field, home: home, partial: partial?.address, context: context)
            case .phone:
                value = .phone(try PhoneNumber(text))
            case .idNumber:
                value = .idNumber(try CitizenID(text, today: context.today))
            case .choice(let choices):
                guard let c = match(text, in: choices) else {
                    throw invalid(field, "「\(text)」不在可选项中（\(choices.map(\.name).joined(separator: "、"))）")
                }
                value = .choice(c.key)
            case .choices(let choices):
                let parts = text.split(whereSeparator: { "、,， ;；".contains($0) }).map(String.init)
                var keys: [String] = []
                for p in parts {
                    guard let c = match(p, in: choices) else {
                        throw invalid(field, "「\(p)」不在可选项中（\(choices.map(\.name).joined(separator: "、"))）")
                    }
                    if !keys.contains(c.key) { keys.append(c.key) }
                }
                value = .choices(keys)
            }
        } catch let error as DeskError {
            throw error
        } catch {
            throw invalid(field, "\(error)")
        }
        try check(value, for: field, context: context)
        return .value(value)
    }

    /// Runs the field's own validation on a value that came from free text or an answer.
    static func check(_ value: FieldValue, for field: Field, context: PrefillContext) throws(DeskError) {
        switch (field.kind, value) {
        case (.integer(let range), .integer(let n)) where !range.contains(n):
            throw invalid(field, "应在 \(range.lowerBound)–\(range.upperBound) 之间，这里是 \(n)")
        case (.money(let allowZero), .money(let m)) where !allowZero && m.fen <= 0:
            throw invalid(field, "金额必须大于零")
        case (.choice(let choices), .choice(let key)) where !choices.contains(where: { $0.key == key }):
            throw invalid(field, "「\(key)」不在可选项中")
        default:
            break
        }
        guard let validate = field.validate else { return }
        do {
            try validate(value, context)
        } catch let error as DeskError {
            throw error
        } catch {
            throw invalid(field, "\(error)")
        }
    }

    /// Checks an address read from free text or an answer against the directory.
    static func readAddress(_ text: String, field: Field, home: Bool, partial: Address?, context: PrefillContext) throws(DeskError) -> Reading {
        var address = context.addresses.read(text)
        if let partial { address = address.filled(from: partial) }
        // In a compound's WeChat group, the group's name tells the compound.
        if address.compound == nil, !address.isEmpty, let group = context.group,
           let compound = context.directory.compound(forGroup: group) {
            address.compound = compound.id; address.compoundName = compound.name
        }
        let checked: AddressParser.Check
        do {
            checked = try context.addresses.check(address, text: text)
        } catch let error where (context.channel == .group || context.urgent) && address.compound != nil && error.isLayout {
            // A resident's address outside the directory's layout (which may be sample data) is taken and
            // flagged for staff: a report is never dropped for it, and an emergency never waits on it.
            var flagged = address
            flagged.unverified = error.description
            flagged.compoundName = flagged.compoundName ?? context.directory.compound(id: address.compound!)?.name
            return .value(.address(flagged))
        } catch {
            throw invalid(field, error.description)
        }
        switch checked {
        case .valid(let a):
            if home && !a.isHousehold && a.place == nil {
                return .partial(.address(a), question: "请问是几栋几单元几室？例如 3栋2单元502 或 3-2-502", choices: [])
            }
            try check(.address(a), for: field, context: context)
            return .value(.address(a))
        case .needsCompound(let a, let candidates):
            let where_ = a.building.map { "\($0)栋" } ?? "这个地址"
            return .partial(.address(a), question: "请问\(where_)是哪个小区？（\(candidates.joined(separator: "、"))）", choices: candidates)
        }
    }

    static func readYearMonth(_ text: String, field: Field) throws(DeskError) -> YearMonth {
        let n = TextNormalizer.normalize(text)
        guard let r = n.range(of: #"^([0-9]{4})\s*(?:年|-|/|\.)?\s*([0-9]{1,2})\s*月?(?:份|出生|生)?$"#, options: .regularExpression) else {
            throw invalid(field, "「\(text)」不是年月，请写成 1968年3月 或 1968-03")
        }
        let digits = n[r].split(whereSeparator: { !$0.isNumber })
        let (y, m): (Int, Int) = digits.count >= 2 ? (Int(digits[0])!, Int(digits[1])!)
            : (Int(digits[0].prefix(4))!, Int(digits[0].dropFirst(4)) ?? 0)
        guard let ym = YearMonth(year: y, month: m) else { throw invalid(field, "没有\(m)月") }
        return ym
    }

    /// The choice `text` names: by number (`1`), key, name or alias, a name found inside the text, or as people
    /// answer otherwise (``ChoiceAnswer``: `第一个`, `选2`, part of a name, `好的`).
    static func match(_ text: String, in choices: [Choice]) -> Choice? {
        let t = text.lowercased()
        if let n = Int(t), (1...choices.count).contains(n) { return choices[n - 1] }
        if let exact = choices.first(where: { $0.key.lowercased() == t || $0.name == text || $0.aliases.contains(text) }) { return exact }
        if let named = choices.first(where: { c in ([c.name] + c.aliases).contains { !$0.isEmpty && text.contains($0) } }) { return named }
        return ChoiceAnswer.index(text, names: choices.map(\.name), keys: choices.map(\.key)).map { choices[$0] }
    }

    static func invalid(_ field: Field, _ why: String) -> DeskError {
        DeskError("invalid-field", "\(field.name)：\(why)")
    }
}
