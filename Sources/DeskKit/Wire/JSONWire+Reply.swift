import Foundation

extension JSONWire {
    /// Reads an output object back into a reply: what a station client does with the server's answer.
    public static func decodeReply(_ line: String) throws(DeskError) -> (reply: Reply, id: String?) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
              let statusText = object["status"] as? String, let status = Reply.Status(rawValue: statusText) else {
            throw DeskError("bad-reply", "服务器的回答不是有效的 JSON 回答对象")
        }
        var error: DeskError?
        if let e = object["error"] as? [String: Any] {
            error = DeskError(e["code"] as? String ?? "error", e["message"] as? String ?? "")
        }
        let reply = Reply(module: object["module"] as? String, status: status, caseID: object["case"] as? String,
                          text: object["reply"] as? String ?? "", error: error,
                          choices: object["choices"] as? [String] ?? [], quit: object["quit"] as? Bool ?? false)
        var several = reply
        several.cases = object["cases"] as? [String] ?? []
        return (several, object["id"] as? String)
    }

    /// The input object for `input`: what a station client sends.
    public static func encode(_ input: Input) -> String {
        var object: [String: Any] = ["text": input.text, "channel": input.channel.rawValue]
        if let group = input.group { object["group"] = group }
        if let sender = input.sender { object["sender"] = sender }
        if let id = input.id { object["id"] = id }
        if let time = input.time { object["time"] = ISO8601DateFormatter().string(from: time) }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
