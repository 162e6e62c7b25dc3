/// Words that voice-to-text gets wrong when elders dictate to the group (`王哥员你好…`, `李网个 快来`, `我的空凋不出冷风了`):
/// put right before the line is read, so that the grid worker addressed and the thing named are heard.
/// Only slips that are no other word: `认真` (seriously) is left alone, though it is sometimes `认证` misheard.
enum SpokenSlips {
    /// `text` with the slips put right; `text` itself when it holds none.
    static func corrected(_ text: String) -> String {
        // Most lines hold none of the slips' first characters: they are returned as they are.
        guard text.unicodeScalars.contains(where: firstScalars.contains) else { return text }
        var text = text
        for (slip, word) in slips where text.contains(slip) {
            text = text.replacingOccurrences(of: slip, with: word)
        }
        return text
    }

    /// Each slip and the word meant, longest first (`王哥员` before `网个`).
    private static let slips: [(String, String)] = [
        ("王哥员", "网格员"), ("网哥员", "网格员"), ("王格员", "网格员"), ("网格元", "网格员"), ("网个员", "网格员"),
        ("王王格", "王网格"), ("网个", "网格"), ("空凋", "空调"), ("设保", "社保"), ("排水勾", "排水沟")]
    private static let firstScalars = Set(slips.compactMap { $0.0.unicodeScalars.first })
}
