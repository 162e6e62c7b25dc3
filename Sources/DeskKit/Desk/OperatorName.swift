/// The names staff sign in with (`值班 小张`), told apart from a note written on duty (`值班 汉口道2栋门口的路灯不亮 …`).
public enum OperatorName {
    /// Whether `name` can be a person's name as staff sign in with it (`小张`, `李姐@驿站3`, `欧阳·娜娜`): at most 12
    /// characters of letters, digits and `@`, `·`, `-`, `_`, `.` — no space, no sentence's punctuation.
    public static func looksLikeOne(_ name: String) -> Bool {
        name.count <= 12 && name.allSatisfy { $0.isLetter || $0.isNumber || "@·-_.".contains($0) }
    }

    /// Whether the words after `值班` are meant as a name, well typed or not — one word of at most 12 characters —
    /// rather than a note written on duty (`值班 汉口道2栋门口的路灯不亮 刘师傅说的`), which is read like any line.
    public static func isMeantAsOne(_ words: String) -> Bool {
        words.count <= 12 && !words.contains(" ")
    }
}
