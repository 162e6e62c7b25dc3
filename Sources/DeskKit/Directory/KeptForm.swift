import Foundation

/// A seed's decoded value in the form ``DecodedSeeds`` keeps it in the database between starts: its fields in a
/// fixed order, as bytes, written and read by hand.
///
/// The kept form was JSON. `JSONDecoder` makes a keyed container for every `Codable` type it meets, and each new
/// container type costs the Swift runtime a walk of every protocol conformance of the static binary: the
/// community directory alone (eleven types) was a tenth of a `desk say 帮助` start, the emergencies' seed as much
/// again on the first line of free text (docs/performance.md, twenty-sixth pass). These readers build no generic
/// type, so no walk.
///
/// A field added to one of the types must be added to its `keep(in:)` and `init(kept:)` as well:
/// `KeptFormTests` compares each seed read back from its kept form with the same seed decoded from YAML, field
/// for field (through their JSON), so a field left out fails there as long as the repository's seeds set it.
protocol KeptSeed: Decodable {
    /// Reads the value `keep(in:)` wrote.
    init(kept: inout KeptReader) throws(KeptReader.Malformed)
    /// Writes the value's fields.
    func keep(in form: inout KeptWriter)
}

/// Writes a kept form: integers as 8 bytes little-endian, strings as their UTF-8 length and bytes, optionals
/// and booleans as a byte, arrays as their count and elements.
struct KeptWriter {
    private(set) var bytes: [UInt8] = []

    mutating func put(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 }
    }
    mutating func put(_ value: Double) { put(Int(Int64(bitPattern: value.bitPattern))) }
    mutating func put(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func put(_ value: String) {
        put(value.utf8.count)
        bytes += value.utf8
    }
    mutating func put<T: KeptSeed>(_ value: T) { value.keep(in: &self) }
    mutating func put<T>(_ values: [T], _ each: (inout KeptWriter, T) -> Void) {
        put(values.count)
        for value in values { each(&self, value) }
    }
    mutating func put<T>(_ value: T?, _ each: (inout KeptWriter, T) -> Void) {
        put(value != nil)
        if let value { each(&self, value) }
    }

    mutating func put(_ values: [String]) { put(values) { $0.put($1) } }
    mutating func put<T: KeptSeed>(_ values: [T]) { put(values) { $0.put($1) } }
    mutating func put(_ value: String?) { put(value) { $0.put($1) } }
    mutating func put(_ value: Bool?) { put(value) { $0.put($1) } }
    mutating func put(_ values: [String]?) { put(values) { $0.put($1) } }
    mutating func put(_ values: [[String]]?) { put(values) { $0.put($1) { $0.put($1) } } }
}

/// Reads what a ``KeptWriter`` wrote, in the same order; ``Malformed`` when the bytes end early or do not read.
struct KeptReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte was read.
    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(Malformed) -> Int {
        guard bytes.count - offset >= 8 else { throw Malformed() }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }
    mutating func double() throws(Malformed) -> Double { Double(bitPattern: UInt64(bitPattern: Int64(try int()))) }
    mutating func bool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }
    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, bytes.count - offset >= count else { throw Malformed() }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }
    mutating func value<T: KeptSeed>(_ type: T.Type = T.self) throws(Malformed) -> T { try T(kept: &self) }
    mutating func array<T>(_ each: (inout KeptReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }   // every element takes a byte at least
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try each(&self)) }
        return values
    }
    mutating func optional<T>(_ each: (inout KeptReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try each(&self) : nil
    }

    mutating func strings() throws(Malformed) -> [String] { try array { reader throws(Malformed) in try reader.string() } }
    mutating func values<T: KeptSeed>(_ type: T.Type = T.self) throws(Malformed) -> [T] { try array { reader throws(Malformed) in try reader.value(T.self) } }
    mutating func optionalString() throws(Malformed) -> String? { try optional { reader throws(Malformed) in try reader.string() } }
    mutating func optionalBool() throws(Malformed) -> Bool? { try optional { reader throws(Malformed) in try reader.bool() } }
    mutating func optionalStrings() throws(Malformed) -> [String]? { try optional { reader throws(Malformed) in try reader.strings() } }
    mutating func optionalStringLists() throws(Malformed) -> [[String]]? {
        try optional { reader throws(Malformed) in try reader.array { reader throws(Malformed) in try reader.strings() } }
    }
}

// MARK: The seeds kept

extension CommunityDirectory: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(community: try form.value(), compounds: try form.values(), places: try form.strings(), stations: try form.values(),
                  grids: try form.values(), organisations: try form.values(), teams: try form.values(), groups: try form.values(),
                  timeLimits: try form.values(), questionTimeouts: try form.optional { reader throws(KeptReader.Malformed) in try reader.value() })
    }

    func keep(in form: inout KeptWriter) {
        form.put(community); form.put(compounds); form.put(places); form.put(stations); form.put(grids)
        form.put(organisations); form.put(teams); form.put(groups); form.put(timeLimits)
        form.put(questionTimeouts) { $0.put($1) }
    }
}

