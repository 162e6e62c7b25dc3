/// Who is on duty and when the stations open, typed at the counter for the record (`清明值班表 5日王网格 李网格 6日…`,
/// `五一排班 5月1日到5日驿站1 2 3每天上午开门 下午网格员轮值`): a notice staff keep, nothing to open and no question of
/// any service (`社保和认证咨询周二周四上午` in a station's timetable asks nothing about certification).
///
/// Not a rota of visits to an elder (`红十字队排班 每两天上门换药`: care arranged, the care service's record), nor a
/// resident asking when someone is on duty (`韩爹爹问春节值班 已给值班表`: a question answered).
enum StationRoster {
    /// Whether staff's `text` is a station's timetable or duty roster.
    static func says(_ text: String) -> Bool {
        let present = CharacterPresence(text)
        guard !present.containsAny(of: asked) else { return false }
        // (A station named: `小王初三值班接着` beside a leak waiting for the neighbour `回来开门` is no roster.)
        return present.contains("值班表")
            || present.containsAny(of: ["排班", "值班"]) && present.contains("驿站") && present.containsAny(of: stationsOpenOrShut)
    }

    /// Words of the stations opened or shut, or watched in turns.
    private static let stationsOpenOrShut = ["开门", "关门", "轮值", "轮流值班", "全天开", "上午开", "下午开", "晚上开"]

    /// Words of someone asking.
    private static let asked = ["问", "？", "?"]
}
