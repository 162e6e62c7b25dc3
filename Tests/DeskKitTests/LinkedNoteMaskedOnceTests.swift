import DeskKit
import DeskTesting
import Foundation
import Testing

/// A second report of the same problem is linked to the open case with one event whose note names the reporter
/// (``CaseBook``'s `event`). The note is masked once and that one masked text is written both to the event and to
/// its search row: a whole mobile or ID number in a group nickname reaches neither, and searching the events finds
/// what the case's history shows.
@Suite("A linked report's note: masked once, the same in the event and its search row")
struct LinkedNoteMaskedOnceTests {
    @Test(arguments: ["王 13971234567", "李阿姨 420106195001010021", "张 139-7123-4567", "赵"])
    func theEventAndItsSearchRowHoldTheSameMaskedNote(sender: String) throws {
        let desk = try TestDesk(modules: [FaultModule()])
        let id = try #require(desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: "刘").caseID)
        let linked = desk.relay("故障 水印桃源5栋1单元的灯不亮", group: "水印桃源1群", sender: sender)
        #expect(linked.caseID == id)
        let event = try #require(try desk.events(id).last)
        #expect(event.kind == .linked)
        let note = try #require(event.note)
        #expect(note.hasPrefix(String(sender.split(separator: " ")[0])))   // names the reporter
        let rows = try desk.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM eventSearch WHERE rowid = ?", arguments: [event.id])
        }
        #expect(rows == [note])
        for number in ["13971234567", "420106195001010021", "139-7123-4567"] {
            #expect(!note.contains(number) && !rows.joined().contains(number))
        }
    }
}
