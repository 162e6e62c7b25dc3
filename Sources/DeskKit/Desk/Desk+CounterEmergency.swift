import Foundation

/// What staff at the counter type after they have reported an emergency: how help is getting on (`已打96333 物业在撬门`,
/// `已叫人抬树 120在路上`) goes on the emergency's case, and word that the person is safe (`人出来了 坐在大堂吹风`,
/// `小伙子醒了 120检查说是中暑`) is answered and noted for staff to close — neither is a new request, and the
/// injury told again (`人抬出来了 小腿骨折 已送医`) is no second emergency. The group's thread is
/// ``emergencyThread(_:)``; at the counter it is the urgent case this window's last turn opened.
extension Desk {
    /// The open urgent case the desk last opened for danger to a person at this counter window, within
    /// ``lastTurnLifetime`` (not an urgent hazard such as a branch hanging over the park's path).
    func counterEmergency(_ message: Message) -> CaseRecord? {
        guard message.channel == .desk, let turn = freshLastTurn(message), turn.emergency, let record = openCase(of: turn),
              record.urgent else { return nil }
        return record
    }

    /// The reply to a counter line said in `record`'s emergency, or nil when the line is a matter of its own: a
    /// question, one that names a place or asks for someone to come, a new danger (`物业开了门 婆婆躺在床上叫不醒`
    /// after a welfare check), or a request the router gives to another module's service.
    func goesOnCounterEmergency(_ text: String, _ record: CaseRecord, decision: Router.Decision, message: Message) -> Reply? {
        guard !QuestionForm.asks(text), offices.office(for: text) == nil, !Self.asksSomeoneToCome(text),
              !namesACompound(text), !namesAnotherBuilding(text, than: record) else { return nil }
        if saysTheyAreSafe(text) || Self.callsOff(text) {
            return noteResolution(on: record, text: text, message: message, silent: false,
                                  reply: "收到，已在紧急工单 \(record.id) 上记下：\(DisplayWidth.truncate(Masking.redact(text), to: 30))。工作人员核实后办结。")
        }
        guard emergencies.emergency(in: text) == nil else { return nil }
        // Help called (`已叫人抬树 120在路上`, `已打96333 物业在拿钥匙开门`) is the scene's news whatever service the
        // model guesses, unless the line names one outright (`帮居民交乒乓球会费 年费120`).
        if decision.isRequest, let ref = decision.bestService, registry.modules[ref.module].id != record.module,
           !Self.mentionsHotline(text) || router.namesAServiceOutright(text) { return nil }
        return addToCase(record, note: "现场补充：\(Masking.redact(text))", message: message, reply: "已补记到紧急工单 \(record.id)。")
    }

    /// Words that the person in danger is out of it, said at the counter after the report (`醒了`, `抬出来了`,
    /// `已送医`). Only in an emergency's thread: elsewhere `半夜醒了` opens a complaint about noise.
    static let safeAgain = ["冇事", "没事", "醒了", "抬出来", "救上来", "捞上来", "拉出来", "背出来", "背下楼", "接回来", "接回去", "接走了", "拉走了",
                            "送医", "送去医院", "送到医院", "去医院了", "脱险", "缓过来"]

    /// The counter's open urgent case of the last two hours — at this station, when the message names one: the
    /// emergency that staff's later news speaks of when other lines came between.
    func recentCounterEmergency(_ message: Message) -> CaseRecord? {
        let since = (message.time ?? clock.now).addingTimeInterval(-2 * 3600)
        return try? store.read { db in
            try CaseRecord.fetchOne(db, sql: """
                SELECT * FROM cases WHERE channel = ? AND urgent AND status IN \(CaseStatus.openSQL) AND createdAt >= ?
                  AND (? IS NULL OR station = ?) ORDER BY createdAt DESC LIMIT 1
                """, arguments: [Channel.desk.rawValue, since, message.station, message.station])
        }
    }

    /// Whether `text` names a building by its number (`3栋`) that is not `record`'s: another matter, however it
    /// speaks of a danger over (`3栋1单元厨房着火，火已经扑灭了，人冇事` a minute after a burn reported at 4栋).
    func namesAnotherBuilding(_ text: String, than record: CaseRecord) -> Bool {
        let named = Self.buildingNumbers(in: text)
        guard !named.isEmpty else { return false }
        let own = Self.buildingNumbers(in: record.address ?? record.title)
        return !own.isEmpty && named.isDisjoint(with: own)
    }

    /// The buildings a line names by digits before 栋 (`14栋` is 14, not 4).
    static func buildingNumbers(in text: String) -> Set<Int> {
        var numbers = Set<Int>(), digits = 0, value = 0
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                value = value * 10 + Int(scalar.value - 48); digits += 1
                continue
            }
            if scalar == "栋", digits > 0 { numbers.insert(value) }
            digits = 0; value = 0
        }
        return numbers
    }

    /// Whether staff's line says the person in danger is out of it (`管婆婆120接走了`, `人醒了`), with no new danger.
    func saysTheDangerIsOver(_ text: String) -> Bool {
        saysTheyAreSafe(text) && emergencies.emergency(in: text) == nil
    }

    /// Whether `text` says the danger has passed (``EmergencyGuide/isOver(_:)``) or, as staff put it, the person is
    /// out of it (``safeAgain``).
    private func saysTheyAreSafe(_ text: String) -> Bool {
        emergencies.isOver(text) || CharacterPresence(text).containsAny(of: Self.safeAgain)
    }
}

