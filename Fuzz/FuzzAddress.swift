// libFuzzer target: the community address parser, with a small directory.
import Foundation

let fuzzDirectory = CommunityDirectory(
    community: .init(name: "测试社区", shortName: "测试", district: "江岸区"),
    compounds: [
        .init(id: "a", name: "水印桃源", aliases: ["水印"], propertyCompany: nil,
              buildings: .init(from: 1, to: 12, units: 3, floors: 7, roomsPerFloor: 2, sample: true), village: nil),
        .init(id: "b", name: "汉口道6号", aliases: [], propertyCompany: nil,
              buildings: .init(from: 1, to: 6, units: 2, floors: 26, roomsPerFloor: 4, sample: true), village: nil),
        .init(id: "c", name: "李家墩村湾", aliases: ["村湾"], propertyCompany: nil, buildings: nil, village: true),
    ],
    places: ["东门", "地下车库", "口袋公园"], stations: [], grids: [], organisations: [], teams: [], groups: [], timeLimits: [])
let fuzzParser = AddressParser(directory: fuzzDirectory)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAddress(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let address = fuzzParser.read(text)
    if case .valid(let a)? = try? fuzzParser.check(address, text: text), let room = a.room, a.compound == "a" {
        precondition(room / 100 >= 1 && room / 100 <= 7, "room \(room) accepted")
    }
    _ = ChineseNumber.parse(text)
    return 0
}
