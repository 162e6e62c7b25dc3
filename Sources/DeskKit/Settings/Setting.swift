import Foundation

/// A value a module lets the community change without a new build (`高风险周期 7天`), declared in
/// ``ServiceModule/settings`` with its default in code.
///
/// Overrides come from `seeds/<module>/settings.yaml` (a map of setting names to values, applied when the file
/// changes) and from staff at the prompt: `设置 care-visits 高风险周期 7天` (English `set`; a 社区干部 when roles
/// are on). Every change is recorded in `settingChanges` with the operator and time; a bad value is refused with
/// a Chinese error naming the setting and changes nothing. `设置` alone lists every setting, `设置 <模块>` one
/// module's. A module reads the current value, typed, with `context.settings[Self.highRisk]`.
///
/// ```swift
/// static let highRisk = Setting("高风险周期", default: Days(7), summary: "高风险老人多少天走访一次", range: 1...90)
/// var settings: [any SettingDeclaration] { [Self.highRisk] }
/// ```
public struct Setting<Value: SettingValue>: SettingDeclaration {
    /// The Chinese name staff type (`高风险周期`); unique within the module.
    public let name: String
    public let defaultValue: Value
    /// One line saying what it changes, shown by `设置`.
    public let summary: String
    let check: @Sendable (Value) throws(DeskError) -> Void

    /// - Parameter check: refuses a value that reads but does not make sense (throw a ``DeskError`` saying why).
    public init(_ name: String, default defaultValue: Value, summary: String,
                check: @escaping @Sendable (Value) throws(DeskError) -> Void = { _ in }) {
        self.name = name; self.defaultValue = defaultValue; self.summary = summary; self.check = check
    }

    /// Reads and checks `text` as this setting's value.
    public func value(from text: String) throws(DeskError) -> Value {
        let value: Value
        do { value = try Value(settingText: TextNormalizer.normalize(text)) } catch {
            throw DeskError("invalid-setting", "设置「\(name)」的值「\(Masking.redact(text))」无效：\(error.message)")
        }
        do { try check(value) } catch {
            throw DeskError("invalid-setting", "设置「\(name)」的值「\(Masking.redact(text))」无效：\(error.message)")
        }
        return value
    }

    public var defaultText: String { defaultValue.settingText }
    public func canonical(_ text: String) throws(DeskError) -> String { try value(from: text).settingText }
}

extension Setting where Value: Comparable {
    /// A setting whose value must lie within `range` (`1天`…`90天`).
    public init(_ name: String, default defaultValue: Value, summary: String, range: ClosedRange<Value>) {
        self.init(name, default: defaultValue, summary: summary) { (value: Value) throws(DeskError) in
            guard range.contains(value) else {
                throw DeskError("invalid-setting", "应在 \(range.lowerBound.settingText) 到 \(range.upperBound.settingText) 之间")
            }
        }
    }
}

/// A ``Setting`` seen without its value type: what the kernel lists, checks and stores.
public protocol SettingDeclaration: Sendable {
    var name: String { get }
    var summary: String { get }
    /// The default, as staff would type it (`7天`).
    var defaultText: String { get }
    /// `text` read, checked and written back the standard way (`一周` → `7天`); throws a Chinese error naming
    /// the setting when it is not a valid value.
    func canonical(_ text: String) throws(DeskError) -> String
}

/// A type a setting can hold: read from what staff type and written back the same way.
public protocol SettingValue: Sendable, Equatable {
    /// Reads `text` (already NFKC-normalised); throws a ``DeskError`` saying what a valid value looks like.
    init(settingText text: String) throws(DeskError)
    /// The value as staff type it (`7天`).
    var settingText: String { get }
}

/// A number of days: `7天`, `7`, `一周`/`1周` (7), `两周` (14), `一个月`/`1月` (30).
public struct Days: SettingValue, Comparable, Hashable, CustomStringConvertible {
    public let count: Int

    public init(_ count: Int) { self.count = count }

    public init(settingText text: String) throws(DeskError) {
        let t = text.replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("个月", 30), ("天", 1), ("日", 1), ("周", 7), ("星期", 7), ("月", 30)]
        for (unit, days) in units where t.hasSuffix(unit) {
            let number = String(t.dropLast(unit.count))
            guard let n = number.isEmpty ? 1 : Int(number) ?? ChineseNumber.parse(number) else { break }
            self.init(n * days); return
        }
        if let n = Int(t) { self.init(n); return }
        throw DeskError("invalid-setting", "请写天数，例如 7天、两周、一个月")
    }

    public var settingText: String { "\(count)天" }
    public var description: String { settingText }
    public static func < (a: Days, b: Days) -> Bool { a.count < b.count }
}

extension Int: SettingValue {
    public init(settingText text: String) throws(DeskError) {
        guard let n = Int(text) ?? ChineseNumber.parse(text) else { throw DeskError("invalid-setting", "请写一个整数") }
        self = n
    }
    public var settingText: String { String(self) }
}

extension String: SettingValue {
    public init(settingText text: String) throws(DeskError) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw DeskError("invalid-setting", "不能为空") }
        self = t
    }
    public var settingText: String { self }
}

extension Bool: SettingValue {
    public init(settingText text: String) throws(DeskError) {
        switch text.lowercased() {
        case "是", "开", "打开", "启用", "on", "yes", "true": self = true
        case "否", "关", "关闭", "停用", "off", "no", "false": self = false
        default: throw DeskError("invalid-setting", "请写 开 或 关")
        }
    }
    public var settingText: String { self ? "开" : "关" }
}

extension TimeOfDay: SettingValue {
    /// `8:00`, `08:30`, `8点`, `8点半`.
    public init(settingText text: String) throws(DeskError) {
        let t = text.replacingOccurrences(of: "点半", with: ":30").replacingOccurrences(of: "点", with: ":00")
            .replacingOccurrences(of: ":00:", with: ":").replacingOccurrences(of: "：", with: ":")
        let parts = t.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let h = parts[0], let m = parts[1], (0...23).contains(h), (0...59).contains(m) else {
            throw DeskError("invalid-setting", "请写时间，例如 08:00 或 8点半")
        }
        self.init(h, m)
    }
    public var settingText: String { description }
}
