/// The community's own work for one household or person, which the desk takes as a 求助 case however it reads — as
/// a notice, work done, a visit or a question for an office: a household registered at its door
/// (``DoorRegistration``), a certificate the community writes (``CommunityCertificate``), a neighbour put forward for
/// the year's awards (``AwardNomination``), a resident's volunteering registered, recorded or certified
/// (``VolunteerWork``).
enum CommunityWork {
    /// The rule `text` (whose characters are `present`) falls under, as `desk route` shows it, or nil when the line
    /// asks none of this work — recorded at the counter when `staff`, asked in a group otherwise.
    static func rule(for text: String, _ present: CharacterPresence, staff: Bool) -> String? {
        if DoorRegistration.says(text, present, staff: staff) { return "上门登记一户（约时间、登完、拒访）" }
        if CommunityCertificate.says(text, present, staff: staff) { return "社区开证明（地址一致、门牌变更、居住、困难）" }
        if AwardNomination.says(text, present, staff: staff) { return "评先评优（推荐、录入、证书重打）" }
        if VolunteerWork.says(text) { return "志愿服务（报名登记、时长、证明、换班）" }
        return nil
    }
}
