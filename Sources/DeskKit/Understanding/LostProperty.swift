/// Lost and found among neighbours (`谁丢了一串钥匙 在12栋门口捡的 放门卫了`, `有冇人捡到一个黑色的钱包`): a thing or a pet
/// found or looked for, posted to the group for its owner or finder — not a request to the desk. A thing lost in the
/// club's room is the club's to look into (`球室`), and a card lost is a question of how to replace it, which names no
/// finding (`社保卡丢了么样补办`); a parcel left at the station or the gate is the parcels' matter (`我的包裹放在驿站了吗`).
enum LostProperty {
    /// Whether the line (`present`) posts something found, or asks who found or lost it.
    static func posted(_ present: CharacterPresence) -> Bool {
        present.containsAny(of: finding) && present.containsAny(of: things) && !present.containsAny(of: ["球室", "补办", "补一张", "么样补", "怎么补", "快递", "包裹", "外卖"])
    }

    /// Words of something found or its owner sought (`捡到`, `谁丢了`, `失主`).
    static let finding = ["捡到", "捡的", "捡了一", "拾到", "谁丢了", "哪个丢了", "哪家丢了", "哪位丢了", "失主", "物归原主", "来认领", "来领",
                          // what was found, handed in for its owner (`不晓得哪个的 我交给门卫了`)
                          "交到驿站", "交给驿站", "交驿站了", "放在驿站", "交到门卫", "交给门卫", "放门卫", "放在门卫", "交到物业", "交给物业",
                          "放在物业"]

    /// Things people lose, and pets.
    static let things = ["钥匙", "钱包", "卡", "手机", "包", "证", "伞", "眼镜", "老花镜", "墨镜", "手表", "耳机", "手环", "书包", "水杯", "外套",
                         "猫", "狗", "比熊", "泰迪", "柯基", "鹦鹉"]
}
