/// A neighbour answering back in a group quarrel (`你讲话客气点 我停一下就走`, `冇说你 说那几个不遛绳的`, `我们八点就散了
/// 后面唱歌的是另外一伙人`): one side defending itself or turning the blame round — talk between neighbours, not a
/// complaint to the community. A complaint of its own goes on being read as one (`你屋里的狗从来不牵绳 你还说别个`).
enum Retort {
    /// Whether the line (`present`) answers back: it holds one of ``words``.
    static func says(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: words)
    }

    /// Words of answering back: the accused defending themselves (`又不是故意的`, `这也犯法了`, `是另外一伙人`), telling
    /// the other to mind their own business or their tone (`关你么事`, `讲话客气点`), or saying who was meant (`冇说你`).
    static let words = ["又不是天天", "又不是故意", "犯法了", "关你么事", "关你什么事", "关你屁事", "管那么宽", "管得宽", "你么不说",
                        "你怎么不说", "冇说你", "没说你", "不是说你", "讲话客气点", "说话客气点", "讲话注意点", "说话注意点", "另外一拨",
                        "另外一队", "另外一伙", "凭么子说我", "凭什么说我", "不是我们搞的", "不是我家的", "不是我屋的"]
}
