/// A notice typed at the counter under its heading, after the day it is typed on (`5月28日周一上午 通知 今天起高温
/// 社区纳凉点开放 …`, `3月31日周四 通知：清明4月2日到4日放假 …`, `街道通知 居委会换届 …`): posted for the record,
/// nothing to open — whatever service its words name (`有空调` is no appliance to mend).
///
/// Not staff telling who was told (`已通知物业`, `通知了业主`): the heading stands first, after the day and a station's
/// or an estate's name.
enum NoticeHeading {
    /// Whether staff's `text` is headed as a notice.
    static func says(_ text: String) -> Bool {
        var rest = Substring(text).drop { dayCharacters.contains($0) || $0 == " " }
        if let place = places.first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(place.count).drop { $0 == " " }
        }
        guard let heading = headings.first(where: { rest.hasPrefix($0) }) else { return false }
        let after = rest.dropFirst(heading.count)
        return after.first.map { " ：:".contains($0) } ?? false
    }

    /// The characters of a day and a time of day written before a counter line (`5月28日周一上午`, `1/20`, `6.1 晚上`).
    private static let dayCharacters = Set("0123456789/.-月日号周星期一二三四五六七天上下午晚夜里早中凌晨")
    /// A station's or an estate's name written after the day.
    private static let places = ["驿站1", "驿站2", "驿站3", "奥园", "桃源", "泊林", "汉口道", "村湾", "奥", "桃", "泊", "汉"]
    /// Headings of a notice.
    private static let headings = ["通知", "街道通知", "区里通知", "社区通知"]
}
