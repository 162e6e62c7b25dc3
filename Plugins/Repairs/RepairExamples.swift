import DeskKit

extension Repairs {
    /// Training examples for the residents' questions service, added after `seeds/repairs/examples.tsv` was
    /// written (the router learns from both).
    public var examples: [Example] {
        [
            "请问多久来修", "报了修一般几天修好", "物业什么时候来修", "修水管要钱吗", "换个水龙头收费吗", "怎么报修",
            "家里东西坏了找谁修", "报修电话是多少", "修得不满意怎么办", "电梯坏了多久能修好", "公共的灯坏了修要不要钱",
            "维修要不要自己出材料费",
        ].map { Example("repair-info", $0) }
    }
}
