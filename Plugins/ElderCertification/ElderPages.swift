import DeskKit

extension ElderCertification: PageProvidingModule {
    /// The dashboard's section: this cycle's certification completion by compound, as `认证统计` shows it.
    public var pages: [ModulePage] { [ModulePage(name: "认证完成", title: "养老金资格认证完成情况", audience: .staff)] }

    public func page(_ name: String, month: YearMonth, in context: PageContext) throws -> PageContent? {
        guard name == "认证完成" else { return nil }
        let config = try ElderConfig.load(context.db)
        let rows = try AgeBenefits.completion(context.db, config: config, directory: context.directory, today: context.today)
        return PageContent(title: "养老金资格认证完成情况（本周期，\(config.cycle.chinese)）",
                           tables: [.init(title: "按小区", headers: AgeBenefits.completionHeaders, rows: rows)])
    }
}
