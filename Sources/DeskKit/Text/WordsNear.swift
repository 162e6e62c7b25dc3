extension StringProtocol {
    /// Whether one of `leads` is followed, within `distance` characters, by one of `characters`: a word and what it
    /// governs a few characters on (`不用 … 来`, `能不能 … 看一下`), whatever stands between.
    public func contains(anyOf leads: [String], followedWithin distance: Int, byOneOf characters: String) -> Bool {
        for lead in leads {
            var rest = self[...]
            while let r = rest.range(of: lead) {
                if rest[r.upperBound...].prefix(distance).contains(where: characters.contains) { return true }
                rest = rest[r.upperBound...]
            }
        }
        return false
    }
}