extension CommunityDirectory.Community: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(name: try form.string(), shortName: try form.string(), district: try form.string(), publicURL: try form.optionalString())
    }
    func keep(in form: inout KeptWriter) { form.put(name); form.put(shortName); form.put(district); form.put(publicURL) }
}

extension CommunityDirectory.Compound: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), aliases: try form.strings(), shorthand: try form.optionalString(),
                  propertyCompany: try form.optionalString(),
                  buildings: try form.optional { reader throws(KeptReader.Malformed) in try reader.value() }, village: try form.optionalBool())
    }
    func keep(in form: inout KeptWriter) {
        form.put(id); form.put(name); form.put(aliases); form.put(shorthand); form.put(propertyCompany); form.put(buildings) { $0.put($1) }
        form.put(village)
    }
}

extension CommunityDirectory.BuildingLayout: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(from: try form.int(), to: try form.int(), units: try form.int(), floors: try form.int(), roomsPerFloor: try form.int(),
                  sample: try form.optionalBool())
    }
    func keep(in form: inout KeptWriter) {
        form.put(from); form.put(to); form.put(units); form.put(floors); form.put(roomsPerFloor); form.put(sample)
    }
}

extension CommunityDirectory.Station: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), compound: try form.optionalString())
    }
    func keep(in form: inout KeptWriter) { form.put(id); form.put(name); form.put(compound) }
}

extension CommunityDirectory.Grid: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), compound: try form.string(), worker: try form.string(),
                  phone: try form.optionalString(), sample: try form.optionalBool())
    }
    func keep(in form: inout KeptWriter) {
        form.put(id); form.put(name); form.put(compound); form.put(worker); form.put(phone); form.put(sample)
    }
}

extension CommunityDirectory.Organisation: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), kind: try form.string(), phone: try form.optionalString(),
                  sample: try form.optionalBool())
    }
    func keep(in form: inout KeptWriter) { form.put(id); form.put(name); form.put(kind); form.put(phone); form.put(sample) }
}

extension CommunityDirectory.Team: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), services: try form.strings(), sample: try form.optionalBool())
    }
    func keep(in form: inout KeptWriter) { form.put(id); form.put(name); form.put(services); form.put(sample) }
}

extension CommunityDirectory.ChatGroup: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(name: try form.string(), compound: try form.string())
    }
    func keep(in form: inout KeptWriter) { form.put(name); form.put(compound) }
}

extension CommunityDirectory.TimeLimit: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), hours: try form.int())
    }
    func keep(in form: inout KeptWriter) { form.put(id); form.put(name); form.put(hours) }
}

extension QuestionTimeouts: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(desk: try form.double(), group: try form.double(), api: try form.double())
    }
    func keep(in form: inout KeptWriter) { form.put(desk); form.put(group); form.put(api) }
}

extension EmergencyGuide.Seed: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) { self.init(kinds: try form.values()) }
    func keep(in form: inout KeptWriter) { form.put(kinds) }
}

extension EmergencyGuide.Seed.Entry: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), name: try form.string(), words: try form.optionalStrings(), together: try form.optionalStringLists(),
                  oneOfEach: try form.optionalStringLists(), except: try form.optionalStrings(), notWhen: try form.optionalStrings(),
                  instruction: try form.string(), call: try form.values(), byModule: try form.optionalBool(),
                  service: try form.optionalString(), separateAlarms: try form.optionalBool(), endsWhenPutOut: try form.optionalBool())
    }
    func keep(in form: inout KeptWriter) {
        form.put(id); form.put(name); form.put(words); form.put(together); form.put(oneOfEach); form.put(except); form.put(notWhen)
        form.put(instruction); form.put(call); form.put(byModule); form.put(service); form.put(separateAlarms); form.put(endsWhenPutOut)
    }
}

extension EmergencyGuide.Seed.Call: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(name: try form.optionalString(), phone: try form.optionalString(), organisation: try form.optionalString())
    }
    func keep(in form: inout KeptWriter) { form.put(name); form.put(phone); form.put(organisation) }
}

extension OfficeGuide.Seed: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) { self.init(offices: try form.values()) }
    func keep(in form: inout KeptWriter) { form.put(offices) }
}

extension OfficeGuide.Seed.Entry: KeptSeed {
    init(kept form: inout KeptReader) throws(KeptReader.Malformed) {
        self.init(id: try form.string(), topic: try form.string(), words: try form.strings(), answer: try form.string(),
                  beforeServices: try form.optionalBool(), warnsWhenTold: try form.optionalBool(), helpsVictims: try form.optionalBool(),
                  except: try form.optionalStrings(), notWhen: try form.optionalStrings())
    }
    func keep(in form: inout KeptWriter) {
        form.put(id); form.put(topic); form.put(words); form.put(answer); form.put(beforeServices); form.put(warnsWhenTold)
        form.put(helpsVictims); form.put(except); form.put(notWhen)
    }
}
