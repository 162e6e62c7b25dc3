/// Arrays of plain numbers read one after another from raw bytes not aligned for them: the kept forms of the
/// router's model (``ModelCache``) and of a phrase automaton (``PhraseMatcher``). Made inside the
/// `withUnsafeBytes` closure that gives the bytes, and used only there.
struct RawArrayReader {
    private let bytes: UnsafeRawBufferPointer
    /// How many bytes have been read.
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// The next `count` values of `type`, copied out (not loaded in place: the bytes are not aligned for `T`), or
    /// nil when fewer bytes are left (or `count` is negative); nothing is read then.
    mutating func read<T>(_ count: Int, as type: T.Type) -> [T]? {
        let size = count * MemoryLayout<T>.stride
        guard count >= 0, offset + size <= bytes.count else { return nil }
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size]))
            initialized = count
        }
        offset += size
        return values
    }
}
