import Foundation

/// Staff at the counter recording one thing done and then reporting another (`奥园 巡查 广场那个漫步机修好了 另 广场东边的
/// 篮球架 篮板松了`, `村湾 东头堰塘 铁丝网拉好了 … 另 塘边那条路的路灯 … 请社区报市政`): the record asks nothing, and
/// ``WorkRecord`` would keep the whole line as one; the matter after `另` is a request of its own.
extension Desk {
    /// The reply to the request after a record, or nil when `text` is not a record followed by another matter.
    func recordThenRequest(_ text: String, message: Message) -> Reply? {
        guard message.channel == .desk, let (record, rest) = Self.anotherMatterAfterARecord(text),
              WorkRecord.says(record) || FixNews.says(record), !WorkRecord.says(rest) else { return nil }
        var reply = freeText(withTheRecordsCompound(rest, record: record), message: message)
        guard reply.status != .ignored else { return nil }
        reply.text = "（「\(DisplayWidth.truncate(record, to: 20))」是已经办完的情况，不用开工单。）\n" + reply.text
        return reply
    }

    /// The request with the compound the record opened with (`村湾 东头堰塘 铁丝网拉好了 另 塘边那条路的路灯…`: the lamp
    /// is the village's), unless it names one of its own.
    private func withTheRecordsCompound(_ rest: String, record: String) -> String {
        let names = directory.compounds.flatMap(\.allNames)
        guard let first = record.split(separator: " ").first.map(String.init), names.contains(first),
              !names.contains(where: rest.contains) else { return rest }
        return first + " " + rest
    }

    /// `text` cut before the word that opens another matter (`另`, `另外`, `另报`), when that word follows a space or a
    /// pause and both sides say something.
    static func anotherMatterAfterARecord(_ text: String) -> (record: String, rest: String)? {
        // (Every line at the counter comes here: most have no `另`, found without a search for each opener.)
        guard text.unicodeScalars.contains("另") else { return nil }
        for opener in recordOpeners {
            var search = text.startIndex..<text.endIndex
            while let found = text.range(of: opener, range: search) {
                search = found.upperBound..<text.endIndex
                guard found.lowerBound > text.startIndex, recordPauses.contains(text[text.index(before: found.lowerBound)]) else { continue }
                let record = String(text[..<found.lowerBound]).trimmingSpaces, rest = String(text[found.upperBound...]).trimmingSpaces
                guard record.count >= 4, rest.count >= 4 else { continue }
                return (record, rest)
            }
        }
        return nil
    }

    /// Words that open another matter after a record (`另 …`, `另外 …`, `另报一件 …`), longest first.
    private static let recordOpeners = ["另报一件", "另一件", "另外", "另报", "另 ", "另：", "另:", "另，", "另,"]
    /// What comes before such a word: a space or a pause.
    private static let recordPauses: Set<Character> = [" ", "，", ",", "。", "；", ";", "　"]
}
