import DeskKit

extension ParkUpkeep {
    /// Training examples for the services added after `seeds/park-upkeep/examples.tsv` was written (the router
    /// learns from both).
    public var examples: [Example] {
        [
            "今天除草我干了2小时", "上周六打扫公园我做了3个小时", "我干了两个钟头 记一下工时", "除草那天我服务了2小时",
            "志愿活动我做了4个钟头 帮我记上", "昨天捡垃圾干了一个半小时", "我上个月打扫公园做了4个钟头 志愿时长好像冇记上",
            "T1 我干了3小时", "清理落叶我和老伴各干了2小时", "活动结束了 我做了两小时",
        ].map { Example("park-hours-report", $0) } + [
            "口袋公园几点关门", "公园晚上开到几点", "口袋公园开放时间", "公园器材坏了找谁", "志愿活动怎么报名",
            "志愿服务时长能开证明吗", "工时记错了怎么改", "口袋公园晚上灯亮到几点", "公园里的东西坏了跟谁说",
            "做志愿者要什么条件",
        ].map { Example("park-info", $0) }
    }
}
