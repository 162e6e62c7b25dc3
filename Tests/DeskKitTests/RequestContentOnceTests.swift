@testable import DeskKit
import DeskTesting
import Foundation
import Testing

/// What the desk must keep now that a line's request content (``Desk/requestContent(_:)``) is read once in
/// ``Desk/freeText(_:message:)`` and handed to ``Desk/isAPiece(_:content:message:)``, where a group's request was read
/// three times (docs/performance.md, fifty-first pass): whether a line is a piece of a request to come answers as the
/// start's function for every line of the forty-four development corpora (as written and as the desk reads it) and
/// for lines made of a home's parts and places, in a group and at the counter; the content read again is the content
/// read before; the parts of a home are the start's. Behaviour, not timing.
@Suite("A line's request content read once")
struct RequestContentOnceTests {
    let desk: TestDesk
    init() throws { desk = try TestDesk(modules: []) }

    /// The text column of the development corpora (`understanding-eval.tsv`, `-2` … `-44`), as written and as
    /// ``Desk/readable(_:)`` makes it.
    static let corpusLines = DevelopmentCorpusLines.lines(through: 44)

    /// ``Desk``'s parts of a home, as the start had them.
    static let partsOfAHome = ["卫生间", "洗手间", "厨房", "厕所", "阳台", "客厅", "卧室", "房间", "楼道", "屋里", "家里", "我屋",
                               "我家", "我们", "这栋", "这个", "那个", "的", "是", "在"]

    /// Lines made of the parts and places, alone, together and with a fault: pieces and requests, short and long.
    static let madeLines: [String] = {
        let places = ["", "5栋2单元301", "水印桃源", "3-2-502", "村湾3组12号", "他叫王德福 ", "B区127号车位"]
        let tails = ["", "漏水了", "灯不亮", "？", " 厨房", "的那个", "在吗", "👍", "好好好好好好好好好好好好"]
        var lines: [String] = []
        for place in places {
            for part in partsOfAHome + ["", "卫生", "厨", "我屋厕所"] {
                for tail in tails { lines.append(place + part + tail) }
            }
        }
        return lines
    }()

    /// The start's `isAPiece(_:message:)`, verbatim but for the parts of a home named here.
    func isAPieceAsAtTheStart(_ text: String, message: Message) -> Bool {
        guard message.channel == .group, text.count <= 16 else { return false }
        var rest = desk.desk.requestContent(text)
        var present = CharacterPresence(rest)
        for part in Self.partsOfAHome where present.contains(part) {
            rest = CharacterPresence.replacing(part, with: "", in: rest)
            present = CharacterPresence(rest)
        }
        return rest.isEmpty
    }

    @Test func theCorporaAreRead() {
        #expect(Self.corpusLines.count > 30_000)
    }

    @Test func aPieceIsToldAsAtTheStart() {
        let group = Message("", channel: .group, operatorName: "群", requester: Requester(sender: "5栋-小李"), group: "水印桃源1群")
        let counter = Message("", operatorName: "小王")
        var pieces = 0, requests = 0
        for line in Self.corpusLines + Self.madeLines {
            let content = desk.desk.requestContent(line)
            for message in [group, counter] {
                let start = isAPieceAsAtTheStart(line, message: message)
                #expect(desk.desk.isAPiece(line, content: content, message: message) == start, "\(line)")
                #expect(desk.desk.isAPiece(line, message: message) == start, "\(line)")
                if start { pieces += 1 } else if message.channel == .group && !content.isEmpty { requests += 1 }
            }
        }
        // Both answers occur.
        #expect(pieces > 100)
        #expect(requests > 1_000)
    }

    /// The content is a function of the line alone: read again, it is what it was (so one reading serves every check).
    @Test func theContentReadAgainIsTheSame() {
        for line in Self.corpusLines + Self.madeLines {
            #expect(desk.desk.requestContent(line) == desk.desk.requestContent(line), "\(line)")
        }
    }

    @Test func thePartsAreTheStarts() {
        #expect(Desk.partsOfAHome == Self.partsOfAHome)
    }
}
