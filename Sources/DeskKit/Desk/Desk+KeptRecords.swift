/// Work staff tell done or arranged that a service keeps a record of (``Service/recordsWork``): a certification made
/// at home is the certification module's to register, where a visit told done is otherwise a note the desk keeps
/// nothing of.
extension Desk {
    /// The service that records the work `text` tells done or arranged, or nil when the line tells no such work.
    func serviceKeepingRecord(of text: String, decision: Router.Decision) -> Router.ServiceRef? {
        // (`查了 8月份做过了 告诉他了`: a look-up answered, not work to record.)
        guard let keeper = router.keepsRecord(of: text), !WorkRecord.answersALookUp(text) else { return nil }
        if case .act(.resolved, _) = decision { return keeper }
        // (`走访 韩爹爹 … 身体还好 … 他想报助餐 1月4号起送中饭`: news that all is well, and an arrangement to keep.)
        return WorkRecord.says(text) || emergencies.isOver(text) ? keeper : nil
    }
}
