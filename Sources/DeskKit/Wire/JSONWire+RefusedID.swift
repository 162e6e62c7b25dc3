import Foundation

extension JSONWire {
    /// The `id` of an input line that ``decode(_:now:)`` refused, when the line is still a JSON object with a
    /// string `id` (a bad time, a missing `text` or `group`, a key given twice); nil for a line that is not an
    /// object at all. Error records carry it, so that whoever sent the line can tell which message failed.
    public static func id(ofRefused line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{"),
              let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else { return nil }
        return object["id"] as? String
    }
}
