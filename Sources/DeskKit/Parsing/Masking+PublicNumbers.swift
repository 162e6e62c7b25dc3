import Synchronization

/// The numbers of the community's units (the gas company's emergency line, the property companies' service
/// desks) are not personal data: the safety instruction must show the number to call whole. The desk
/// registers them from the community directory when it starts; ``Masking/redact(_:)`` leaves them as they are.
extension Masking {
    /// Registers `numbers` (as written in the directory: digits, maybe with dashes or spaces) as public.
    public static func registerPublicNumbers<S: Sequence<String>>(_ numbers: S) {
        let digits = numbers.map { String($0.filter(\.isNumber)) }.filter { $0.count >= 7 }
        guard !digits.isEmpty else { return }
        publicNumbers.withLock { $0.formUnion(digits) }
    }

    /// Whether `digits` is a unit's public number.
    static func isPublic(_ digits: String) -> Bool {
        publicNumbers.withLock { !$0.isEmpty && $0.contains(digits) }
    }

    private static let publicNumbers = Mutex<Set<String>>([])
}
